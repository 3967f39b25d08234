// The evidence package's report.pdf over a seeded year (tests/support/DashboardSeed.h), read back
// with poppler's tools as a regulator would: pdftotext finds the title, the headings on the pages
// the contents name, "page n of m" on every page and figures this test counts from the tables;
// pdfinfo's page count is the one the footers give; pdfimages finds no raster image (the charts
// are vectors). Pages are rendered with pdftoppm into CONSENTDESK_SHOTS_DIR for a person to look
// at. CONSENTDESK_SHOTS_TSV (translations not yet merged, as tst_dashboardshots) makes the zh_CN
// run also require Chinese headings.
#include "tests/support/DashboardSeed.h"
#include "tests/support/TsvTranslator.h"

#include "core/i18n/Language.h"
#include "core/reporting/EvidenceReport.h"
#include "core/reporting/ReportText.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

using namespace cd;

class TestEvidenceReport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void report_data();
    void report();
    void appLanguageIsLeftAlone();
    void cancelStops();
    void staffIsRefused();

private:
    FigurePeriod year() const { return FigurePeriod::lastDays(cdtest::dashboardNow(), 365); }
    QString write(const QString &language, const QString &name, QString *error = nullptr,
                  const std::function<bool(int)> &progress = {});
    static QString run(const QString &program, const QStringList &args);
    qint64 count(const char *sql);

    cdtest::TestStore m_store;
    cdtest::DashboardSeed m_seed;
    cdtest::TsvTranslator m_extra;
    bool m_haveExtra = false;
    QString m_dir;
};

void TestEvidenceReport::initTestCase()
{
    for (const char *tool : {"pdftotext", "pdfinfo", "pdfimages", "pdftoppm"})
        QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(), tool);
    QString error = m_store.create();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    error = cdtest::seedDashboard(m_store, m_seed);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_dir = qEnvironmentVariable("CONSENTDESK_SHOTS_DIR", m_store.dir.filePath(QStringLiteral("shots")));
    QVERIFY(QDir().mkpath(m_dir));
    for (const QString &tsv : qEnvironmentVariable("CONSENTDESK_SHOTS_TSV").split(QLatin1Char(':'), Qt::SkipEmptyParts))
        QVERIFY2((m_haveExtra = m_extra.load(tsv)), qPrintable(tsv));
}

