#pragma once
// The evidence package's report.pdf (Part 6): a title page, a table of contents, the summary
// figures and the dashboard's charts drawn as vectors (no raster image), then the period's
// records as tables. Rows are read page by page, so memory stays bounded however long the
// period. The CJK font is embedded so that pdftotext extracts the Chinese. Needs a
// QGuiApplication (the offscreen platform is enough).
#include "core/analytics/DashboardFigures.h"
#include "core/base/Result.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

class QIODevice;

namespace cd {
class Session;
}

namespace cd::reporting {

struct EvidenceReportOptions {
    FigurePeriod period;
    QString language = QStringLiteral("zh_CN");  // "zh_CN" or "en"; the application's language is left as it was
};

class EvidenceReport {
    Q_DECLARE_TR_FUNCTIONS(cd::reporting::EvidenceReport)
public:
    // Needs what DashboardQueries needs (ViewCompliance or ViewAudit). `progress` is called with
    // 0-100 as the report is written; returning false stops it with a "cancelled" error and
    // leaves `out` holding an incomplete file the caller discards.
    static Result<void> write(Session &session, const EvidenceReportOptions &options, QIODevice &out,
                              const std::function<bool(int percent)> &progress = {});
};

} // namespace cd::reporting
