#include "EvidenceTables.h"
#include "CsvWriter.h"

#include "core/domain/Records.h"
#include "core/access/Session.h"
#include "core/store/Database.h"

#include <QDateTime>
#include <QIODevice>

namespace cd::evidence {

namespace {
constexpr int kTickRows = 256;
}

QString TableContext::header(const char *source) const
{
    return words.translate("cd::evidence::EvidenceTables", source);
}

QString TableContext::time(const Query &q, int column) const
{
    if (q.isNull(column))
        return {};
    // With the store's UTC offset ("+08:00"), so that the time means the same anywhere.
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(q.int64(column));
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

QString TableContext::name(const QString &fullName) const { return fullRecords ? fullName : maskName(fullName); }

QString TableContext::phone(const QString &fullPhone) const { return fullRecords ? fullPhone : maskPhone(fullPhone); }

Result<qint64> writeCsv(TableContext &ctx, const CsvTable &table)
{
    auto device = ctx.sink.begin(table.file);
    if (!device)
        return device.error();
    CsvWriter csv(*device.value());
    QStringList header;
    for (const char *c : table.columns)
        header << ctx.header(c);
    CD_TRY(csv.row(header));
    auto q = ctx.session.db().query(table.sql);
    if (table.bind)
        table.bind(q);
    CD_TRY(q.forEach([&](const Query &row) -> Result<void> {
        CD_TRY(csv.row(table.row(row)));
        if (csv.rows() % kTickRows == 0 && ctx.tick)
            CD_TRY(ctx.tick());
        return {};
    }));
    CD_TRY(csv.flush());
    CD_TRY(ctx.sink.end());
    return csv.rows() - 1;
}

} // namespace cd::evidence
