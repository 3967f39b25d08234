// The camera commands of consentdesk-cli (issue 3): plugins, modes gated by sign records,
// enrolment, erasure with a receipt in the deletion log, and the timed jobs — through the
// real program, the real plugin host and the simulated vendor.
#include "tests/support/CliFixture.h"

#include "core/ledgers/AuditLog.h"
#include "core/ledgers/DeletionLog.h"
#include "core/store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace clitest;

class TestCliCameras : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<TestStore>(m_dir.path());
        QVERIFY(m_store->create());
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("sign.png")), QByteArrayLiteral("a photo of the sign")));
    }

    void pluginsAreListedWithoutLoading()
    {
        const CliRun run = runCli({QStringLiteral("--db"), m_store->dbPath(), QStringLiteral("--json"),
                                   QStringLiteral("plugins"), QStringLiteral("list")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray plugins = run.json().value(QStringLiteral("plugins")).toArray();
        QVERIFY2(!plugins.isEmpty(), run.all().toUtf8().constData());
        bool sim = false;
        for (const QJsonValue &p : plugins)
            sim = sim || (p[QStringLiteral("vendor")].toString() == QLatin1String("simvendor") && p[QStringLiteral("ok")].toBool());
        QVERIFY2(sim, run.all().toUtf8().constData());
        const CliRun check = m_store->cli(QStringLiteral("officer"), {QStringLiteral("plugins"), QStringLiteral("check")});
        QVERIFY2(check.exitCode == 0, check.all().toUtf8().constData());
    }

    void countingPluginIsReady()
    {
#ifndef CONSENTDESK_EDGECOUNT
        QSKIP("the edgecount plugin is not built (no OpenCV 4)");
#else
        // Beside the simulated vendor, in its own host, with no cameras configured: Ready. A store
        // of its own: the others here know the simulated vendor alone.
        QTemporaryDir dir;
        TestStore store(dir.path());
        QVERIFY(store.create());
        qputenv("CONSENTDESK_PLUGIN_PATH", CONSENTDESK_PLUGIN_DIR);
        const CliRun check = store.cli(QStringLiteral("officer"),
                                          {QStringLiteral("--json"), QStringLiteral("plugins"), QStringLiteral("check")});
        qunsetenv("CONSENTDESK_PLUGIN_PATH");
        QVERIFY2(check.exitCode == 0, check.all().toUtf8().constData());
        bool ready = false;
        for (const QJsonValue &p : check.json().value(QStringLiteral("plugins")).toArray()) {
            if (p[QStringLiteral("vendor")].toString() != QLatin1String("edgecount"))
                continue;
            QVERIFY2(p[QStringLiteral("ok")].toBool(), check.all().toUtf8().constData());
            QCOMPARE(p[QStringLiteral("name")].toString(), QStringLiteral("On-device counting"));
            QCOMPARE(p[QStringLiteral("state")].toString(), QStringLiteral("Ready"));
            ready = true;
        }
        QVERIFY2(ready, check.all().toUtf8().constData());
#endif
    }

    void vendorSettingsAreCheckedTriedAndStored()
    {
#ifndef CONSENTDESK_EDGECOUNT
        QSKIP("the edgecount plugin is not built (no OpenCV 4)");
#else
        QTemporaryDir dir;
        TestStore store(dir.path());
        QVERIFY(store.create());
        // A camera on a local file: the plugin checks its settings without opening it until the
        // camera counts, so any file does (synthetic; no video needed).
        const QString video = dir.filePath(QStringLiteral("entrance.avi"));
        QVERIFY(writeFile(video, QByteArrayLiteral("synthetic, never decoded")));
        auto settings = [&video](const QJsonArray &line, bool listed) {
            QJsonObject s{{QStringLiteral("zones"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("entrance")},
                                                                          {QStringLiteral("name"), QStringLiteral("Entrance")}}}},
                          {QStringLiteral("devices"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("cam-door")},
                                                                             {QStringLiteral("name"), QStringLiteral("Door camera")},
                                                                             {QStringLiteral("zone"), QStringLiteral("entrance")},
                                                                             {QStringLiteral("source"), video},
                                                                             {QStringLiteral("line"), line}}}}};
            if (listed)
                s.insert(QStringLiteral("sourcePaths"), QJsonArray{video});
            return QJsonDocument(s).toJson();
        };
        const QString file = dir.filePath(QStringLiteral("edgecount.json"));
        auto set = [&](const QString &user, const QByteArray &json) {
            if (!writeFile(file, json))
                return CliRun{};
            return store.cli(user, {QStringLiteral("vendor"), QStringLiteral("settings"), QStringLiteral("edgecount"),
                                    QStringLiteral("--file"), file});
        };
        auto show = [&] {
            return store.cli(QStringLiteral("officer"), {QStringLiteral("--json"), QStringLiteral("vendor"), QStringLiteral("settings"),
                                                         QStringLiteral("edgecount")});
        };
        const QJsonArray goodLine{320, 0, 320, 480};
        qputenv("CONSENTDESK_PLUGIN_PATH", CONSENTDESK_PLUGIN_DIR);

        // Refused, each with its reason, and nothing stored.
        CliRun r = set(QStringLiteral("staff1"), settings(goodLine, true));
        QVERIFY2(r.exitCode != 0, r.all().toUtf8().constData());
        r = set(QStringLiteral("officer"), "{\"zones\": [");
        QVERIFY2(r.exitCode != 0 && r.all().contains(QStringLiteral("not valid JSON")), r.all().toUtf8().constData());
        r = set(QStringLiteral("officer"), "[]");
        QVERIFY2(r.exitCode != 0 && r.all().contains(QStringLiteral("one JSON object")), r.all().toUtf8().constData());
        r = set(QStringLiteral("officer"), settings(goodLine, false));
        QVERIFY2(r.exitCode != 0 && r.all().contains(QStringLiteral("does not list")), r.all().toUtf8().constData());
        r = set(QStringLiteral("officer"), "{\"sourcePaths\": [\"/tmp/../etc/passwd\"]}");
        QVERIFY2(r.exitCode != 0 && r.all().contains(QStringLiteral("absolute path")), r.all().toUtf8().constData());
        r = set(QStringLiteral("officer"), "{\"sourcePaths\": [\"" + dir.path().toUtf8() + "\"]}");
        QVERIFY2(r.exitCode != 0 && r.all().contains(QStringLiteral("folder")), r.all().toUtf8().constData());
        // The plugin's own check, in its host: a counting line of one point.
        r = set(QStringLiteral("officer"), settings(QJsonArray{5, 5, 5, 5}, true));
        QVERIFY2(r.exitCode != 0 && r.all().contains(QStringLiteral("refuses these settings"))
                     && r.all().contains(QStringLiteral("\"line\"")),
                 r.all().toUtf8().constData());
        r = show();
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.json().value(QStringLiteral("settings")).toObject().isEmpty());

        // Accepted: stored, audited, and the plugin's camera appears where the console lists cameras.
        r = set(QStringLiteral("officer"), settings(goodLine, true));
        QVERIFY2(r.exitCode == 0, r.all().toUtf8().constData());
        r = show();
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("settings")).toObject(), QJsonDocument::fromJson(settings(goodLine, true)).object());
        r = store.cli(QStringLiteral("officer"), {QStringLiteral("--json"), QStringLiteral("camera"), QStringLiteral("list")});
        QVERIFY2(r.exitCode == 0, r.all().toUtf8().constData());
        bool door = false;
        for (const QJsonValue &d : r.json().value(QStringLiteral("devices")).toArray())
            door = door || (d[QStringLiteral("vendor")].toString() == QLatin1String("edgecount")
                            && d[QStringLiteral("device")].toString() == QLatin1String("cam-door"));
        QVERIFY2(door, r.all().toUtf8().constData());
        // Removed again with {}.
        r = set(QStringLiteral("officer"), "{}");
        QVERIFY2(r.exitCode == 0, r.all().toUtf8().constData());
        QVERIFY(show().json().value(QStringLiteral("settings")).toObject().isEmpty());
        qunsetenv("CONSENTDESK_PLUGIN_PATH");

        auto s = store.unlock();
        QVERIFY(s);
        auto page = cd::AuditLog::page(s.value()->db(), 0, 1000, QStringLiteral("camera.vendor_settings"));
        QVERIFY(page);
        QStringList details;
        for (const cd::AuditEntry &e : page.value())
            details << e.detail;
        QCOMPARE(details.size(), 2);  // stored, removed; the refused attempts changed nothing
        QVERIFY(details.contains(QStringLiteral("removed")));
        QVERIFY(!details.join(u' ').contains(video));  // the audit names no source