QString TestEvidenceReport::write(const QString &language, const QString &name, QString *error,
                                  const std::function<bool(int)> &progress)
{
    const QString path = QDir(m_dir).filePath(name + QStringLiteral(".pdf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    auto written = reporting::EvidenceReport::write(*m_store.officer, {year(), language}, file, progress);
    if (!written) {
        if (error)
            *error = written.error().message;
        return {};
    }
    return path;
}

QString TestEvidenceReport::run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QStringLiteral("FAILED: ") + QString::fromUtf8(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput());
}

qint64 TestEvidenceReport::count(const char *sql)
{
    auto q = m_store.officer->db().query(sql);
    q.bind(1, year().fromMs).bind(2, year().toMs);
    if (!q.step().ok())
        return -1;
    return q.int64(0);
}

void TestEvidenceReport::report_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestEvidenceReport::report()
{
    QFETCH(QString, language);
    // The console speaks the report's language, as when the officer exports from it.
    QVERIFY(i18n::setLanguage(language));
    QCoreApplication::removeTranslator(&m_extra);
    const bool chinese = language == QLatin1String("zh_CN");
    if (m_haveExtra && chinese)
        QCoreApplication::installTranslator(&m_extra);
    const reporting::ReportText say(language);
    auto words = [&](const char *source) { return say("cd::reporting::EvidenceReport", source); };

    std::vector<int> seen;
    const QString pdf = write(language, QStringLiteral("report-") + language, nullptr, [&](int percent) {
        seen.push_back(percent);
        return true;
    });
    QVERIFY(!pdf.isEmpty());
    QVERIFY(!seen.empty());
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));
    QCOMPARE(seen.back(), 100);

    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    const auto pagesMatch = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    QVERIFY2(pagesMatch.hasMatch(), qPrintable(info));
    const int pages = pagesMatch.captured(1).toInt();
    QVERIFY(pages >= 6);

    const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY2(!text.startsWith(QLatin1String("FAILED")), qPrintable(text));
    QVERIFY(text.contains(words("Personal information protection evidence report")));
    QVERIFY(text.contains(QLatin1String("Test store")));
    QVERIFY(text.contains(cdtest::officerUser().name));
    // Every page says which it is, of how many (pdfinfo's count).
    const QStringList pageTexts = text.split(QLatin1Char('\f'));
    for (int i = 1; i <= pages; ++i) {
        const QString footer = words("Page %1 of %2").arg(i).arg(pages);
        QVERIFY2(pageTexts.value(i - 1).contains(footer), qPrintable(footer));
    }

    // The contents (page 2): each section with its page, and the section on that page.
    const QStringList sections{words("Summary"), words("Charts"), words("Consents by purpose"),
                               words("Requests of the period"), words("Deletion log of the period"),
                               words("Camera mode changes"), words("Impact assessments (PIIA)"),
                               words("Vendor agreements"), words("Filing record"), words("Incidents")};
    const QString contents = pageTexts.value(1);
    QVERIFY(contents.contains(words("Contents")));
    int lastPage = 2;
    for (const QString &section : sections) {
        const auto m = QRegularExpression(QStringLiteral("^\\s*") + QRegularExpression::escape(section)
                                              + QStringLiteral("\\s+(\\d+)\\s*$"),
                                          QRegularExpression::MultilineOption)
                           .match(contents);
        QVERIFY2(m.hasMatch(), qPrintable(section + QLatin1Char('\n') + contents));
        const int page = m.captured(1).toInt();
        QVERIFY2(page > lastPage && page <= pages, qPrintable(section));
        QVERIFY2(pageTexts.value(page - 1).contains(section), qPrintable(section));
        lastPage = page;
    }

    // Figures counted here from the tables.
    auto figure = [&](const char *label, qint64 value) {
        const QString row = words(label);
        const auto m = QRegularExpression(QRegularExpression::escape(row) + QStringLiteral("\\s+(\\S+)")).match(text);
        QVERIFY2(m.hasMatch(), qPrintable(row));
        QCOMPARE(m.captured(1), QString::number(value));
    };
    const qint64 received = count("SELECT count(*) FROM requests WHERE received_at >= ?1 AND received_at < ?2");
    QVERIFY(received > 0);
    figure("Requests received in the period", received);
    figure("Consents given in the period", count("SELECT count(*) FROM consents WHERE granted_at >= ?1 AND granted_at < ?2"));
    figure("Consents withdrawn in the period",
           count("SELECT count(*) FROM consents WHERE withdrawn_at >= ?1 AND withdrawn_at < ?2"));
    figure("Deletion-log entries in the period", count("SELECT count(*) FROM deletion_log WHERE at >= ?1 AND at < ?2"));
    // Each request of the period is a row of its table, named by its pseudonym, never a name.
    {
        auto q = m_store.officer->db().query("SELECT s.pseudonym, s.name FROM requests r JOIN subjects s ON s.id = r.subject_id "
                                             "WHERE r.received_at >= ?1 AND r.received_at < ?2");
        q.bind(1, year().fromMs).bind(2, year().toMs);
        QVERIFY(q.forEach([&](const Query &row) {
                     QVERIFY2(text.contains(row.text(0)), qPrintable(row.text(0)));
                     if (!row.text(1).isEmpty())
                         QVERIFY2(!text.contains(row.text(1)), "a customer's name is in the report");
                 }).ok());
    }

    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    if (chinese) {
        // The compiled translations' words (request types) and the purposes' Chinese names are
        // extracted as Chinese: the font is embedded with its Unicode map.
        const QString access = say("cd::RequestRules", "Access");
        QVERIFY(access.contains(han));
        QVERIFY2(text.contains(access), qPrintable(access));
        QVERIFY(text.contains(han));
        if (m_haveExtra) {
            for (const QString &section : sections)
                QVERIFY2(section.contains(han), qPrintable(section));
        }
    } else {
        QVERIFY(text.contains(QLatin1String("Summary")));
        QVERIFY(text.contains(QLatin1String("Page 1 of")));
        QVERIFY(!text.contains(han) || text.contains(QStringLiteral("会员")));  // only the purposes' own names
    }

    // No raster image: pdfimages lists its two header lines and nothing else.
    const QString images = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    QVERIFY2(!images.startsWith(QLatin1String("FAILED")), qPrintable(images));
    QCOMPARE(images.trimmed().split(QLatin1Char('\n')).size(), 2);

    // Pages for a person to look at: the title page and the first page of charts.
    const auto charts = QRegularExpression(QStringLiteral("^\\s*") + QRegularExpression::escape(words("Charts"))
                                               + QStringLiteral("\\s+(\\d+)\\s*$"),
                                           QRegularExpression::MultilineOption)
                            .match(contents);
    for (const QString &page : {QStringLiteral("1"), QStringLiteral("2"), charts.captured(1),
                                QString::number(charts.captured(1).toInt() + 1)}) {
        const QString prefix = QDir(m_dir).filePath(QStringLiteral("report-%1-p%2").arg(language, page));
        const QString out = run(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"),
                                                           QStringLiteral("-f"), page, QStringLiteral("-l"), page,
                                                           QStringLiteral("-singlefile"), pdf, prefix});
        QVERIFY2(!out.startsWith(QLatin1String("FAILED")), qPrintable(out));
        QVERIFY(QFile::exists(prefix + QStringLiteral(".png")));
    }
    QCoreApplication::removeTranslator(&m_extra);
}

