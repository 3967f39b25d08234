#pragma once
// People counted per zone and clock hour, and the people in view per device now: the only things
// the plugin knows about anyone, and they name no one. The counting threads add, the host's thread
// reads and saves; state.json in the data directory holds the device modes and these counts.
#include "vendor-sdk/CameraVendorPlugin.h"

#include <QDateTime>
#include <QMap>
#include <QString>
#include <mutex>

namespace edgecount {

class HourlyCounts {
public:
    void add(const QString &zoneId, const QDateTime &at, qint64 people);
    void setOccupancy(const QString &deviceId, int people);
    QMap<QString, int> occupancy() const;
    // As the simulated vendor answers: the cursor is an index into the hourly counts in order of
    // first sight; the hour still running is handed out again until it is over.
    cdvendor::VisitorCountBatch since(const QString &cursor, int maxCounts, const QDateTime &now) const;
    qint64 total() const;

    // state.json: {"modes": {...}, "counts": [{"zone", "hour", "visitors"}]}; written whole with
    // QSaveFile, so a crash leaves the previous file.
    bool load(const QString &path, QMap<QString, QString> *modes);
    bool save(const QString &path, const QMap<QString, QString> &modes, QString *error) const;

private:
    mutable std::mutex m_mutex;
    QList<cdvendor::VisitorCount> m_counts;
    QMap<QString, int> m_occupancy;
};

QDateTime hourOf(const QDateTime &t);

} // namespace edgecount
