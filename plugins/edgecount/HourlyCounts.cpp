#include "HourlyCounts.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace edgecount {

QDateTime hourOf(const QDateTime &t)
{
    const qint64 ms = t.toMSecsSinceEpoch();
    return QDateTime::fromMSecsSinceEpoch(ms - ms % 3600000, Qt::UTC);
}

void HourlyCounts::add(const QString &zoneId, const QDateTime &at, qint64 people)
{
    const QDateTime hour = hourOf(at);
    std::lock_guard lock(m_mutex);
    for (cdvendor::VisitorCount &c : m_counts) {
        if (c.zoneId == zoneId && c.hourStart == hour) {
            c.visitors += people;
            return;
        }
    }
    m_counts.append({zoneId, hour, people});
}

void HourlyCounts::setOccupancy(const QString &deviceId, int people)
{
    std::lock_guard lock(m_mutex);
    m_occupancy.insert(deviceId, people);
}

QMap<QString, int> HourlyCounts::occupancy() const
{
    std::lock_guard lock(m_mutex);
    return m_occupancy;
}

cdvendor::VisitorCountBatch HourlyCounts::since(const QString &cursor, int maxCounts, const QDateTime &now) const
{
    std::lock_guard lock(m_mutex);
    cdvendor::VisitorCountBatch out;
    const QDateTime currentHour = hourOf(now);
    const int start = qBound(0, cursor.toInt(), int(m_counts.size()));
    int next = start;
    for (int i = start; i < m_counts.size() && out.counts.size() < maxCounts; ++i) {
        out.counts.append(m_counts[i]);
        if (m_counts[i].hourStart < currentHour && next == i)
            next = i + 1;
    }
    out.nextCursor = QString::number(next);
    return out;
}

qint64 HourlyCounts::total() const
{
    std::lock_guard lock(m_mutex);
    qint64 n = 0;
    for (const cdvendor::VisitorCount &c : m_counts)
        n += c.visitors;
    return n;
}

bool HourlyCounts::load(const QString &path, QMap<QString, QString> *modes)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject s = QJsonDocument::fromJson(f.readAll()).object();
    const QJsonObject m = s.value(QStringLiteral("modes")).toObject();
    for (auto it = m.begin(); it != m.end(); ++it)
        modes->insert(it.key(), it.value().toString());
    std::lock_guard lock(m_mutex);
    m_counts.clear();
    for (const QJsonValue &c : s.value(QStringLiteral("counts")).toArray())
        m_counts.append({c[QStringLiteral("zone")].toString(),
                         QDateTime::fromMSecsSinceEpoch(qint64(c[QStringLiteral("hour")].toDouble()), Qt::UTC),
                         qint64(c[QStringLiteral("visitors")].toDouble())});
    return true;
}

bool HourlyCounts::save(const QString &path, const QMap<QString, QString> &modes, QString *error) const
{
    QJsonObject m;
    for (auto it = modes.begin(); it != modes.end(); ++it)
        m.insert(it.key(), it.value());
    QJsonArray counts;
    {
        std::lock_guard lock(m_mutex);
        for (const cdvendor::VisitorCount &c : m_counts)
            counts.append(QJsonObject{{QStringLiteral("zone"), c.zoneId},
                                      {QStringLiteral("hour"), double(c.hourStart.toMSecsSinceEpoch())},
                                      {QStringLiteral("visitors"), double(c.visitors)}});
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)
        || f.write(QJsonDocument(QJsonObject{{QStringLiteral("modes"), m}, {QStringLiteral("counts"), counts}})
                       .toJson(QJsonDocument::Compact)) < 0
        || !f.commit()) {
        *error = QStringLiteral("cannot write state.json");
        return false;
    }
    return true;
}

} // namespace edgecount