void TestEvidenceReport::appLanguageIsLeftAlone()
{
    // The console shows English; the report is written in Chinese from the compiled translations,
    // and the console still speaks English afterwards.
    QVERIFY(i18n::setLanguage(QStringLiteral("en")));
    const QString pdf = write(QStringLiteral("zh_CN"), QStringLiteral("report-zh-from-en"));
    QVERIFY(!pdf.isEmpty());
    QCOMPARE(i18n::currentLanguage(), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("cd::RequestRules", "Access"), QStringLiteral("Access"));
    const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    const QString access = reporting::ReportText(QStringLiteral("zh_CN"))("cd::RequestRules", "Access");
    QVERIFY(access != QLatin1String("Access"));
    QVERIFY(text.contains(access));
}

void TestEvidenceReport::cancelStops()
{
    QVERIFY(i18n::setLanguage(QStringLiteral("en")));
    for (const int stopAt : {0, 50}) {
        QString error;
        int last = -1;
        const QString pdf = write(QStringLiteral("en"), QStringLiteral("cancelled"), &error, [&](int percent) {
            last = percent;
            return percent < stopAt;
        });
        QVERIFY(pdf.isEmpty());
        QCOMPARE(error, reporting::EvidenceReport::tr("The report was cancelled."));
        QVERIFY(last >= stopAt && last < 100);
    }
}

void TestEvidenceReport::staffIsRefused()
{
    QVERIFY(m_store.addTestUsers().isEmpty());
    auto staff = m_store.unlockAs(cdtest::staffUser());
    QVERIFY(staff);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto written = reporting::EvidenceReport::write(*staff, {year(), QStringLiteral("en")}, buffer);
    QVERIFY(!written);
    QCOMPARE(written.error().code, ErrorCode::Forbidden);
    QCOMPARE(buffer.size(), 0);
}

QTEST_MAIN(TestEvidenceReport)
#include "tst_evidencereport.moc"
