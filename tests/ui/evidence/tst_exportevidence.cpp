// The evidence export dialog driven by objectName: its defaults (the last full calendar month,
// Chinese, pseudonyms only, evidence-<from>-<to>.zip in Documents), the refusal of a period that
// ends before it begins, progress with the step's name, Cancel, a finished export's path and hint,
// a real package (the writer with report.pdf) unpacked with unzip and checked with sha256sum,
// and the menu action shown only to roles with ExportEvidence. Screenshots of the dialog in en
// and zh_CN go to CONSENTDESK_SHOTS_DIR (CONSENTDESK_SHOTS_TSV: translations not yet merged).
#include "tests/support/StoreFixture.h"
#include "tests/support/TestUsers.h"
#include "tests/support/TsvTranslator.h"
#include "tests/support/Widgets.h"

#include "core/crypto/Signing.h"
#include "core/i18n/Language.h"
#include "ui/common/Gui.h"
#include "ui/evidence/EvidenceRunner.h"
#include "ui/evidence/ExportEvidenceDialog.h"
#include "ui/shell/MainWindow.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThread>
#include <QtTest>

using namespace cd::evidence;
using cdtest::child;

class TestExportEvidence : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void defaults();
    void periodEndingBeforeItBeginsIsRefused();
    void progressAndCancel();
    void finishedExportShowsPathAndHint();
    void packageWithReport();
    void menuActionFollowsTheRole();
    void shots_data();
    void shots();

private:
    // A stand-in for the package writer: reports a step, then waits for Cancel or for `release`.
    EvidenceRunner slowRunner();

    cdtest::TestStore m_store;
    QTemporaryDir m_noPlugins;
    cdtest::TsvTranslator m_extra;
    bool m_haveExtra = false;
    QString m_shots;
    std::atomic_int m_calls{0};
    std::atomic_bool m_release{false};
};

void TestExportEvidence::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("CONSENTDESK_PLUGIN_PATH", m_noPlugins.path().toLocal8Bit());
    cd::gui::initResources();
    const QString error = m_store.create();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_store.addTestUsers().isEmpty());
    m_shots = qEnvironmentVariable("CONSENTDESK_SHOTS_DIR", m_store.dir.filePath(QStringLiteral("shots")));
    QVERIFY(QDir().mkpath(m_shots));
    for (const QString &tsv : qEnvironmentVariable("CONSENTDESK_SHOTS_TSV").split(QLatin1Char(':'), Qt::SkipEmptyParts))
        QVERIFY2((m_haveExtra = m_extra.load(tsv)), qPrintable(tsv));
}

void TestExportEvidence::init()
{
    QVERIFY(cd::i18n::setLanguage(QStringLiteral("en")));
    QCoreApplication::removeTranslator(&m_extra);
    m_calls = 0;
    m_release = false;
    // A Wednesday in March: the last full month is February (28 days in 2026).
    m_store.clock.set(QDateTime(QDate(2026, 3, 18), QTime(10, 0), Qt::LocalTime));
}

EvidenceRunner TestExportEvidence::slowRunner()
{
    return [this](cd::Session &, const EvidenceOptions &options, const QString &path,
                  const ExportProgress &progress) -> cd::Result<EvidenceSummary> {
        ++m_calls;
        progress.report(10, QStringLiteral("Writing the report (%1)").arg(options.language));
        for (int i = 0; i < 2000; ++i) {  // at most 20 s
            if (progress.cancel && progress.cancel->load())
                return cd::makeError(cd::ErrorCode::Failed, QStringLiteral("cancelled by the test"));
            if (m_release.load()) {
                QFile f(path);
                if (!f.open(QIODevice::WriteOnly) || f.write("PK\x05\x06") != 4)
                    return cd::makeError(cd::ErrorCode::Failed, f.errorString());
                return EvidenceSummary{path, f.size(), 12};
            }
            QThread::msleep(10);
        }
        return cd::makeError(cd::ErrorCode::Failed, QStringLiteral("the test never released the runner"));
    };
}

