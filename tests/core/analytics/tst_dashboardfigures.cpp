// The dashboard's figures over a seeded year (tests/support/DashboardSeed.h), each compared with
// a count the test makes itself: plain SQL over the tables with bucket bounds computed here, or
// what the seed did. Open compliance items, ledger health and the permission as well.
#include "tests/support/DashboardSeed.h"

#include "core/analytics/DashboardFigures.h"
#include "core/ledgers/AuditLog.h"
#include "core/ledgers/Ledgers.h"

#include <QtTest>

using namespace cd;

class TestDashboardFigures : public QObject {
    Q_OBJECT

private slots:
    void init();
    void axisCutsThePeriod();
    void consentsEqualTheTable();
    void requestsOnTimeAndDaysLeft();
    void deletionsAndVisitors();
    void filingAndRetention();
    void ledgerHealthKeepsTheLastVerification();
    void openItemsNameTheirPage();
    void staffIsRefused();

private:
    qint64 count(const QByteArray &sql, const std::vector<qint64> &binds);
    Session &officer() { return *m_store->officer; }
    FigurePeriod year() const { return FigurePeriod::lastDays(cdtest::dashboardNow(), 365); }
    // Local month starts, computed here and not by TimeAxis: the period's start, then every first of a month.
    std::vector<qint64> monthBounds() const;

    std::unique_ptr<cdtest::TestStore> m_store;
    cdtest::DashboardSeed m_seed;
};

void TestDashboardFigures::init()
{
    m_store = std::make_unique<cdtest::TestStore>();
    const QString error = m_store->create();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_seed = {};
    const QString seeded = cdtest::seedDashboard(*m_store, m_seed);
    QVERIFY2(seeded.isEmpty(), qPrintable(seeded));
}

qint64 TestDashboardFigures::count(const QByteArray &sql, const std::vector<qint64> &binds)
{
    auto q = officer().db().query(sql.constData());
    for (std::size_t i = 0; i < binds.size(); ++i)
        q.bind(int(i) + 1, binds[i]);
    if (!q.step().ok())
        return -1;
    return q.int64(0);
}

std::vector<qint64> TestDashboardFigures::monthBounds() const
{
    const FigurePeriod p = year();
    std::vector<qint64> bounds{p.fromMs};
    QDate first = QDateTime::fromMSecsSinceEpoch(p.fromMs).date();
    first = QDate(first.year(), first.month(), 1);
    for (;;) {
        first = first.addMonths(1);
        const qint64 ms = QDateTime(first, QTime(0, 0)).toMSecsSinceEpoch();
        if (ms >= p.toMs)
            break;
        bounds.push_back(ms);
    }
    bounds.push_back(p.toMs);
    return bounds;
}

void TestDashboardFigures::axisCutsThePeriod()
{
    const QDateTime now = cdtest::dashboardNow();
    for (const auto &[days, unit] : {std::pair{7, TimeAxis::Day}, std::pair{31, TimeAxis::Day},
                                     std::pair{90, TimeAxis::Week}, std::pair{365, TimeAxis::Month}}) {
        const FigurePeriod p = FigurePeriod::lastDays(now, days);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(p.toMs).date(), now.toLocalTime().date().addDays(1));
        const TimeAxis axis = TimeAxis::over(p);
        QCOMPARE(int(axis.unit), int(unit));
        QCOMPARE(axis.bounds.front(), p.fromMs);
        QCOMPARE(axis.bounds.back(), p.toMs);
        QCOMPARE(int(axis.bounds.size()), axis.size() + 1);
        for (int i = 0; i < axis.size(); ++i) {
            QVERIFY(axis.bounds[std::size_t(i)] < axis.bounds[std::size_t(i) + 1]);
            QCOMPARE(axis.indexOf(axis.bounds[std::size_t(i)]), i);
            QCOMPARE(axis.indexOf(axis.bounds[std::size_t(i) + 1] - 1), i);
        }
        QCOMPARE(axis.indexOf(p.fromMs - 1), -1);
        QCOMPARE(axis.indexOf(p.toMs), -1);
        if (unit == TimeAxis::Day)
            QCOMPARE(axis.size(), days);
    }
    QCOMPARE(TimeAxis::over(year()).bounds, monthBounds());
    QCOMPARE(TimeAxis::over(year()).size(), 13);  // a part of November 2025, then a month each
}

