#include "EvidenceTables.h"
#include "CsvWriter.h"

#include "core/domain/Records.h"
#include "core/access/Session.h"
#include "core/store/Database.h"

#include <QDateTime>
#include <QIODevice>

#include <cstdio>
#include <cstdlib>

namespace cd::evidence {

namespace {
constexpr int kTickRows = 256;
constexpr qint64 kDayMs = 24 * 3600 * 1000;
constexpr qint64 kUnixEpochJulianDay = 2440588;  // 1970-01-01
}

QString TableContext::header(const char *source) const
{
    return words.translate("cd::evidence::EvidenceTables", source);
}

QString TableContext::time(const Query &q, int column) const
{
    if (q.isNull(column))
        return {};
    // With the store's UTC offset ("+08:00"), so that the time means the same anywhere. Every
    // local-time conversion asks the C library, which checks the zone file each time (most of a
    // row's cost): the offset is looked up once per UTC day, and per row only on a day whose
    // offset changes.
    const qint64 ms = q.int64(column);
    const qint64 day = ms >= 0 ? ms / kDayMs : (ms + 1) / kDayMs - 1;
    auto it = offsetByDay.find(day);
    if (it == offsetByDay.end()) {
        const int first = QDateTime::fromMSecsSinceEpoch(day * kDayMs).offsetFromUtc();
        const int last = QDateTime::fromMSecsSinceEpoch(day * kDayMs + kDayMs - 1).offsetFromUtc();
        it = offsetByDay.emplace(day, first == last ? first : kOffsetVaries).first;
    }
    const int offset = it->second != kOffsetVaries ? it->second : QDateTime::fromMSecsSinceEpoch(ms).offsetFromUtc();
    // Formatted here: a QDateTime would ask the C library for the zone again.
    const qint64 local = ms + qint64(offset) * 1000;
    const qint64 localDay = local >= 0 ? local / kDayMs : (local + 1) / kDayMs - 1;
    const qint64 msOfDay = local - localDay * kDayMs;
    const QDate date = QDate::fromJulianDay(localDay + kUnixEpochJulianDay);
    char zone[16] = "Z";  // "+08:00"; room for any int the compiler can imagine
    if (offset != 0)
        std::snprintf(zone, sizeof zone, "%c%02d:%02d", offset < 0 ? '-' : '+', std::abs(offset) / 3600 % 100,
                      std::abs(offset) / 60 % 60);
    char text[96];
    const int n = std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d%s", date.year(), date.month(),
                                date.day(), int(msOfDay / 3'600'000), int(msOfDay / 60'000 % 60),
                                int(msOfDay / 1000 % 60), zone);
    return QString::fromLatin1(text, n);
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
