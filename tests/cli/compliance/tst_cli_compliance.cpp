// consentdesk-cli piia add|approve|list and agreement set|list: an officer records and approves an
// impact assessment with an attachment, records a vendor agreement (an incomplete one is recorded
// and what it lacks is said at once), other roles are refused, bad input is a usage error (exit
// 2), and adding a sensitive purpose is refused naming the missing assessment until it is approved.
#include "tests/support/CliFixture.h"

#include <QCryptographicHash>
#include <QJsonArray>

using namespace clitest;

class TestCliCompliance : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TestStore> m_store;

    CliRun officer(const QStringList &args) { return m_store->cli(QStringLiteral("officer"), args); }

    QStringList piiaArgs(const QString &purpose) const
    {
        return {QStringLiteral("--json"), QStringLiteral("piia"), QStringLiteral("add"), QStringLiteral("--purpose"), purpose,
                QStringLiteral("--title"), QStringLiteral("Assessment of ") + purpose,
                QStringLiteral("--legality"), QStringLiteral("Separate consent; necessary for members only."),
                QStringLiteral("--impact"), QStringLiteral("Face templates; leak risk."),
                QStringLiteral("--measures"), QStringLiteral("On the camera; erasure receipts."),
                QStringLiteral("--review-on"), QDate::currentDate().addYears(1).toString(Qt::ISODate)};
    }

    QJsonObject piiaById(qint64 id)
    {
        CliRun run = officer({QStringLiteral("--json"), QStringLiteral("piia"), QStringLiteral("list")});
        for (const QJsonValue &v : run.json().value(QStringLiteral("piias")).toArray())
            if (v[QStringLiteral("id")].toInteger() == id)
                return v.toObject();
        return {};
    }

