// consentdesk-cli end to end: init, users, purposes, consents and the ledger, each through the
// real binary on a real encrypted store; role refusals are checked in the audit log.
#include "tests/support/CliFixture.h"
#include "core/ledgers/AuditLog.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace clitest;

namespace {

QStringList words(const char *text) { return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts); }

QJsonObject consentById(const QJsonObject &list, qint64 id)
{
    for (const QJsonValue &v : list.value(QStringLiteral("consents")).toArray())
        if (v.toObject().value(QStringLiteral("id")).toInteger() == id)
            return v.toObject();
    return {};
}

} // namespace

class TestCliCommands : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<TestStore> m_store;

    // Audit entries of refusals for `user` naming `attempted` (the detail holds the action tried).
    int refusalsInAudit(const QString &user, const QString &attempted)
    {
        auto s = m_store->unlock();
        if (!s)
            return -1;
        auto page = cd::AuditLog::page(s.value()->db(), 0, 1000, QStringLiteral("access.denied"));
        if (!page)
            return -1;
        int n = 0;
        for (const cd::AuditEntry &e : page.value())
            n += (e.userName == user && e.detail == attempted) ? 1 : 0;
        return n;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QVERIFY2(QFileInfo::exists(cliPath()), "build the consentdesk-cli target first");
        m_store = std::make_unique<TestStore>(m_tmp.filePath(QStringLiteral("store")));
        QVERIFY(m_store->create());
    }

    void helpListsEveryCommand()
    {
        auto r = runCli({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *c : {"init", "demo", "user add", "user remove", "user passwd", "purpose add", "purpose list",
                              "consent add", "consent withdraw", "consent list", "verify-ledger"}) {
            QVERIFY2(r.out.contains(c), c);
            auto sub = runCli(words(c) << QStringLiteral("--help"));
            QVERIFY2(sub.exitCode == 0, c);
            QVERIFY2(sub.out.startsWith("Usage: consentdesk-cli"), c);
        }
        QVERIFY(runCli({QStringLiteral("help"), QStringLiteral("consent"), QStringLiteral("add")}).out.contains("--purpose"));
    }

    // In a Chinese locale every command's help is Chinese, whichever file declares it (the help
    // of some commands once sat in a context with no name, where no translation is looked up).
    void helpFollowsAChineseLocale_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("expected");
        QTest::newRow("consent add") << QStringLiteral("consent add") << QStringLiteral("一个或多个");
        QTest::newRow("request add") << QStringLiteral("request add") << QStringLiteral("受理个人信息主体的请求");
        QTest::newRow("export-evidence") << QStringLiteral("export-evidence") << QStringLiteral("写出某一期间的证据包");
        QTest::newRow("verify-evidence") << QStringLiteral("verify-evidence") << QStringLiteral("不依赖门店核验证据包");
    }
    void helpFollowsAChineseLocale()
    {
        QFETCH(QString, command);
        QFETCH(QString, expected);
        QProcess p;
        QProcessEnvironment env = cliEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("zh_CN.UTF-8"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8"));
        p.setProcessEnvironment(env);
        p.start(cliPath(), command.split(QLatin1Char(' ')) << QStringLiteral("--help"));
        QVERIFY(p.waitForFinished(60000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(out.contains(expected), qPrintable(out));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QString>("args");
        QTest::newRow("no command") << QString();
        QTest::newRow("unknown command") << QStringLiteral("frobnicate");
        QTest::newRow("group without subcommand") << QStringLiteral("consent");
        QTest::newRow("unknown subcommand") << QStringLiteral("consent erase");
        QTest::newRow("unknown option") << QStringLiteral("consent list --colour");
        QTest::newRow("missing value") << QStringLiteral("consent list --limit");
        QTest::newRow("bad number") << QStringLiteral("consent list --limit many");
        QTest::newRow("missing argument") << QStringLiteral("consent withdraw");
        QTest::newRow("extra argument") << QStringLiteral("verify-ledger now");
        QTest::newRow("flag with value") << QStringLiteral("purpose list --all=yes");
        QTest::newRow("subject and name") << QStringLiteral("consent add --subject S-X --name N --phone 1 --purpose visits");
        QTest::newRow("no purpose") << QStringLiteral("consent add --name N --phone 15500000000");
        QTest::newRow("bad role") << QStringLiteral("user add someone --role boss");
        QTest::newRow("bad channel") << QStringLiteral("consent withdraw 1 --channel pigeon");
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QString, args);
        const QStringList list = args.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        auto r = runCli(m_store->as(QStringLiteral("officer")) + list);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(r.out.isEmpty());
    }

    void initPrintsRecoveryCodeOnce()
    {
        const QString db = m_tmp.filePath(QStringLiteral("init/new.cdb"));
        // The passphrase comes on standard input (not a terminal) and is never echoed.
        auto r = runCli({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("chief"), QStringLiteral("init"),
                         QStringLiteral("--store-name"), QStringLiteral("Init Store"), QStringLiteral("--store-code"),
                         QStringLiteral("I001"), QStringLiteral("--display-name"), QStringLiteral("Chief Officer")},
                        "chief-pass-123\n");
        QCOMPARE(r.exitCode, 0);
        const QRegularExpression code(QStringLiteral("[A-Z2-7]{4}(-[A-Z2-7]{4}){7}"));
        const auto matches = code.globalMatch(QString::fromUtf8(r.out));
        int count = 0;
        for (auto it = matches; it.hasNext(); it.next())
            ++count;
        QCOMPARE(count, 1);
        QVERIFY(r.out.contains("Recovery code:"));
        QVERIFY(r.out.contains("Write the recovery code down"));
        QVERIFY(!r.all().contains(QStringLiteral("chief-pass-123")));
        QVERIFY(QFileInfo::exists(db));
        QVERIFY(QFileInfo::exists(db + QStringLiteral(".keys")));

        // The new officer signs in; a second init refuses and leaves the database alone.
        auto ok = runCli({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("chief"),
                          QStringLiteral("verify-ledger")},
                         "chief-pass-123\n");
        QCOMPARE(ok.exitCode, 0);
        const auto before = FileFingerprint::of(db);
        auto again = runCli({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("chief"),
                             QStringLiteral("init"), QStringLiteral("--store-name"), QStringLiteral("Other")},
                            "chief-pass-123\n");
        QCOMPARE(again.exitCode, 1);
        CLI_VERIFY_UNCHANGED(db, before);

        // Too short a passphrase is refused before anything is created.
        const QString weak = m_tmp.filePath(QStringLiteral("init/weak.cdb"));
        auto short_ = runCli({QStringLiteral("--db"), weak, QStringLiteral("--user"), QStringLiteral("chief"),
                              QStringLiteral("init")},
                             "short\n");
        QCOMPARE(short_.exitCode, 1);
        QVERIFY(!QFileInfo::exists(weak));
    }

    void initJson()
    {
        const QString db = m_tmp.filePath(QStringLiteral("init/json.cdb"));
        auto r = runCli({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("chief"), QStringLiteral("--json"),
                         QStringLiteral("init"), QStringLiteral("--store-name"), QStringLiteral("Json Store")},
                        "chief-pass-123\n");
        QCOMPARE(r.exitCode, 0);
        const QString code = r.json().value(QStringLiteral("recoveryCode")).toString();
        QCOMPARE(code.size(), 39);
        // The code printed is the code that opens the recovery slot.
        auto rec = cd::Vault::unlockWithRecoveryCode(db, code, m_store->clock());
        QVERIFY(rec.ok());
    }

    void purposeAddAndList()
    {
        const QString zh = m_tmp.filePath(QStringLiteral("notice-zh.txt"));
        const QString en = m_tmp.filePath(QStringLiteral("notice-en.txt"));
        const QString zhText = QStringLiteral("我们仅统计到店人数，不保存人脸图像。");
        const QString enText = QStringLiteral("We only count visitors; no face image is kept.");
        QVERIFY(writeFile(zh, zhText.toUtf8() + '\n'));
        QVERIFY(writeFile(en, enText.toUtf8() + '\n'));
        const QStringList add = {QStringLiteral("purpose"), QStringLiteral("add"), QStringLiteral("--code"),
                                 QStringLiteral("footfall"), QStringLiteral("--name-zh"), QStringLiteral("客流统计"),
                                 QStringLiteral("--name-en"), QStringLiteral("Footfall counting"), QStringLiteral("--basis"),
                                 QStringLiteral("consent"), QStringLiteral("--categories"), QStringLiteral("visit-count"),
                                 QStringLiteral("--retention-days"), QStringLiteral("90"), QStringLiteral("--notice-zh-file"),
                                 zh, QStringLiteral("--notice-en-file"), en, QStringLiteral("--json")};
        // Without the checklist the notice is refused, naming what it does not state (Art. 17).
        auto refused = m_store->cli(QStringLiteral("officer"), add);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("Handler's name (Art. 17)") && refused.err.contains("Retention period (Art. 17)"),
                 refused.err.constData());
        const QString items = m_tmp.filePath(QStringLiteral("notice-items.json"));
        QVERIFY(writeFile(items, R"({"handler": "Test store", "colour": "blue"})"));
        auto badKey = m_store->cli(QStringLiteral("officer"), QStringList(add) << QStringLiteral("--notice-items-file") << items);
        QCOMPARE(badKey.exitCode, 2);
        QVERIFY2(badKey.err.contains("\"colour\""), badKey.err.constData());
        QVERIFY(writeFile(items, R"({"handler": "Test store", "contact": "the service counter",
            "purposes": "footfall counting", "methods": "a counting camera", "categories": "visit counts",
            "retention": "90 days", "rights": "ask at the counter"})"));
        const QStringList addWithItems = QStringList(add) << QStringLiteral("--notice-items-file") << items;
        auto r = m_store->cli(QStringLiteral("officer"), addWithItems);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(QStringLiteral("code")).toString(), QStringLiteral("footfall"));

        auto list = m_store->cli(QStringLiteral("officer"), {QStringLiteral("purpose"), QStringLiteral("list"),
                                                             QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        QJsonObject found;
        for (const QJsonValue &v : list.json().value(QStringLiteral("purposes")).toArray())
            if (v.toObject().value(QStringLiteral("code")).toString() == QLatin1String("footfall"))
                found = v.toObject();
        QVERIFY(!found.isEmpty());
        QCOMPARE(found.value(QStringLiteral("nameZh")).toString(), QStringLiteral("客流统计"));
        QCOMPARE(found.value(QStringLiteral("retentionDays")).toInt(), 90);
        QCOMPARE(found.value(QStringLiteral("sensitive")).toBool(), false);
        const QJsonObject notice = found.value(QStringLiteral("notice")).toObject();
        QCOMPARE(notice.value(QStringLiteral("version")).toInt(), 1);
        // The notice recorded is exactly the text of the files (the trailing newline trimmed).
        QCOMPARE(notice.value(QStringLiteral("sha256")).toString(), cd::noticeHash(zhText, enText));

        // The same code twice is refused.
        QCOMPARE(m_store->cli(QStringLiteral("officer"), addWithItems).exitCode, 1);
    }

    void staffCannotManage()
    {
        const QString zh = m_tmp.filePath(QStringLiteral("notice-zh.txt"));
        const QString en = m_tmp.filePath(QStringLiteral("notice-en.txt"));
        auto purpose = m_store->cli(QStringLiteral("staff1"),
                                    {QStringLiteral("purpose"), QStringLiteral("add"), QStringLiteral("--code"),
                                     QStringLiteral("sneaky"), QStringLiteral("--name-zh"), QStringLiteral("偷偷"),
                                     QStringLiteral("--name-en"), QStringLiteral("Sneaky"), QStringLiteral("--basis"),
                                     QStringLiteral("consent"), QStringLiteral("--categories"), QStringLiteral("face"),
                                     QStringLiteral("--retention-days"), QStringLiteral("9"),
                                     QStringLiteral("--notice-zh-file"), zh, QStringLiteral("--notice-en-file"), en});
        QCOMPARE(purpose.exitCode, 1);
        QVERIFY2(purpose.err.contains("does not allow"), purpose.err.constData());

        auto user = m_store->cli(QStringLiteral("staff1"), {QStringLiteral("user"), QStringLiteral("add"),
                                                            QStringLiteral("friend"), QStringLiteral("--role"),
                                                            QStringLiteral("officer")},
                                 "friend-pass-123\n");
        QCOMPARE(user.exitCode, 1);
        QVERIFY2(user.err.contains("does not allow"), user.err.constData());

        QCOMPARE(refusalsInAudit(QStringLiteral("staff1"), QStringLiteral("purpose.add")), 1);
        QCOMPARE(refusalsInAudit(QStringLiteral("staff1"), QStringLiteral("user.add")), 1);
        // Nothing was added.
        auto list = m_store->cli(QStringLiteral("officer"), {QStringLiteral("purpose"), QStringLiteral("list"),
                                                             QStringLiteral("--json")});
        QVERIFY(!list.out.contains("sneaky"));
        auto users = m_store->cli(QStringLiteral("officer"), {QStringLiteral("user"), QStringLiteral("list"),
                                                              QStringLiteral("--json")});
        QCOMPARE(users.exitCode, 0);
        QVERIFY(!users.out.contains("friend"));
    }

    void auditorCannotRegister()
    {
        auto r = m_store->cli(QStringLiteral("auditor1"),
                              {QStringLiteral("consent"), QStringLiteral("add"), QStringLiteral("--name"),
                               QStringLiteral("Synthetic Auditee"), QStringLiteral("--phone"), QStringLiteral("15500007777"),
                               QStringLiteral("--purpose"), QStringLiteral("visits")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("does not allow"), r.err.constData());
        QCOMPARE(refusalsInAudit(QStringLiteral("auditor1"), QStringLiteral("consent.register")), 1);
        // The auditor may read.
        QCOMPARE(m_store->cli(QStringLiteral("auditor1"), {QStringLiteral("consent"), QStringLiteral("list")}).exitCode, 0);
        QCOMPARE(m_store->cli(QStringLiteral("auditor1"), {QStringLiteral("verify-ledger")}).exitCode, 0);
    }

    void consentRoundTrip()
    {
        auto add = m_store->cli(QStringLiteral("staff1"),
                                {QStringLiteral("consent"), QStringLiteral("add"), QStringLiteral("--name"),
                                 QStringLiteral("Synthetic Roundtrip"), QStringLiteral("--phone"),
                                 QStringLiteral("15512345678"), QStringLiteral("--birth-date"), QStringLiteral("1990-05-06"),
                                 QStringLiteral("--purpose"), QStringLiteral("visits"), QStringLiteral("--purpose"),
                                 QStringLiteral("face-id"), QStringLiteral("--separate-consent"), QStringLiteral("--method"),
                                 QStringLiteral("paper_form"), QStringLiteral("--json")});
        QCOMPARE(add.exitCode, 0);
        const QString pseudonym = add.json().value(QStringLiteral("subject")).toString();
        QVERIFY(pseudonym.startsWith(QLatin1String("S-")));
        const QJsonArray ids = add.json().value(QStringLiteral("consents")).toArray();
        QCOMPARE(ids.size(), 2);
        QVERIFY(!add.out.contains("Roundtrip"));
        QVERIFY(!add.out.contains("15512345678"));

        auto list = m_store->cli(QStringLiteral("staff1"), {QStringLiteral("consent"), QStringLiteral("list"),
                                                            QStringLiteral("--search"), pseudonym, QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.json().value(QStringLiteral("count")).toInt(), 2);
        const QJsonObject row = consentById(list.json(), ids.at(0).toInteger());
        QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("granted"));
        QCOMPARE(row.value(QStringLiteral("subject")).toString(), pseudonym);
        QCOMPARE(row.value(QStringLiteral("maskedPhone")).toString(), QStringLiteral("155****5678"));
        QCOMPARE(row.value(QStringLiteral("method")).toString(), QStringLiteral("paper_form"));
        QCOMPARE(row.value(QStringLiteral("staff")).toString(), QStringLiteral("staff1"));
        QVERIFY(!list.out.contains("Roundtrip"));
        QVERIFY(!list.out.contains("15512345678"));

        // A sensitive purpose without --separate-consent is refused, and nothing is created.
        auto noSeparate = m_store->cli(QStringLiteral("staff1"),
                                       {QStringLiteral("consent"), QStringLiteral("add"), QStringLiteral("--subject"),
                                        pseudonym, QStringLiteral("--purpose"), QStringLiteral("face-id")});
        QCOMPARE(noSeparate.exitCode, 1);
        // A child needs a guardian.
        auto child = m_store->cli(QStringLiteral("staff1"),
                                  {QStringLiteral("consent"), QStringLiteral("add"), QStringLiteral("--name"),
                                   QStringLiteral("Synthetic Child"), QStringLiteral("--phone"), QStringLiteral("15500004444"),
                                   QStringLiteral("--age-band"), QStringLiteral("under14"), QStringLiteral("--purpose"),
                                   QStringLiteral("visits")});
        QCOMPARE(child.exitCode, 1);
        QVERIFY(!child.err.isEmpty());
        auto withGuardian = m_store->cli(QStringLiteral("staff1"),
                                         {QStringLiteral("consent"), QStringLiteral("add"), QStringLiteral("--name"),
                                          QStringLiteral("Synthetic Child"), QStringLiteral("--phone"),
                                          QStringLiteral("15500004444"), QStringLiteral("--age-band"),
                                          QStringLiteral("under14"), QStringLiteral("--purpose"), QStringLiteral("visits"),
                                          QStringLiteral("--guardian-name"), QStringLiteral("Synthetic Parent"),
                                          QStringLiteral("--guardian-relation"), QStringLiteral("parent"),
                                          QStringLiteral("--guardian-consent"), QStringLiteral("--json")});
        QCOMPARE(withGuardian.exitCode, 0);
        // The refused child registration left no subject behind: one subject with that phone.
        auto byPhone = m_store->cli(QStringLiteral("staff1"), {QStringLiteral("consent"), QStringLiteral("list"),
                                                               QStringLiteral("--search"), QStringLiteral("15500004444"),
                                                               QStringLiteral("--json")});
        QCOMPARE(byPhone.json().value(QStringLiteral("count")).toInt(), 1);

        // Withdraw one; the list shows it withdrawn, the other still granted.
        const qint64 first = ids.at(0).toInteger();
        auto withdraw = m_store->cli(QStringLiteral("staff1"), {QStringLiteral("consent"), QStringLiteral("withdraw"),
                                                                QString::number(first), QStringLiteral("--channel"),
                                                                QStringLiteral("phone"), QStringLiteral("--json")});
        QCOMPARE(withdraw.exitCode, 0);
        auto withdrawn = m_store->cli(QStringLiteral("staff1"), {QStringLiteral("consent"), QStringLiteral("list"),
                                                                 QStringLiteral("--status"), QStringLiteral("withdrawn"),
                                                                 QStringLiteral("--json")});
        QCOMPARE(withdrawn.exitCode, 0);
        QCOMPARE(consentById(withdrawn.json(), first).value(QStringLiteral("status")).toString(),
                 QStringLiteral("withdrawn"));
        QVERIFY(consentById(withdrawn.json(), ids.at(1).toInteger()).isEmpty());
        auto facePurpose = m_store->cli(QStringLiteral("staff1"), {QStringLiteral("consent"), QStringLiteral("list"),
                                                                   QStringLiteral("--purpose"), QStringLiteral("face-id"),
                                                                   QStringLiteral("--json")});
        QCOMPARE(consentById(facePurpose.json(), ids.at(1).toInteger()).value(QStringLiteral("status")).toString(),
                 QStringLiteral("granted"));
        // Withdrawing twice is refused.
        QCOMPARE(m_store->cli(QStringLiteral("staff1"), {QStringLiteral("consent"), QStringLiteral("withdraw"),
                                                         QString::number(first)})
                     .exitCode,
                 1);
        // The table form shows masked data only.
        auto table = m_store->cli(QStringLiteral("staff1"), {QStringLiteral("consent"), QStringLiteral("list")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains(pseudonym.toUtf8()));
        QVERIFY(table.out.contains("155****5678"));
        QVERIFY(!table.out.contains("15512345678"));
        QVERIFY(!table.out.contains("Roundtrip"));
    }

    void userLifecycle()
    {
        const QString pass = m_tmp.filePath(QStringLiteral("temp1.pass"));
        QVERIFY(writeFile(pass, "temp-pass-111\n"));
        auto add = m_store->cli(QStringLiteral("officer"), {QStringLiteral("user"), QStringLiteral("add"),
                                                            QStringLiteral("temp1"), QStringLiteral("--role"),
                                                            QStringLiteral("staff"), QStringLiteral("--display-name"),
                                                            QStringLiteral("Temp One"), QStringLiteral("--new-passphrase-file"),
                                                            pass, QStringLiteral("--json")});
        QCOMPARE(add.exitCode, 0);
        QCOMPARE(add.json().value(QStringLiteral("role")).toString(), QStringLiteral("staff"));
        QVERIFY(!add.all().contains(QStringLiteral("temp-pass-111")));
        auto asTemp = [&](const QByteArray &passphrase) {
            return runCli({QStringLiteral("--db"), m_store->dbPath(), QStringLiteral("--user"), QStringLiteral("temp1"),
                           QStringLiteral("consent"), QStringLiteral("list")},
                          passphrase + '\n');
        };
        QCOMPARE(asTemp("temp-pass-111").exitCode, 0);

        // Own change: the current passphrase signs in, the new one is the next stdin line.
        auto own = runCli({QStringLiteral("--db"), m_store->dbPath(), QStringLiteral("--user"), QStringLiteral("temp1"),
                           QStringLiteral("user"), QStringLiteral("passwd")},
                          "temp-pass-111\ntemp-pass-222\n");
        QCOMPARE(own.exitCode, 0);
        QVERIFY(!own.all().contains(QStringLiteral("temp-pass")));
        QCOMPARE(asTemp("temp-pass-111").exitCode, 3);
        QCOMPARE(asTemp("temp-pass-222").exitCode, 0);

        // Officer reset.
        const QString reset = m_tmp.filePath(QStringLiteral("temp1-reset.pass"));
        QVERIFY(writeFile(reset, "temp-pass-333\n"));
        auto r = m_store->cli(QStringLiteral("officer"), {QStringLiteral("user"), QStringLiteral("passwd"),
                                                          QStringLiteral("temp1"), QStringLiteral("--new-passphrase-file"),
                                                          reset});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(asTemp("temp-pass-222").exitCode, 3);
        QCOMPARE(asTemp("temp-pass-333").exitCode, 0);

        // Staff may not reset someone else's passphrase.
        auto staffReset = m_store->cli(QStringLiteral("staff1"), {QStringLiteral("user"), QStringLiteral("passwd"),
                                                                  QStringLiteral("temp1"),
                                                                  QStringLiteral("--new-passphrase-file"), reset});
        QCOMPARE(staffReset.exitCode, 1);

        // Removed: the passphrase no longer opens the database.
        auto remove = m_store->cli(QStringLiteral("officer"), {QStringLiteral("user"), QStringLiteral("remove"),
                                                               QStringLiteral("temp1")});
        QCOMPARE(remove.exitCode, 0);
        auto gone = asTemp("temp-pass-333");
        QCOMPARE(gone.exitCode, 3);
        QVERIFY(gone.err.contains("Wrong user name or passphrase"));
        // The last officer cannot remove themselves.
        QCOMPARE(m_store->cli(QStringLiteral("officer"), {QStringLiteral("user"), QStringLiteral("remove"),
                                                          QStringLiteral("officer")})
                     .exitCode,
                 1);
    }

    void verifyLedgerOk()
    {
        auto r = m_store->cli(QStringLiteral("officer"), {QStringLiteral("verify-ledger"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("ok")).toBool(), true);
        QVERIFY(r.json().value(QStringLiteral("rows")).toInteger() > 10);
        QCOMPARE(r.json().value(QStringLiteral("headHash")).toString().size(), 64);
        auto text = m_store->cli(QStringLiteral("officer"), {QStringLiteral("verify-ledger")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("intact"));
        // Staff may not read the audit log.
        QCOMPARE(m_store->cli(QStringLiteral("staff1"), {QStringLiteral("verify-ledger")}).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_cli_commands.moc"
