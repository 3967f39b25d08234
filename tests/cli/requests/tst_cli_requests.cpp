// consentdesk-cli request add | list | show | advance against a real encrypted store: roles,
// duplicates, face recognition refused, a refusal letter with the Art. 50 rights, usage errors
// (exit 2), masked output, and an overdue request that no filter can hide.
#include "core/requests/RequestService.h"
#include "tests/support/CliFixture.h"

#include <QJsonArray>
#include <QTemporaryDir>

using namespace clitest;

class TestCliRequests : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TestStore> m_store;
    QString m_subject;

    static QByteArray explain(const CliRun &r) { return r.all().toUtf8(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<TestStore>(m_dir.path());
        QVERIFY(m_store->create(3));
        const CliRun r = m_store->cli(QStringLiteral("officer"), {QStringLiteral("--json"), QStringLiteral("consent"),
                                                                  QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        m_subject = r.json().value(QStringLiteral("consents")).toArray().at(0).toObject().value(QStringLiteral("subject")).toString();
        QVERIFY(m_subject.startsWith(QStringLiteral("S-")));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no type") << QStringList{QStringLiteral("request"), QStringLiteral("add"), QStringLiteral("--subject"), QStringLiteral("S-X")};
        QTest::newRow("bad type") << QStringList{QStringLiteral("request"), QStringLiteral("add"), QStringLiteral("--type"), QStringLiteral("gossip"), QStringLiteral("--subject"), QStringLiteral("S-X")};
        QTest::newRow("who") << QStringList{QStringLiteral("request"), QStringLiteral("add"), QStringLiteral("--type"), QStringLiteral("access")};
        QTest::newRow("bad id") << QStringList{QStringLiteral("request"), QStringLiteral("show"), QStringLiteral("abc")};
        QTest::newRow("bad action") << QStringList{QStringLiteral("request"), QStringLiteral("advance"), QStringLiteral("1"), QStringLiteral("fly")};
        QTest::newRow("bad method") << QStringList{QStringLiteral("request"), QStringLiteral("advance"), QStringLiteral("1"), QStringLiteral("verify-identity"), QStringLiteral("--method"), QStringLiteral("guess")};
        QTest::newRow("bad state") << QStringList{QStringLiteral("request"), QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("lost")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        const CliRun r = m_store->cli(QStringLiteral("officer"), args);
        QVERIFY2(r.exitCode == 2, explain(r).constData());
        QVERIFY(!r.err.isEmpty());
    }

    void unknownUserIsExit3()
    {
        const CliRun r = runCli({QStringLiteral("--db"), m_store->dbPath(), QStringLiteral("--user"), QStringLiteral("nobody"),
                                 QStringLiteral("--passphrase-file"), m_store->passFile(QStringLiteral("staff1")),
                                 QStringLiteral("request"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 3);
    }

    void theWholeWayThrough()
    {
        // Staff take the request in at the counter; a duplicate is refused.
        CliRun r = m_store->cli(QStringLiteral("staff1"), {QStringLiteral("--json"), QStringLiteral("request"), QStringLiteral("add"),
                                                           QStringLiteral("--type"), QStringLiteral("deletion"),
                                                           QStringLiteral("--subject"), m_subject});
        QVERIFY2(r.exitCode == 0, explain(r).constData());
        const QJsonObject added = r.json();
        QCOMPARE(added.value(QStringLiteral("state")).toString(), QStringLiteral("received"));
        QVERIFY(QDate::fromString(added.value(QStringLiteral("due")).toString(), Qt::ISODate).isValid());
        QVERIFY(added.value(QStringLiteral("daysLeft")).toInt() >= 15);
        const QString id = QString::number(added.value(QStringLiteral("id")).toInteger());
        r = m_store->cli(QStringLiteral("staff1"), {QStringLiteral("request"), QStringLiteral("add"), QStringLiteral("--type"),
                                                   QStringLiteral("deletion"), QStringLiteral("--subject"), m_subject});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.all().contains(QStringLiteral("already has an open")));

        // Staff may not process it; face recognition is refused; an ID document is accepted.
        auto advance = [&](const QString &user, const QStringList &more) {
            return m_store->cli(user, QStringList{QStringLiteral("--json"), QStringLiteral("request"), QStringLiteral("advance"), id} + more);
        };
        r = advance(QStringLiteral("staff1"), {QStringLiteral("start")});
        QCOMPARE(r.exitCode, 1);
        r = advance(QStringLiteral("staff1"), {QStringLiteral("verify-identity"), QStringLiteral("--method"), QStringLiteral("face")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.all().contains(QStringLiteral("Face recognition is never accepted")));
        r = advance(QStringLiteral("staff1"), {QStringLiteral("verify-identity"), QStringLiteral("--method"), QStringLiteral("id-document")});
        QVERIFY2(r.exitCode == 0, explain(r).constData());
        QCOMPARE(r.json().value(QStringLiteral("state")).toString(), QStringLiteral("identity-verified"));

        // The officer works it; a transition the table does not have is refused with exit 1.
        r = advance(QStringLiteral("officer"), {QStringLiteral("complete")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.all().contains(QStringLiteral("not allowed")));
        QCOMPARE(advance(QStringLiteral("officer"), {QStringLiteral("assign"), QStringLiteral("--to"), QStringLiteral("officer")}).exitCode, 0);
        QCOMPARE(advance(QStringLiteral("officer"), {QStringLiteral("start")}).exitCode, 0);
        QCOMPARE(advance(QStringLiteral("officer"), {QStringLiteral("extend"), QStringLiteral("--days"), QStringLiteral("5")}).exitCode, 1);
        r = advance(QStringLiteral("officer"), {QStringLiteral("extend"), QStringLiteral("--days"), QStringLiteral("5"),
                                                QStringLiteral("--reason"), QStringLiteral("vendor copy to check")});
        QVERIFY2(r.exitCode == 0, explain(r).constData());
        QCOMPARE(r.json().value(QStringLiteral("extensionDays")).toInt(), 5);
        QCOMPARE(advance(QStringLiteral("officer"), {QStringLiteral("refuse")}).exitCode, 1);  // no reason
        r = advance(QStringLiteral("officer"), {QStringLiteral("refuse"), QStringLiteral("--reason"),
                                                QStringLiteral("Records must be kept for a tax audit.")});
        QVERIFY2(r.exitCode == 0, explain(r).constData());
        QCOMPARE(r.json().value(QStringLiteral("state")).toString(), QStringLiteral("refused"));

        // The auditor reads the timeline and the letter.
        r = m_store->cli(QStringLiteral("auditor1"), {QStringLiteral("--json"), QStringLiteral("request"), QStringLiteral("show"), id});
        QVERIFY2(r.exitCode == 0, explain(r).constData());
        const QJsonObject shown = r.json();
        QVERIFY(shown.value(QStringLiteral("refusalLetter")).toString().contains(QStringLiteral("Article 50")));
        QCOMPARE(shown.value(QStringLiteral("identityMethod")).toString(), QStringLiteral("id-document"));
        QCOMPARE(shown.value(QStringLiteral("identityBy")).toString(), QStringLiteral("staff1"));
        QStringList actions;
        for (const QJsonValue &e : shown.value(QStringLiteral("events")).toArray())
            actions << e.toObject().value(QStringLiteral("action")).toString();
        QCOMPARE(actions, (QStringList{QStringLiteral("intake"), QStringLiteral("verify-identity"), QStringLiteral("assign"),
                                       QStringLiteral("start"), QStringLiteral("extend"), QStringLiteral("refuse")}));
        QCOMPARE(m_store->cli(QStringLiteral("auditor1"), {QStringLiteral("request"), QStringLiteral("advance"), id,
                                                            QStringLiteral("cancel"), QStringLiteral("--reason"), QStringLiteral("x")})
                     .exitCode,
                 1);
    }

    void unmatchedRequesterIsMasked()
    {
        const CliRun r = m_store->cli(QStringLiteral("staff1"),
                                      {QStringLiteral("request"), QStringLiteral("add"), QStringLiteral("--type"), QStringLiteral("access"),
                                       QStringLiteral("--name"), QStringLiteral("Walkin Visitor"), QStringLiteral("--phone"),
                                       QStringLiteral("15512345678")});
        QVERIFY2(r.exitCode == 0, explain(r).constData());
        QVERIFY(r.all().contains(QStringLiteral("needs identity")));
        const CliRun list = m_store->cli(QStringLiteral("staff1"), {QStringLiteral("request"), QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(!list.all().contains(QStringLiteral("Walkin Visitor")));
        QVERIFY(!list.all().contains(QStringLiteral("15512345678")));
        QVERIFY(list.all().contains(QStringLiteral("needs-identity")));
    }

    void overdueCannotBeFilteredAway()
    {
        // Taken in long ago (the fixture's clock is in 2025): overdue by the real date now.
        {
            auto s = m_store->unlock(QStringLiteral("officer"));
            QVERIFY(s);
            auto subject = cd::SubjectService(*s.value()).search(QStringLiteral("Synthetic Person 2"));
            QVERIFY(subject && !subject->empty());
            cd::RequestIntake in;
            in.type = cd::RequestType::Correction;
            in.subjectId = subject->front().id;
            QVERIFY(cd::RequestService(*s.value()).intake(in));
        }
        const CliRun r = m_store->cli(QStringLiteral("officer"), {QStringLiteral("--json"), QStringLiteral("request"), QStringLiteral("list"),
                                                                  QStringLiteral("--type"), QStringLiteral("explanation")});
        QVERIFY2(r.exitCode == 0, explain(r).constData());
        const QJsonArray rows = r.json().value(QStringLiteral("requests")).toArray();
        QCOMPARE(rows.size(), 1);
        const QJsonObject row = rows.at(0).toObject();
        QCOMPARE(row.value(QStringLiteral("type")).toString(), QStringLiteral("correction"));
        QVERIFY(row.value(QStringLiteral("overdue")).toBool());
        QVERIFY(row.value(QStringLiteral("shownBecauseOverdue")).toBool());
        QVERIFY(row.value(QStringLiteral("daysLeft")).toInt() < 0);
        const CliRun text = m_store->cli(QStringLiteral("officer"), {QStringLiteral("request"), QStringLiteral("list"),
                                                                     QStringLiteral("--type"), QStringLiteral("explanation")});
        QVERIFY(text.all().contains(QStringLiteral("OVERDUE (always shown)")));
    }
};

QTEST_GUILESS_MAIN(TestCliRequests)
#include "tst_cli_requests.moc"