private slots:
    void initTestCase()
    {
        m_store = std::make_unique<TestStore>(m_dir.path());
        QVERIFY(m_store->create(0));
    }

    void sensitivePurposeWaitsForItsAssessment()
    {
        const QString zh = m_dir.filePath(QStringLiteral("zh.txt"));
        const QString en = m_dir.filePath(QStringLiteral("en.txt"));
        QVERIFY(writeFile(zh, "人脸告知。\n") && writeFile(en, "Face notice.\n"));
        const QString items = m_dir.filePath(QStringLiteral("items.json"));
        QVERIFY(writeFile(items, R"({"handler": "Test store", "contact": "counter", "purposes": "VIP greeting",
            "methods": "camera", "categories": "face", "retention": "90 days", "rights": "at the counter",
            "necessity": "to greet VIPs who asked for it", "impact": "a template could leak"})"));
        const QStringList add{QStringLiteral("purpose"), QStringLiteral("add"), QStringLiteral("--code"),
                              QStringLiteral("face-vip"), QStringLiteral("--name-zh"), QStringLiteral("贵宾识别"),
                              QStringLiteral("--name-en"), QStringLiteral("VIP recognition"), QStringLiteral("--basis"),
                              QStringLiteral("separate consent"), QStringLiteral("--categories"), QStringLiteral("face"),
                              QStringLiteral("--retention-days"), QStringLiteral("90"), QStringLiteral("--sensitive"),
                              QStringLiteral("--separate-consent"), QStringLiteral("--notice-zh-file"), zh,
                              QStringLiteral("--notice-en-file"), en, QStringLiteral("--notice-items-file"), items};
        CliRun refused = officer(add);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.all().contains(QStringLiteral("There is no impact assessment (PIIA) for purpose face-vip")),
                 qPrintable(refused.all()));

        CliRun piia = officer(piiaArgs(QStringLiteral("face-vip")));
        QVERIFY2(piia.exitCode == 0, qPrintable(piia.all()));
        const qint64 id = piia.json().value(QStringLiteral("id")).toInteger();
        QVERIFY(id > 0);
        QVERIFY(!piia.json().value(QStringLiteral("valid")).toBool());
        refused = officer(add);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.all().contains(QStringLiteral("for purpose face-vip is not approved")), qPrintable(refused.all()));

        CliRun approved = officer({QStringLiteral("piia"), QStringLiteral("approve"), QString::number(id)});
        QVERIFY2(approved.exitCode == 0, qPrintable(approved.all()));
        QVERIFY2(approved.all().contains(QStringLiteral("Approved version 1")), qPrintable(approved.all()));
        const QJsonObject listed = piiaById(id);
        QVERIFY(listed.value(QStringLiteral("valid")).toBool());
        QCOMPARE(listed.value(QStringLiteral("approvedBy")).toString(), QStringLiteral("officer"));
        CliRun added = officer(add);
        QVERIFY2(added.exitCode == 0, qPrintable(added.all()));
        // Approving twice is refused.
        QCOMPARE(officer({QStringLiteral("piia"), QStringLiteral("approve"), QString::number(id)}).exitCode, 1);
    }

    void attachmentIsKeptAndListed()
    {
        const QString report = m_dir.filePath(QStringLiteral("report.txt"));
        const QByteArray bytes = "Synthetic assessment report\n";
        QVERIFY(writeFile(report, bytes));
        QStringList args{QStringLiteral("--json"), QStringLiteral("piia"), QStringLiteral("add"), QStringLiteral("--zone"),
                         QStringLiteral("simvendor/aisle"), QStringLiteral("--title"), QStringLiteral("Aisle"),
                         QStringLiteral("--legality"), QStringLiteral("x"), QStringLiteral("--impact"), QStringLiteral("x"),
                         QStringLiteral("--measures"), QStringLiteral("x"), QStringLiteral("--review-on"),
                         QDate::currentDate().addDays(30).toString(Qt::ISODate), QStringLiteral("--attach"), report};
        CliRun run = officer(args);
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
        const QJsonArray files = run.json().value(QStringLiteral("attachments")).toArray();
        QCOMPARE(files.size(), 1);
        QCOMPARE(files.at(0)[QStringLiteral("name")].toString(), QStringLiteral("report.txt"));
        QCOMPARE(files.at(0)[QStringLiteral("sha256")].toString(),
                 QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(run.json().value(QStringLiteral("scope")).toString(), QStringLiteral("zone"));
        QCOMPARE(run.json().value(QStringLiteral("keepUntil")).toString(),
                 QDate::currentDate().addDays(30).addYears(3).toString(Qt::ISODate));
    }

    void agreementIsRecordedWithItsGaps()
    {
        const QStringList base{QStringLiteral("agreement"), QStringLiteral("set"), QStringLiteral("--vendor"),
                               QStringLiteral("acme"), QStringLiteral("--reference"), QStringLiteral("C-7"),
                               QStringLiteral("--purpose"), QStringLiteral("Members"), QStringLiteral("--method"),
                               QStringLiteral("Templates"), QStringLiteral("--categories"), QStringLiteral("face"),
                               QStringLiteral("--protection"), QStringLiteral("Encryption"), QStringLiteral("--end-of-term"),
                               QStringLiteral("return"), QStringLiteral("--location"), QStringLiteral("cloud"),
                               QStringLiteral("--from"), QDate::currentDate().addDays(-1).toString(Qt::ISODate),
                               QStringLiteral("--until"), QDate::currentDate().addYears(1).toString(Qt::ISODate)};
        CliRun run = officer(base);
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
        QVERIFY2(run.all().contains(QStringLiteral("Recorded version 1 of the agreement with vendor acme")), qPrintable(run.all()));
        QVERIFY2(run.all().contains(QStringLiteral("does not state: sub-processors")), qPrintable(run.all()));

        run = officer(QStringList(base) << QStringLiteral("--sub-processors") << QStringLiteral("none"));
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
        QVERIFY2(!run.all().contains(QStringLiteral("does not state")), qPrintable(run.all()));

        CliRun list = officer({QStringLiteral("--json"), QStringLiteral("agreement"), QStringLiteral("list"), QStringLiteral("--all")});
        QVERIFY2(list.exitCode == 0, qPrintable(list.all()));
        QJsonArray rows;
        for (const QJsonValue &v : list.json().value(QStringLiteral("agreements")).toArray())
            if (v[QStringLiteral("vendor")].toString() == QLatin1String("acme"))
                rows.append(v);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0)[QStringLiteral("version")].toInt(), 2);  // newest first
        QVERIFY(rows.at(0)[QStringLiteral("inForce")].toBool());
        QCOMPARE(rows.at(0)[QStringLiteral("location")].toString(), QStringLiteral("cloud"));
        QCOMPARE(rows.at(1)[QStringLiteral("missing")].toArray().first().toString(), QStringLiteral("sub-processors"));
        QVERIFY(!rows.at(1)[QStringLiteral("inForce")].toBool());
    }

    void wrongInputIsAUsageError()
    {
        QStringList both = piiaArgs(QStringLiteral("x"));
        both << QStringLiteral("--zone") << QStringLiteral("simvendor/entrance");
        QCOMPARE(officer(both).exitCode, 2);
        QStringList badDate = piiaArgs(QStringLiteral("x"));
        badDate.last() = QStringLiteral("next spring");
        CliRun run = officer(badDate);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.all().contains(QStringLiteral("--review-on must be a date")), qPrintable(run.all()));
        QCOMPARE(officer({QStringLiteral("agreement"), QStringLiteral("set"), QStringLiteral("--vendor"), QStringLiteral("acme"),
                          QStringLiteral("--location"), QStringLiteral("moon")}).exitCode, 2);
        QCOMPARE(officer({QStringLiteral("piia"), QStringLiteral("approve"), QStringLiteral("abc")}).exitCode, 2);
        // A review date in the past is the domain's refusal, not a usage error.
        QStringList past = piiaArgs(QStringLiteral("x"));
        past.last() = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
        run = officer(past);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.all().contains(QStringLiteral("review date")), qPrintable(run.all()));
    }

    void otherRolesAreRefused()
    {
        for (const QString &user : {QStringLiteral("staff1"), QStringLiteral("auditor1")}) {
            CliRun run = m_store->cli(user, piiaArgs(QStringLiteral("face-other")));
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.all().contains(QStringLiteral("does not allow")), qPrintable(run.all()));
        }
        // The auditor reads; staff does not.
        QCOMPARE(m_store->cli(QStringLiteral("auditor1"), {QStringLiteral("piia"), QStringLiteral("list")}).exitCode, 0);
        QCOMPARE(m_store->cli(QStringLiteral("staff1"), {QStringLiteral("agreement"), QStringLiteral("list")}).exitCode, 1);
    }

    // The filing with the authority and the incident register (Part 5 items 4 and 6).
    void filingAndIncidents()
    {
        CliRun show = officer({QStringLiteral("filing"), QStringLiteral("show")});
        QVERIFY2(show.exitCode == 0 && show.all().contains(QStringLiteral("has not been reached")), qPrintable(show.all()));
        CliRun early = officer({QStringLiteral("filing"), QStringLiteral("record"), QStringLiteral("--filed-on"),
                                QDate::currentDate().toString(Qt::ISODate), QStringLiteral("--authority"),
                                QStringLiteral("Test office"), QStringLiteral("--reference"), QStringLiteral("T-1")});
        QCOMPARE(early.exitCode, 1);
        QVERIFY2(early.all().contains(QStringLiteral("No crossing")), qPrintable(early.all()));

        CliRun added = officer({QStringLiteral("--json"), QStringLiteral("incident"), QStringLiteral("add"),
                                QStringLiteral("--title"), QStringLiteral("Test leak"), QStringLiteral("--description"),
                                QStringLiteral("Synthetic."), QStringLiteral("--categories"), QStringLiteral("phone"),
                                QStringLiteral("--people"), QStringLiteral("3"), QStringLiteral("--measures"),
                                QStringLiteral("Passwords changed.")});
        QVERIFY2(added.exitCode == 0, qPrintable(added.all()));
        const QString id = QString::number(added.json().value(QStringLiteral("id")).toInteger());
        CliRun refused = officer({QStringLiteral("incident"), QStringLiteral("close"), id});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.all().contains(QStringLiteral("authority")), qPrintable(refused.all()));
        QCOMPARE(officer({QStringLiteral("incident"), QStringLiteral("notify-authority"), id, QStringLiteral("--authority"),
                          QStringLiteral("Test office")}).exitCode, 0);
        QCOMPARE(officer({QStringLiteral("incident"), QStringLiteral("not-notifying"), id, QStringLiteral("--reason"),
                          QStringLiteral("The leaked numbers were already disconnected.")}).exitCode, 0);
        CliRun closed = officer({QStringLiteral("incident"), QStringLiteral("close"), id});
        QVERIFY2(closed.exitCode == 0, qPrintable(closed.all()));
        CliRun open = officer({QStringLiteral("--json"), QStringLiteral("incident"), QStringLiteral("list"), QStringLiteral("--open")});
        QCOMPARE(open.json().value(QStringLiteral("incidents")).toArray().size(), 0);
        CliRun staff = m_store->cli(QStringLiteral("staff1"), {QStringLiteral("incident"), QStringLiteral("list")});
        QCOMPARE(staff.exitCode, 1);
    }
};

QTEST_MAIN(TestCliCompliance)
#include "tst_cli_compliance.moc"
