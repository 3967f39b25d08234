// consentdesk-cli request fulfil against a real encrypted store, with the plugin host and the
// simulated vendor the CLI finds beside itself: an access package (PDF letter with Chinese text
// that pdftotext extracts, JSON and CSV copies), a correction, a deletion with its letter, and
// the refusals (no --out for a package, a request not verified yet, a bad --lang).
#include "tests/support/CliFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace clitest;

class TestCliFulfil : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TestStore> m_store;
    QStringList m_subjects;

    static QByteArray explain(const CliRun &r) { return r.all().toUtf8(); }

    // A request of `type` for customer `n`, identity verified; its id.
    qint64 verified(const QString &type, int n)
    {
        CliRun r = m_store->cli(QStringLiteral("officer"), {QStringLiteral("--json"), QStringLiteral("request"),
                                                            QStringLiteral("add"), QStringLiteral("--type"), type,
                                                            QStringLiteral("--subject"), m_subjects.at(n)});
        if (r.exitCode != 0)
            return 0;
        const qint64 id = r.json().value(QStringLiteral("id")).toInteger();
        r = m_store->cli(QStringLiteral("officer"), {QStringLiteral("request"), QStringLiteral("advance"), QString::number(id),
                                                     QStringLiteral("verify-identity"), QStringLiteral("--method"),
                                                     QStringLiteral("id-document")});
        return r.exitCode == 0 ? id : 0;
    }

    CliRun fulfil(qint64 id, const QStringList &more)
    {
        return m_store->cli(QStringLiteral("officer"),
                            QStringList{QStringLiteral("request"), QStringLiteral("fulfil"), QString::number(id)} + more);
    }

    static QString pdfText(const QString &pdf)
    {
        const CliRun r = runProgram(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        return QString::fromUtf8(r.out).remove(QLatin1Char('\n'));  // a long id may wrap at a hyphen
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<TestStore>(m_dir.path());
        QVERIFY(m_store->create(3));
        const CliRun r = m_store->cli(QStringLiteral("officer"), {QStringLiteral("--json"), QStringLiteral("consent"),
                                                                  QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        for (const QJsonValue &c : r.json().value(QStringLiteral("consents")).toArray())
            if (!m_subjects.contains(c.toObject().value(QStringLiteral("subject")).toString()))
                m_subjects << c.toObject().value(QStringLiteral("subject")).toString();
        QCOMPARE(m_subjects.size(), 3);
    }

    void accessPackage()
    {
        const qint64 id = verified(QStringLiteral("access"), 0);
        QVERIFY(id > 0);
        // A package needs somewhere to go: usage error, and the request is still in progress.
        CliRun r = fulfil(id, {});
        QVERIFY2(r.exitCode == 2, explain(r).constData());
        const QString out = m_dir.filePath(QStringLiteral("letters"));
        r = fulfil(id, {QStringLiteral("--out"), out + QLatin1Char('/'), QStringLiteral("--lang"), QStringLiteral("zh_CN")});
        QVERIFY2(r.exitCode == 0, explain(r).constData());
        const QString base = out + QStringLiteral("/request-%1-package").arg(id);
        for (const char *suffix : {".pdf", ".json", ".csv"})
            QVERIFY2(QFile::exists(base + QLatin1String(suffix)), suffix);
        const QJsonObject json = QJsonDocument::fromJson(readFile(base + QStringLiteral(".json"))).object();
        const QJsonObject subject = json.value(QStringLiteral("subject")).toObject();
        QCOMPARE(subject.value(QStringLiteral("pseudonym")).toString(), m_subjects.at(0));
        const QString name = subject.value(QStringLiteral("name")).toString();
        QVERIFY(name.startsWith(QLatin1String("Synthetic Person")));
        QVERIFY(readFile(base + QStringLiteral(".csv")).contains(name.toUtf8()));
        const QString text = pdfText(base + QStringLiteral(".pdf"));
        QVERIFY2(text.contains(name) && text.contains(m_subjects.at(0)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("用途")), qPrintable(text));  // the Chinese purpose name, embedded
        r = m_store->cli(QStringLiteral("officer"), {QStringLiteral("--json"), QStringLiteral("request"),
                                                     QStringLiteral("show"), QString::number(id)});
        QCOMPARE(r.json().value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
    }

    void correction()
    {
        const qint64 id = verified(QStringLiteral("correction"), 1);
        const QString pdf = m_dir.filePath(QStringLiteral("correction.pdf"));
        const CliRun r = fulfil(id, {QStringLiteral("--out"), pdf, QStringLiteral("--lang"), QStringLiteral("en"),
                                     QStringLiteral("--phone"), QStringLiteral("15599990000")});
        QVERIFY2(r.exitCode == 0, explain(r).constData());
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QLatin1String("We corrected: Phone.")), qPrintable(text));
        QVERIFY(!text.contains(QLatin1String("15599990000")));
        const CliRun list = m_store->cli(QStringLiteral("officer"), {QStringLiteral("consent"), QStringLiteral("list")});
        QVERIFY(list.all().contains(QLatin1String("155****0000")));
    }

    void deletionWritesTheLetter()
    {
        const qint64 id = verified(QStringLiteral("deletion"), 2);
        const QString pdf = m_dir.filePath(QStringLiteral("deletion.pdf"));
        const CliRun r = fulfil(id, {QStringLiteral("--out"), pdf, QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(r.exitCode == 0, explain(r).constData());
        QVERIFY2(r.out.contains("completed"), explain(r).constData());
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(m_subjects.at(2)) && text.contains(QLatin1String("name=1")), qPrintable(text));
        QVERIFY(!text.contains(QLatin1String("Synthetic Person")));
        // The letter can be written again from the stored one.
        const QString again = m_dir.filePath(QStringLiteral("again.pdf"));
        QCOMPARE(fulfil(id, {QStringLiteral("--out"), again}).exitCode, 0);
        QCOMPARE(pdfText(again), text);
    }

    void refusals()
    {
        CliRun add = m_store->cli(QStringLiteral("officer"), {QStringLiteral("--json"), QStringLiteral("request"),
                                                              QStringLiteral("add"), QStringLiteral("--type"),
                                                              QStringLiteral("explanation"), QStringLiteral("--subject"),
                                                              m_subjects.at(0)});
        QCOMPARE(add.exitCode, 0);
        const qint64 id = add.json().value(QStringLiteral("id")).toInteger();
        CliRun r = fulfil(id, {QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.pdf"))});
        QVERIFY2(r.exitCode == 1 && r.err.contains("Verify"), explain(r).constData());
        r = fulfil(id, {QStringLiteral("--lang"), QStringLiteral("fr")});
        QCOMPARE(r.exitCode, 2);
        r = m_store->cli(QStringLiteral("staff1"), {QStringLiteral("request"), QStringLiteral("fulfil"), QString::number(id)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.pdf"))));
    }
};

QTEST_GUILESS_MAIN(TestCliFulfil)
#include "tst_cli_fulfil.moc"
