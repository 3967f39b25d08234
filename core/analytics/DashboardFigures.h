#pragma once
// The store's standing in figures, for a period: the dashboard's charts and, later, the evidence
// report's (Part 6). Plain structs from aggregate queries; no rule is
// written here (deadlines: RequestRules and the working calendar; what is due: RetentionService;
// open items: OpenItems). docs/dashboard.md says what each figure means and where it comes from.
#include "core/base/Result.h"
#include "core/compliance/OpenItems.h"
#include "core/domain/Records.h"
#include "core/domain/RequestRules.h"
#include "core/domain/WorkingCalendar.h"
#include "core/ledgers/Ledgers.h"
#include "core/retention/RetentionRules.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <array>
#include <vector>

namespace cd {

class Session;

// [fromMs, toMs), UTC milliseconds.
struct FigurePeriod {
    qint64 fromMs = 0;
    qint64 toMs = 0;
    // The `days` local days up to and including the day of `now` (the dashboard: 365).
    static FigurePeriod lastDays(const QDateTime &now, int days);
};

// The period cut into local days, Monday weeks or calendar months: up to 31 days by day, up to
// 26 weeks by week, longer by month. The first and last buckets are clipped to the period.
struct TimeAxis {
    enum Unit { Day, Week, Month };
    Unit unit = Month;
    std::vector<qint64> bounds;  // bucket i is [bounds[i], bounds[i + 1]); size() - 1 buckets
    std::vector<QDate> firsts;   // the local day each bucket starts on
    int size() const { return int(firsts.size()); }
    int indexOf(qint64 ms) const;  // -1 outside the period
    static TimeAxis over(const FigurePeriod &period);
    static TimeAxis days(const FigurePeriod &period);
};

inline constexpr int kConsentStatusCount = 4;  // ConsentStatus, in its order
using StatusCounts = std::array<qint64, kConsentStatusCount>;

struct PurposeConsentFigures {
    qint64 purposeId = 0;
    QString code, nameZh, nameEn;
    std::vector<StatusCounts> givenPerBucket;  // consents given in each bucket, by their status now
    std::vector<qint64> withdrawnPerBucket;    // withdrawals recorded in each bucket
    StatusCounts now{};                        // every consent of the purpose, by its status now
    QString displayName(bool chinese) const { return chinese ? nameZh : nameEn; }
};

struct ConsentFigures {
    TimeAxis axis;
    std::vector<PurposeConsentFigures> purposes;  // by code; every purpose with a consent, and every active one
};

// Open requests by working days left: overdue, 0-2, 3-5, 6-10, 11 or more.
inline constexpr int kDaysLeftBuckets = 5;
int daysLeftBucket(const Deadline &deadline);
QString daysLeftBucketName(int bucket);  // translated

struct RequestTypeFigures {
    RequestType type = RequestType::Access;
    qint64 received = 0;      // received in the period
    qint64 answered = 0;      // completed or refused in the period
    qint64 answeredOnTime = 0;  // ... on or before the deadline (pauses and extension counted)
    qint64 open = 0;          // open now
};

struct RequestFigures {
    std::vector<RequestTypeFigures> byType;  // RequestRules::allTypes() order
    std::array<qint64, kDaysLeftBuckets> daysLeft{};  // open requests now
    qint64 answered() const;
    qint64 answeredOnTime() const;
    double onTimeRate() const;  // answered on time / answered; 1 when nothing was answered
};

struct DeletionFigures {
    TimeAxis days;                 // always by local day
    QStringList reasons;           // the deletion log's reasons seen in the period, sorted
    std::vector<std::vector<qint64>> entries;  // [reason][day]: deletion-log entries
    qint64 total() const;
};

struct ZoneVisitorFigures {
    QString vendorCode, zoneKey, zoneName;  // the name the vendor gave (the key when unknown)
    std::vector<qint64> perBucket;          // anonymous visitor counts summed per bucket
    qint64 total = 0;
};

struct FilingFigures {
    qint64 faceDataHolders = 0;  // people whose face data some vendor holds, de-duplicated
    qint64 threshold = 0;
};

struct RetentionFigures {
    qint64 weekEndMs = 0;      // now + 7 days
    std::vector<qint64> overdue;   // per kind (allRetentionKinds() order): due already
    std::vector<qint64> thisWeek;  // ... falling due within the next 7 days
};

struct DashboardFigures {
    FigurePeriod period;
    qint64 computedAt = 0;
    ConsentFigures consents;
    RequestFigures requests;
    DeletionFigures deletions;
    TimeAxis visitorAxis;
    std::vector<ZoneVisitorFigures> visitors;
    FilingFigures filing;
    RetentionFigures retention;
    LedgerHealth ledgers;
    std::vector<OpenItem> openItems;
};

class DashboardQueries {
    Q_DECLARE_TR_FUNCTIONS(cd::DashboardQueries)
public:
    // The calendar comes from the compiled-in years plus <database directory>/calendar/, as for requests.
    explicit DashboardQueries(Session &session);
    DashboardQueries(Session &session, WorkingCalendar calendar);

    // Every figure. Needs ViewCompliance or ViewAudit (officer,
    // auditor); a refusal is audited.
    Result<DashboardFigures> all(const FigurePeriod &period);

    // One figure each (the same permission).
    Result<ConsentFigures> consents(const FigurePeriod &period);
    Result<RequestFigures> requests(const FigurePeriod &period);
    Result<DeletionFigures> deletions(const FigurePeriod &period);
    Result<std::vector<ZoneVisitorFigures>> visitors(const FigurePeriod &period, const TimeAxis &axis);
    Result<FilingFigures> filing();
    Result<RetentionFigures> retention();

private:
    Result<void> allowed();
    Session &m_session;
    WorkingCalendar m_calendar;
};

} // namespace cd
