#pragma once
// The filing with the authority once a store holds face data about many people (the 2025
// facial-recognition measures: 100,000 people, filed within 30 working days). The day the
// de-duplicated count first reaches the threshold starts the clock; the deadline is counted on
// the working calendar of Part 4, so that a Spring Festival week does not eat into it.
#include "WorkingCalendar.h"

#include <QDate>

namespace cd {

inline constexpr int kFilingWorkingDays = 30;

// Reaching the threshold is crossing it: "100,000 people" includes the 100,000th.
inline bool filingThresholdReached(qint64 holders, qint64 threshold) { return threshold > 0 && holders >= threshold; }

// The last day to file: the 30th working day after the day the threshold was crossed.
inline WorkingDate filingDeadline(const WorkingCalendar &calendar, const QDate &crossedOn)
{
    return calendar.addWorkingDays(crossedOn, kFilingWorkingDays);
}

} // namespace cd