void TestExportEvidence::defaults()
{
    ExportEvidenceDialog dialog(*m_store.officer, slowRunner());
    QCOMPARE(child<QDateEdit>(&dialog, "evidenceFrom")->date(), QDate(2026, 2, 1));
    QCOMPARE(child<QDateEdit>(&dialog, "evidenceTo")->date(), QDate(2026, 2, 28));
    QCOMPARE(child<QComboBox>(&dialog, "evidenceLanguage")->currentData().toString(), QStringLiteral("zh_CN"));
    auto *full = child<QCheckBox>(&dialog, "evidenceFullRecords");
    QVERIFY(!full->isChecked());
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QCOMPARE(child<QLineEdit>(&dialog, "evidencePath")->text(),
             QDir(documents).filePath(QStringLiteral("evidence-2026-02-01-2026-02-28.zip")));
    // January instead: the name follows the dates until the officer picks a path.
    child<QDateEdit>(&dialog, "evidenceFrom")->setDate(QDate(2026, 1, 1));
    child<QDateEdit>(&dialog, "evidenceTo")->setDate(QDate(2026, 1, 31));
    QCOMPARE(QFileInfo(child<QLineEdit>(&dialog, "evidencePath")->text()).fileName(),
             QStringLiteral("evidence-2026-01-01-2026-01-31.zip"));

    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *warning = child<QLabel>(&dialog, "evidenceFullWarning");
    QVERIFY(!warning->isVisible());
    QTest::mouseClick(full, Qt::LeftButton, {}, QPoint(5, full->height() / 2));
    QVERIFY(full->isChecked());
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(QLatin1String("names and phone numbers")));
    QVERIFY(!child<QPushButton>(&dialog, "evidenceCancel")->isEnabled());
    QVERIFY(child<QPushButton>(&dialog, "evidenceExport")->isEnabled());
    QCOMPARE(child<QProgressBar>(&dialog, "evidenceProgress")->value(), 0);
    // On New Year's Day the last full month is the December before.
    QCOMPARE(ExportEvidenceDialog::lastFullMonth(QDate(2026, 1, 1)), std::make_pair(QDate(2025, 12, 1), QDate(2025, 12, 31)));
}

void TestExportEvidence::periodEndingBeforeItBeginsIsRefused()
{
    QVERIFY(cd::i18n::setLanguage(QStringLiteral("zh_CN")));
    if (m_haveExtra)
        QCoreApplication::installTranslator(&m_extra);
    ExportEvidenceDialog dialog(*m_store.officer, slowRunner());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    child<QDateEdit>(&dialog, "evidenceTo")->setDate(QDate(2026, 1, 31));
    QTest::mouseClick(child<QPushButton>(&dialog, "evidenceExport"), Qt::LeftButton);
    auto *message = child<QLabel>(&dialog, "evidenceMessage");
    QCOMPARE(message->text(),
             ExportEvidenceDialog::tr("The period ends before it begins: choose a last day on or after the first."));
    if (m_haveExtra)
        QVERIFY2(message->text().contains(QRegularExpression(QStringLiteral("\\p{Han}"))), qPrintable(message->text()));
    QVERIFY(!dialog.isExporting());
    QCOMPARE(m_calls.load(), 0);
    // A period ending after today is refused too.
    child<QDateEdit>(&dialog, "evidenceTo")->setDate(QDate(2026, 3, 19));
    QTest::mouseClick(child<QPushButton>(&dialog, "evidenceExport"), Qt::LeftButton);
    QCOMPARE(message->text(), ExportEvidenceDialog::tr("The period cannot end after today."));
    QCOMPARE(m_calls.load(), 0);
    QCoreApplication::removeTranslator(&m_extra);
}

