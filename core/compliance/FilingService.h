#pragma once
// The face-data filing (core/domain/Filing.h): the console records the day the de-duplicated
// count of people whose face data a vendor holds first reaches the threshold, with the deadline,
// and keeps it open until an officer records the filing. Enrolment and a change of threshold
// call note(); nothing else needs to remember to.
#include "ComplianceRecords.h"
#include "core/base/Result.h"
#include "core/domain/WorkingCalendar.h"

#include <QCoreApplication>
#include <optional>

namespace cd {

class Session;

class FilingService {
    Q_DECLARE_TR_FUNCTIONS(cd::FilingService)
public:
    explicit FilingService(Session &session);
    FilingService(Session &session, WorkingCalendar calendar);

    // Records the crossing when the count has reached the threshold and no crossing is recorded
    // yet. Any signed-in role: it runs inside whatever changed the count. Returns the record
    // that is open (new or older), if any.
    Result<std::optional<FilingRecord>> note();
    // After the threshold changed: an open crossing the count no longer reaches is withdrawn
    // (audited); then note(). Called by CameraCounts::setFilingThreshold.
    Result<void> thresholdChanged();
    // The latest record (filed, open or withdrawn), if any.
    Result<std::optional<FilingRecord>> current();
    // The officer records the filing made for the open crossing.
    Result<FilingRecord> recordFiling(const FilingInput &input);
    Result<Attachment> document(qint64 filingId);
    // Working days from today to the deadline (negative once passed), and whether estimated.
    WorkingCount workingDaysLeft(const FilingRecord &record) const;
    // The sentence every screen shows for a crossing not yet filed (the banner, the dashboard).
    QString openFilingText(const FilingRecord &record) const;

private:
    const WorkingCalendar &calendar() const;
    Session &m_session;
    // Read from disk only when a deadline is counted: note() runs at every enrolment.
    mutable std::optional<WorkingCalendar> m_calendar;
};

} // namespace cd