void TestDashboardFigures::consentsEqualTheTable()
{
    auto figures = DashboardQueries(officer()).consents(year());
    CDT_OK(figures);
    const std::vector<qint64> bounds = monthBounds();
    QCOMPARE(figures->axis.bounds, bounds);
    QStringList codes;
    qint64 given = 0, withdrawn = 0;
    for (const PurposeConsentFigures &p : figures->purposes) {
        codes << p.code;
        for (int st = 0; st < kConsentStatusCount; ++st) {
            const QByteArray status = statusId(ConsentStatus(st)).toLatin1();
            QCOMPARE(p.now[std::size_t(st)],
                     count("SELECT count(*) FROM consents WHERE purpose_id = ?1 AND status = '" + status + "'",
                           {p.purposeId}));
            for (std::size_t b = 0; b + 1 < bounds.size(); ++b) {
                const qint64 n = count("SELECT count(*) FROM consents WHERE purpose_id = ?1 AND status = '" + status
                                           + "' AND granted_at >= ?2 AND granted_at < ?3",
                                       {p.purposeId, bounds[b], bounds[b + 1]});
                QCOMPARE(p.givenPerBucket[b][std::size_t(st)], n);
                given += n;
            }
        }
        for (std::size_t b = 0; b + 1 < bounds.size(); ++b) {
            const qint64 n = count("SELECT count(*) FROM consents WHERE purpose_id = ?1 AND withdrawn_at >= ?2 "
                                   "AND withdrawn_at < ?3",
                                   {p.purposeId, bounds[b], bounds[b + 1]});
            QCOMPARE(p.withdrawnPerBucket[b], n);
            withdrawn += n;
        }
    }
    // The inactive face purpose has no consent and is shown: it is active (its PIIA was approved).
    QCOMPARE(codes, (QStringList{QStringLiteral("face-recognition"), QStringLiteral("marketing-sms"),
                                 QStringLiteral("membership")}));
    // The seed gave 1-3 customers a month for 13 months, two consents each; the first month is
    // before the period. Withdrawals: one a month from the third month on.
    QCOMPARE(given, 2 * (1 + 2 + 3 + 1 + 2 + 3 + 1 + 2 + 3 + 1 + 2 + 3));
    QCOMPARE(withdrawn, 11);

    // Counted as index ranges, never by a walk of the table (dashboard_refresh at 1,000,000 consents).
    for (const char *sql : {"EXPLAIN QUERY PLAN SELECT count(*) FROM consents WHERE purpose_id = ?1 AND status = ?2 "
                            "AND granted_at >= ?3 AND granted_at < ?4",
                            "EXPLAIN QUERY PLAN SELECT count(*) FROM consents WHERE purpose_id = ?1 AND withdrawn_at "
                            "IS NOT NULL AND withdrawn_at >= ?2 AND withdrawn_at < ?3"}) {
        auto plan = officer().db().query(sql);
        CDT_OK(plan.step());
        const QString detail = plan.text(3);
        QVERIFY2(detail.contains(QLatin1String("COVERING INDEX consents_")) && detail.startsWith(QLatin1String("SEARCH")),
                 qPrintable(detail));
    }
}

void TestDashboardFigures::requestsOnTimeAndDaysLeft()
{
    auto figures = DashboardQueries(officer()).requests(year());
    CDT_OK(figures);
    auto of = [&](RequestType t) {
        for (const RequestTypeFigures &f : figures->byType)
            if (f.type == t)
                return f;
        return RequestTypeFigures{};
    };
    QCOMPARE(int(figures->byType.size()), RequestRules::allTypes().size());
    QCOMPARE(of(RequestType::Access).received, 2);
    QCOMPARE(of(RequestType::Access).answered, 1);  // the cancelled one was not answered
    QCOMPARE(of(RequestType::Access).answeredOnTime, 1);
    QCOMPARE(of(RequestType::Copy).answered, 1);
    QCOMPARE(of(RequestType::Copy).answeredOnTime, 0);  // completed 39 days after it came in
    QCOMPARE(of(RequestType::Deletion).answered, 1);  // refused in two days, with reasons
    QCOMPARE(of(RequestType::Deletion).answeredOnTime, 1);
    QCOMPARE(of(RequestType::Explanation).open, 1);
    QCOMPARE(of(RequestType::Correction).open, 1);
    QCOMPARE(figures->answered(), 3);
    QCOMPARE(figures->answeredOnTime(), 2);
    QCOMPARE(figures->onTimeRate(), 2.0 / 3.0);
    // Open: the explanation asked 30 days ago is overdue; the correction of 3 days ago has 12
    // working days left (15 from Tuesday 17 November: due 8 December).
    QCOMPARE(figures->daysLeft, (std::array<qint64, kDaysLeftBuckets>{1, 0, 0, 0, 1}));
    qint64 received = 0;
    for (const RequestTypeFigures &f : figures->byType)
        received += f.received;
    QCOMPARE(received, count("SELECT count(*) FROM requests WHERE received_at >= ?1 AND received_at < ?2",
                             {year().fromMs, year().toMs}));
}