void TestExportEvidence::progressAndCancel()
{
    ExportEvidenceDialog dialog(*m_store.officer, slowRunner());
    const QString path = m_store.dir.filePath(QStringLiteral("cancelled.zip"));
    auto *pathEdit = child<QLineEdit>(&dialog, "evidencePath");
    pathEdit->setText(path);
    child<QComboBox>(&dialog, "evidenceLanguage")->setCurrentIndex(1);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(child<QPushButton>(&dialog, "evidenceExport"), Qt::LeftButton);
    QVERIFY(dialog.isExporting());
    auto *step = child<QLabel>(&dialog, "evidenceStep");
    QTRY_COMPARE_WITH_TIMEOUT(step->text(), QStringLiteral("Writing the report (en)"), 10000);
    QTRY_COMPARE(child<QProgressBar>(&dialog, "evidenceProgress")->value(), 10);
    QVERIFY(!child<QPushButton>(&dialog, "evidenceExport")->isEnabled());
    QVERIFY(!pathEdit->isEnabled());
    auto *cancel = child<QPushButton>(&dialog, "evidenceCancel");
    QVERIFY(cancel->isEnabled());
    QSignalSpy done(&dialog, &ExportEvidenceDialog::exportFinished);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10000);
    QCOMPARE(done.first().first().toBool(), false);
    QVERIFY(!dialog.isExporting());
    QCOMPARE(step->text(), ExportEvidenceDialog::tr("Cancelled: nothing was saved."));
    QVERIFY(child<QLabel>(&dialog, "evidenceMessage")->text().isEmpty());
    QVERIFY(!QFile::exists(path));
    QVERIFY(child<QPushButton>(&dialog, "evidenceExport")->isEnabled());
    QCOMPARE(m_calls.load(), 1);
}

