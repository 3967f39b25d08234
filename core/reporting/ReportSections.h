#pragma once
// What the evidence report's sections share (core/reporting only): the pass's context, the
// report's words for the records' states and types, and the sections themselves. Inside the
// report a cancel or a failed read unwinds to EvidenceReport::write() by exception, which turns
// it into a Result: the sections stay plain drawing code, and nothing is thrown across write().
#include "EvidenceReport.h"
#include "PdfLayout.h"
#include "ReportText.h"

#include "core/domain/RequestRules.h"
#include "core/domain/WorkingCalendar.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

namespace cd::reporting::report {

inline constexpr const char *kCtx = "cd::reporting::EvidenceReport";
// The dashboard's own words for its charts and deletion reasons: the report says the same.
inline constexpr const char *kDash = "DashboardCharts";

struct Cancelled {};

// Everything one pass needs: the figures are read once, the tables on each pass.
struct Context {
    Session &session;
    const EvidenceReportOptions &options;
    const ReportText &say;
    const DashboardFigures &figures;
    const WorkingCalendar &calendar;
    QString storeName;
    QString madeAt;
    int pages = 0;                  // known on the second pass
    std::vector<TocEntry> toc;      // known on the second pass
    std::function<bool(int)> tick;  // false: cancel
};

QDate localDay(qint64 ms);
QString dayText(qint64 ms);   // local ISO day, empty for 0
QString timeText(qint64 ms);  // local "yyyy-MM-dd HH:mm", empty for 0
QString stateName(const ReportText &say, const QString &id);
QString typeName(const ReportText &say, RequestType t);
QString statusName(const ReportText &say, int status);
QString daysLeftName(const ReportText &say, int bucket);
QString reasonName(const ReportText &say, const QString &id);
QStringList axisLabels(const TimeAxis &axis);
qint64 sum(const std::vector<qint64> &v);
// Reports `percent` (of this pass); throws Cancelled when the caller asks to stop.
void checkpoint(Context &c, int percent);

// ReportFigures.cpp
void summary(PdfLayout &L, Context &c);
void charts(PdfLayout &L, Context &c);
void consentTables(PdfLayout &L, Context &c);
// ReportTables.cpp
void requestTable(PdfLayout &L, Context &c);
void recordTables(PdfLayout &L, Context &c);

} // namespace cd::reporting::report