#endif
    }

    void recognitionNeedsASign()
    {
        const QStringList mode = {QStringLiteral("camera"), QStringLiteral("mode"), QStringLiteral("simvendor/cam-entrance-1"),
                                  QStringLiteral("identify-consented"), QStringLiteral("--reason"), QStringLiteral("members")};
        CliRun run = m_store->cli(QStringLiteral("officer"), mode);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("sign"), run.all().toUtf8().constData());
        // Staff may not change modes at all.
        run = m_store->cli(QStringLiteral("staff1"), mode);
        QCOMPARE(run.exitCode, 1);

        run = m_store->cli(QStringLiteral("officer"), {QStringLiteral("camera"), QStringLiteral("sign"),
                                                       QStringLiteral("--zone"), QStringLiteral("simvendor/entrance"),
                                                       QStringLiteral("--description"), QStringLiteral("A3 poster"),
                                                       QStringLiteral("--photo"), m_dir.filePath(QStringLiteral("sign.png"))});
        QVERIFY2(run.exitCode == 0, run.all().toUtf8().constData());
        run = m_store->cli(QStringLiteral("officer"), mode);
        QVERIFY2(run.exitCode == 0, run.all().toUtf8().constData());

        run = m_store->cli(QStringLiteral("auditor1"), {QStringLiteral("--json"), QStringLiteral("camera"), QStringLiteral("list")});
        QCOMPARE(run.exitCode, 0);
        bool identifying = false;
        for (const QJsonValue &d : run.json().value(QStringLiteral("devices")).toArray())
            identifying = identifying || (d[QStringLiteral("device")].toString() == QLatin1String("cam-entrance-1")
                                          && d[QStringLiteral("mode")].toString() == QLatin1String("identify-consented")
                                          && d[QStringLiteral("signPosted")].toBool());
        QVERIFY2(identifying, run.out.constData());
    }

    void enrolThenEraseWithAReceipt()
    {
        CliRun run = m_store->cli(QStringLiteral("officer"),
                                  {QStringLiteral("--json"), QStringLiteral("consent"), QStringLiteral("add"),
                                   QStringLiteral("--name"), QStringLiteral("Camera Tester"), QStringLiteral("--phone"),
                                   QStringLiteral("15500004321"), QStringLiteral("--age-band"), QStringLiteral("adult"),
                                   QStringLiteral("--purpose"), QStringLiteral("face-id"), QStringLiteral("--separate-consent")});
        QVERIFY2(run.exitCode == 0, run.all().toUtf8().constData());
        const QString pseudonym = run.json().value(QStringLiteral("subject")).toString();
        QVERIFY(pseudonym.startsWith(QLatin1String("S-")));

        run = m_store->cli(QStringLiteral("officer"), {QStringLiteral("camera"), QStringLiteral("enroll")});
        QVERIFY2(run.exitCode == 0 && run.out.contains("1"), run.all().toUtf8().constData());
        const QString templateFile = m_store->dbPath() + QStringLiteral(".vendors/simvendor/templates/") + pseudonym
            + QStringLiteral(".tpl");
        QVERIFY2(QFile::exists(templateFile), qPrintable(templateFile));

        run = m_store->cli(QStringLiteral("officer"), {QStringLiteral("--json"), QStringLiteral("vendor"),
                                                       QStringLiteral("erase"), QStringLiteral("--subject"), pseudonym});
        QVERIFY2(run.exitCode == 0, run.all().toUtf8().constData());
        QCOMPARE(run.json().value(QStringLiteral("completed")).toInt(), 1);
        QVERIFY(!QFile::exists(templateFile));  // gone on the vendor's side

        // The deletion log holds the receipt; nothing is owed any more.
        auto session = cd::Vault::unlock(m_store->dbPath(), QStringLiteral("officer"), accounts().at(0).passphrase);
        QVERIFY(session.ok());
        auto entries = cd::DeletionLog::page(session.value()->db(), 0, 10);
        QVERIFY(entries.ok());
        QCOMPARE(int(entries.value().size()), 1);
        QCOMPARE(entries.value().front().subjectRef, pseudonym);
        QVERIFY(entries.value().front().receiptId.startsWith(QLatin1String("sim-")));
        QVERIFY(entries.value().front().counts.contains(QLatin1String("face-template=1")));
        session.value().reset();

        run = m_store->cli(QStringLiteral("officer"), {QStringLiteral("jobs"), QStringLiteral("run")});
        QVERIFY2(run.exitCode == 0, run.all().toUtf8().constData());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestStore> m_store;
};

QTEST_GUILESS_MAIN(TestCliCameras)
#include "tst_cli_cameras.moc"