void TestExportEvidence::finishedExportShowsPathAndHint()
{
    ExportEvidenceDialog dialog(*m_store.officer, slowRunner());
    const QString path = m_store.dir.filePath(QStringLiteral("done.zip"));
    child<QLineEdit>(&dialog, "evidencePath")->setText(path);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy done(&dialog, &ExportEvidenceDialog::exportFinished);
    m_release = true;
    QTest::mouseClick(child<QPushButton>(&dialog, "evidenceExport"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10000);
    QCOMPARE(done.first().first().toBool(), true);
    QVERIFY(QFile::exists(path));
    const QString result = child<QLabel>(&dialog, "evidenceResult")->text();
    QVERIFY2(result.contains(QDir::toNativeSeparators(path)), qPrintable(result));
    QVERIFY(result.contains(QLatin1String("verify-evidence")));
    QVERIFY(result.contains(QLatin1String("sha256sum -c SHA256SUMS")));
    QCOMPARE(child<QProgressBar>(&dialog, "evidenceProgress")->value(), 100);
}

void TestExportEvidence::packageWithReport()
{
    // The package writer and the report for real; the seal is a fresh key's (the store's own keys
    // and heads are core/ledgers', tested there).
    auto key = std::make_shared<cd::crypto::SigningKey>(cd::crypto::SigningKey::generate());
    EvidenceSealSource seal = [key](cd::Session &) -> cd::Result<PackageSeal> {
        PackageSeal s;
        s.headsJson = "{}\n";
        s.publicKeyPem = cd::crypto::publicKeyPem(key->publicKey);
        s.sign = [key](const QByteArray &sums) -> cd::Result<QByteArray> { return cd::crypto::sign(*key, sums); };
        return s;
    };
    ExportEvidenceDialog dialog(*m_store.officer, evidenceRunner(seal));
    const QString path = m_store.dir.filePath(QStringLiteral("package.zip"));
    child<QLineEdit>(&dialog, "evidencePath")->setText(path);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy done(&dialog, &ExportEvidenceDialog::exportFinished);
    QTest::mouseClick(child<QPushButton>(&dialog, "evidenceExport"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 60000);
    QVERIFY2(done.first().first().toBool(), qPrintable(child<QLabel>(&dialog, "evidenceMessage")->text()));
    QVERIFY(QFile::exists(path));
    // Unpacked with common tools: report.pdf is a PDF, and every file matches SHA256SUMS.
    const QString out = m_store.dir.filePath(QStringLiteral("unpacked"));
    QCOMPARE(QProcess::execute(QStringLiteral("unzip"), {QStringLiteral("-q"), path, QStringLiteral("-d"), out}), 0);
    QFile pdf(QDir(out).filePath(QStringLiteral("report.pdf")));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    QProcess sums;
    sums.setWorkingDirectory(out);
    sums.start(QStringLiteral("sha256sum"), {QStringLiteral("--quiet"), QStringLiteral("-c"), QStringLiteral("SHA256SUMS")});
    QVERIFY(sums.waitForFinished(30000));
    QCOMPARE(sums.exitCode(), 0);
    QVERIFY(child<QLabel>(&dialog, "evidenceResult")->text().contains(QDir::toNativeSeparators(path)));
}

void TestExportEvidence::menuActionFollowsTheRole()
{
    for (const cdtest::TestUser &user : {cdtest::officerUser(), cdtest::staffUser(), cdtest::auditorUser()}) {
        auto session = m_store.unlockAs(user);
        QVERIFY(session);
        const bool allowed = cd::roleAllows(session->user().role, cd::Permission::ExportEvidence);
        MainWindow w(m_store.dbPath, std::move(session), m_store.clock);
        auto *action = child<QAction>(&w, "exportEvidenceAction");
        QVERIFY(action);
        QCOMPARE(action->isVisible(), allowed);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
        if (!allowed)
            continue;
        QVERIFY(user.name == cdtest::officerUser().name);
        action->trigger();
        auto *dialog = w.findChild<ExportEvidenceDialog *>(QStringLiteral("exportEvidenceDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        // The console's runner: sealed with the officer's own keys (core/ledgers/LedgerSeal).
        const QString path = m_store.dir.filePath(QStringLiteral("console.zip"));
        child<QLineEdit>(dialog, "evidencePath")->setText(path);
        QSignalSpy done(dialog, &ExportEvidenceDialog::exportFinished);
        QTest::mouseClick(child<QPushButton>(dialog, "evidenceExport"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 60000);
        QVERIFY2(done.first().first().toBool(), qPrintable(child<QLabel>(dialog, "evidenceMessage")->text()));
        QVERIFY(QFile::exists(path));
        dialog->reject();
        QTRY_VERIFY(!w.findChild<ExportEvidenceDialog *>(QStringLiteral("exportEvidenceDialog")));
    }
}

void TestExportEvidence::shots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void TestExportEvidence::shots()
{
    QFETCH(QString, language);
    QVERIFY(cd::i18n::setLanguage(language));
    if (m_haveExtra && language == QLatin1String("zh_CN"))
        QCoreApplication::installTranslator(&m_extra);
    ExportEvidenceDialog dialog(*m_store.officer, slowRunner());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // The default folder (Documents) need not exist on a test machine.
    child<QLineEdit>(&dialog, "evidencePath")->setText(m_store.dir.filePath(QStringLiteral("evidence-2026-02-01-2026-02-28.zip")));
    auto *full = child<QCheckBox>(&dialog, "evidenceFullRecords");
    full->setChecked(true);
    QTest::mouseClick(child<QPushButton>(&dialog, "evidenceExport"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(child<QProgressBar>(&dialog, "evidenceProgress")->value(), 10, 10000);
    QTest::qWait(50);
    QVERIFY(dialog.grab().save(QDir(m_shots).filePath(QStringLiteral("export-evidence-") + language + QStringLiteral(".png"))));
    QSignalSpy done(&dialog, &ExportEvidenceDialog::exportFinished);
    dialog.cancelExport();
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10000);
    QCoreApplication::removeTranslator(&m_extra);
}

QTEST_MAIN(TestExportEvidence)
#include "tst_exportevidence.moc"