void TestDashboardFigures::deletionsAndVisitors()
{
    const FigurePeriod p = year();
    auto deletions = DashboardQueries(officer()).deletions(p);
    CDT_OK(deletions);
    QCOMPARE(deletions->days.size(), 365);
    QCOMPARE(deletions->reasons, (QStringList{QStringLiteral("request"), QStringLiteral("retention"),
                                              QStringLiteral("withdrawal")}));
    QCOMPARE(deletions->total(), count("SELECT count(*) FROM deletion_log WHERE at >= ?1 AND at < ?2", {p.fromMs, p.toMs}));
    for (int r = 0; r < deletions->reasons.size(); ++r) {
        for (int d = 0; d < deletions->days.size(); ++d) {
            const QDate day = QDateTime::fromMSecsSinceEpoch(p.fromMs).date().addDays(d);
            const qint64 from = QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch();
            const qint64 to = QDateTime(day.addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
            const qint64 expected = deletions->entries[std::size_t(r)][std::size_t(d)];
            if (expected == 0)
                continue;  // the sum above covers the zeros
            auto q = officer().db().query("SELECT count(*) FROM deletion_log WHERE reason = ?1 AND at >= ?2 AND at < ?3");
            q.bind(1, deletions->reasons[r]).bind(2, from).bind(3, to);
            CDT_OK(q.step());
            QCOMPARE(expected, q.int64(0));
        }
    }
    const int withdrawalRow = int(deletions->reasons.indexOf(QStringLiteral("withdrawal")));
    const int day200 = QDateTime::fromMSecsSinceEpoch(p.fromMs).date().daysTo(cdtest::dashboardNow().addDays(-200).toLocalTime().date());
    QCOMPARE(deletions->entries[std::size_t(withdrawalRow)][std::size_t(day200)], 2);

    const TimeAxis axis = TimeAxis::over(p);
    auto visitors = DashboardQueries(officer()).visitors(p, axis);
    CDT_OK(visitors);
    QCOMPARE(int(visitors->size()), 2);
    for (const ZoneVisitorFigures &z : visitors.value()) {
        auto q = officer().db().query("SELECT coalesce(sum(visitors), 0) FROM visitor_counts WHERE zone_key = ?1 "
                                      "AND hour_start >= ?2 AND hour_start < ?3");
        q.bind(1, z.zoneKey).bind(2, p.fromMs).bind(3, p.toMs);
        CDT_OK(q.step());
        QCOMPARE(z.total, q.int64(0));
        qint64 sum = 0;
        for (qint64 v : z.perBucket)
            sum += v;
        QCOMPARE(sum, z.total);
        QCOMPARE(z.zoneName, z.zoneKey == QLatin1String("entrance") ? QStringLiteral("Entrance") : QStringLiteral("Checkout"));
    }
}

void TestDashboardFigures::filingAndRetention()
{
    // Two people enrolled at the vendor, one of them also awaiting an erasure receipt: two holders.
    Database &db = officer().db();
    CDT_OK(db.exec("INSERT INTO enrollments(subject_id, vendor_id, consent_id, enrolled_at) "
                   "SELECT subject_id, 1, min(id), min(granted_at) FROM consents GROUP BY subject_id "
                   "ORDER BY subject_id LIMIT 2"));
    CDT_OK(db.exec("INSERT INTO vendor_jobs(vendor_id, subject_id, op, reason, reason_ref, next_attempt_at, created_at) "
                   "SELECT 1, subject_id, 'erase-subject', 'withdrawal', 'seed', 0, 0 FROM enrollments LIMIT 1"));
    auto filing = DashboardQueries(officer()).filing();
    CDT_OK(filing);
    QCOMPARE(filing->faceDataHolders, 2);
    QCOMPARE(filing->threshold, CameraCounts::kDefaultFilingThreshold);

    auto retention = DashboardQueries(officer()).retention();
    CDT_OK(retention);
    const int closed = int(std::find(allRetentionKinds().begin(), allRetentionKinds().end(),
                                     RetentionKind::ClosedRequest) - allRetentionKinds().begin());
    // Closed requests are kept 30 days (the seed's setting): answered 95, 58 and 40 days ago are
    // due; the one cancelled 26 days ago falls due in 4 days.
    QCOMPARE(retention->overdue[std::size_t(closed)], 3);
    QCOMPARE(retention->thisWeek[std::size_t(closed)], 1);
    QCOMPARE(retention->weekEndMs, cdtest::dashboardNow().addDays(7).toMSecsSinceEpoch());
}

void TestDashboardFigures::ledgerHealthKeepsTheLastVerification()
{
    auto before = ledgerHealth(officer());
    CDT_OK(before);
    QCOMPARE(before->verifiedAt, 0);
    QVERIFY(!before->ok());
    auto checks = verifyLedgers(officer());
    CDT_OK(checks);
    m_store->clock.advanceSecs(60);
    CDT_OK(recordLedgerVerification(officer(), checks.value()));
    // A row written after the verification is not covered by it.
    CDT_OK(AuditLog::append(officer(), QStringLiteral("test.after"), QStringLiteral("test"), QStringLiteral("1"), {}));
    auto after = ledgerHealth(officer());
    CDT_OK(after);
    QCOMPARE(after->verifiedAt, cdtest::dashboardNow().addSecs(60).toMSecsSinceEpoch());
    QCOMPARE(after->verifiedBy, cdtest::kOfficer);
    QVERIFY(after->ok());
    QCOMPARE(int(after->ledgers.size()), 2);
    QCOMPARE(after->ledgers[0].rowsVerified, checks->at(0).result.rows);
    QCOMPARE(after->ledgers[0].rowsNow, count("SELECT max(seq) FROM audit_log", {}));
    QCOMPARE(after->ledgers[0].rowsNow, after->ledgers[0].rowsVerified + 1);
    QCOMPARE(after->ledgers[1].rowsNow, count("SELECT count(*) FROM deletion_log", {}));
}

void TestDashboardFigures::openItemsNameTheirPage()
{
    auto items = OpenItems(officer()).list();
    CDT_OK(items);
    QStringList got;
    for (const OpenItem &i : items.value()) {
        got << openItemKindId(i) + QLatin1Char(' ') + i.subject + QLatin1String(" -> ") + i.pageId;
        QVERIFY(!i.sentence.isEmpty());
        QCOMPARE(i.sentence, describeOpenItem(i));
    }
    QCOMPARE(got, (QStringList{QStringLiteral("gap:piia-review-due face-recognition -> compliance/piias"),
                               QStringLiteral("agreement-expiring simvendor -> compliance/agreements"),
                               QStringLiteral("zone-without-sign simvendor/checkout -> cameras")}));
    QVERIFY2(items->back().sentence.contains(QStringLiteral("Checkout")), qPrintable(items->back().sentence));

    // The agreement lapses: the gate names it (the face purpose needs it), and it is listed once.
    m_store->clock.set(cdtest::dashboardNow().addDays(25));
    items = OpenItems(officer()).list();
    CDT_OK(items);
    int agreementItems = 0;
    for (const OpenItem &i : items.value())
        agreementItems += i.subject == QLatin1String("simvendor") ? 1 : 0;
    QCOMPARE(agreementItems, 1);
    QCOMPARE(openItemKindId(items->at(1)), QStringLiteral("gap:agreement-expired"));

    // A sign for the checkout: its item goes.
    auto zones = CameraInventory(officer()).zones();
    CDT_OK(zones);
    for (const ZoneRecord &z : zones.value())
        if (!z.currentSign)
            CDT_OK(CameraSigns(officer()).addSign(z.id, QStringLiteral("Sign at the till"), 0, QByteArrayLiteral("photo")));
    items = OpenItems(officer()).list();
    CDT_OK(items);
    for (const OpenItem &i : items.value())
        QVERIFY(i.kind != OpenItem::ZoneWithoutSign);
}

void TestDashboardFigures::staffIsRefused()
{
    QVERIFY(m_store->addTestUsers().isEmpty());
    auto staff = m_store->unlockAs(cdtest::staffUser());
    QVERIFY(staff);
    CDT_FAILS_WITH(DashboardQueries(*staff).all(year()), ErrorCode::Forbidden);
    CDT_FAILS_WITH(OpenItems(*staff).list(), ErrorCode::Forbidden);
    QCOMPARE(count("SELECT count(*) FROM audit_log WHERE action = 'access.denied' AND detail = 'dashboard.view'", {}), 1);
    auto auditor = m_store->unlockAs(cdtest::auditorUser());
    QVERIFY(auditor);
    auto figures = DashboardQueries(*auditor).all(year());
    CDT_OK(figures);
    QCOMPARE(int(figures->openItems.size()), 3);
}

QTEST_GUILESS_MAIN(TestDashboardFigures)
#include "tst_dashboardfigures.moc"
