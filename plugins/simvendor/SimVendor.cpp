#include "SimVendor.h"
#include "vendor-sdk/VendorProtocol.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QThread>
#include <QTimeZone>
#include <QUuid>
#include <cmath>

using namespace cdvendor;

namespace {

QList<Zone> defaultZones()
{
    return {{QStringLiteral("entrance"), QStringLiteral("Entrance")},
            {QStringLiteral("checkout"), QStringLiteral("Checkout")}};
}

QList<Device> defaultDevices()
{
    return {{QStringLiteral("cam-entrance-1"), QStringLiteral("Entrance camera 1"), QStringLiteral("entrance"), DeviceMode::Off},
            {QStringLiteral("cam-entrance-2"), QStringLiteral("Entrance camera 2"), QStringLiteral("entrance"), DeviceMode::Off},
            {QStringLiteral("cam-checkout-1"), QStringLiteral("Checkout camera"), QStringLiteral("checkout"), DeviceMode::Off}};
}

// Visitors through the day, relative to the configured rate: closed at night, busy at lunch and
// after work. Applied to the store's local hour.
double dailyProfile(const QDateTime &t)
{
    static const double profile[24] = {0, 0, 0, 0, 0, 0, 0, 0.1, 0.3, 0.6, 0.8, 1.2,
                                       1.5, 1.2, 0.9, 0.9, 1.0, 1.2, 1.5, 1.6, 1.3, 0.8, 0.3, 0.05};
    return profile[t.toLocalTime().time().hour()];
}

// Roughly Poisson: the mean plus normal noise of its square root (Box-Muller).
qint64 noisyCount(double mean)
{
    if (mean <= 0)
        return 0;
    const double u1 = qMax(1e-12, QRandomGenerator::global()->generateDouble());
    const double u2 = QRandomGenerator::global()->generateDouble();
    const double gauss = std::sqrt(-2.0 * std::log(u1)) * std::cos(2 * M_PI * u2);
    return qMax<qint64>(0, qRound64(mean + std::sqrt(mean) * gauss));
}

QDateTime hourOf(const QDateTime &t)
{
    const qint64 ms = t.toMSecsSinceEpoch();
    return QDateTime::fromMSecsSinceEpoch(ms - ms % 3600000, Qt::UTC);
}

} // namespace

bool SimVendor::initialise(const QString &dataDir, const QJsonObject &settings, QString *error)
{
    m_dataDir = dataDir;
    m_testHold = settings.value(QStringLiteral("testHoldErase")).toBool();
    m_store = std::make_unique<CaptureStore>(dataDir);
    m_zones = defaultZones();
    m_devices = defaultDevices();
    if (settings.contains(QStringLiteral("zones"))) {
        m_zones.clear();
        for (const QJsonValue &z : settings.value(QStringLiteral("zones")).toArray())
            m_zones.append({z[QStringLiteral("id")].toString(), z[QStringLiteral("name")].toString()});
        m_devices.clear();
        for (const QJsonValue &d : settings.value(QStringLiteral("devices")).toArray())
            m_devices.append({d[QStringLiteral("id")].toString(), d[QStringLiteral("name")].toString(),
                              d[QStringLiteral("zone")].toString(), DeviceMode::Off});
    }
    QFile f(dataDir + QStringLiteral("/state.json"));
    if (f.open(QIODevice::ReadOnly)) {
        const QJsonObject s = QJsonDocument::fromJson(f.readAll()).object();
        const QJsonObject modes = s.value(QStringLiteral("modes")).toObject();
        for (Device &d : m_devices)
            d.mode = wire::modeFromId(modes.value(d.id).toString()).value_or(DeviceMode::Off);
        for (const QJsonValue &c : s.value(QStringLiteral("counts")).toArray())
            m_counts.append({c[QStringLiteral("zone")].toString(),
                             QDateTime::fromMSecsSinceEpoch(qint64(c[QStringLiteral("hour")].toDouble()), Qt::UTC),
                             qint64(c[QStringLiteral("visitors")].toDouble())});
    }
    // Enrolments are a log ("+subject ref" / "-subject"), appended per change: a store with tens
    // of thousands of enrolled members must not rewrite them all on every enrolment.
    QFile log(dataDir + QStringLiteral("/enrollments.log"));
    if (log.open(QIODevice::ReadOnly)) {
        while (!log.atEnd()) {
            const QByteArray line = log.readLine().trimmed();
            const QList<QByteArray> parts = line.mid(1).split(' ');
            if (line.startsWith('+') && parts.size() == 2)
                m_enrolled.insert(QString::fromLatin1(parts[0]), QString::fromLatin1(parts[1]));
            else if (line.startsWith('-'))
                m_enrolled.remove(QString::fromLatin1(parts[0]));
        }
    }
    // Live numbers for a demo: every few seconds, one simulated minute of visitors.
    const int liveMs = settings.value(QStringLiteral("liveIntervalMs")).toInt(0);
    if (liveMs > 0) {
        m_live.setInterval(liveMs);
        QObject::connect(&m_live, &QTimer::timeout, this, [this, settings] {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            QJsonObject summary;
            QString ignored;
            simulate(now.addSecs(-60), now, settings, &summary, &ignored);
        });
        m_live.start();
    }
    return save(error);
}

bool SimVendor::save(QString *error)
{
    QJsonObject modes;
    for (const Device &d : m_devices)
        modes.insert(d.id, wire::modeId(d.mode));
    QJsonArray counts;
    for (const VisitorCount &c : m_counts)
        counts.append(QJsonObject{{QStringLiteral("zone"), c.zoneId},
                                  {QStringLiteral("hour"), double(c.hourStart.toMSecsSinceEpoch())},
                                  {QStringLiteral("visitors"), double(c.visitors)}});
    QSaveFile f(m_dataDir + QStringLiteral("/state.json"));
    if (!f.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write state");
        return false;
    }
    f.write(QJsonDocument(QJsonObject{{QStringLiteral("modes"), modes}, {QStringLiteral("counts"), counts}})
                .toJson(QJsonDocument::Compact));
    if (!f.commit()) {
        *error = QStringLiteral("cannot write state");
        return false;
    }
    return true;
}

bool SimVendor::setDeviceMode(const QString &deviceId, DeviceMode mode, QString *error)
{
    for (Device &d : m_devices) {
        if (d.id == deviceId) {
            d.mode = mode;
            return save(error);
        }
    }
    *error = QStringLiteral("no device %1").arg(deviceId);
    return false;
}

bool SimVendor::logEnrollment(const QByteArray &line, QString *error)
{
    QFile log(m_dataDir + QStringLiteral("/enrollments.log"));
    if (!log.open(QIODevice::Append, QFile::ReadOwner | QFile::WriteOwner) || log.write(line + '\n') != line.size() + 1) {
        *error = QStringLiteral("cannot write the enrolment log");
        return false;
    }
    return true;
}

bool SimVendor::enroll(const QString &subjectId, const QString &consentRef, QString *error)
{
    if (!CaptureStore::isSafeId(subjectId) || !CaptureStore::isSafeId(consentRef)) {
        *error = QStringLiteral("invalid subject id or consent reference");
        return false;
    }
    m_enrolled.insert(subjectId, consentRef);
    return m_store->writeTemplate(subjectId, error)
        && logEnrollment("+" + subjectId.toLatin1() + ' ' + consentRef.toLatin1(), error);
}

bool SimVendor::unenroll(const QString &subjectId, QString *error)
{
    if (!m_enrolled.remove(subjectId))
        return true;
    return logEnrollment("-" + subjectId.toLatin1(), error);
}

bool SimVendor::inventory(const QString &subjectId, SubjectInventory *out, QString *error)
{
    if (!CaptureStore::isSafeId(subjectId)) {
        *error = QStringLiteral("invalid subject id");
        return false;
    }
    *out = m_store->inventory(subjectId);
    return true;
}

ErasureReceipt SimVendor::receipt(const QStringList &erasedIds, const QMap<QString, qint64> &counts) const
{
    QCryptographicHash digest(QCryptographicHash::Sha256);
    for (const QString &id : erasedIds)
        digest.addData((id + QLatin1Char('\n')).toUtf8());
    return ErasureReceipt{QStringLiteral("sim-") + QUuid::createUuid().toString(QUuid::WithoutBraces),
                          QDateTime::currentDateTimeUtc(), counts, digest.result()};
}

// A slow vendor, for tests (setting "testHoldErase"): while the file hold-erase exists in the data
// directory, an erasure waits (holding-erase says it is waiting); when the file holds a number,
// it waits that many milliseconds instead. Erasing then goes on as usual.
void SimVendor::holdIfAsked()
{
    if (!m_testHold)
        return;
    const QDir dir(m_dataDir);
    const QString hold = dir.filePath(QStringLiteral("hold-erase"));
    QFile file(hold);
    if (!file.open(QIODevice::ReadOnly))
        return;
    bool timed = false;
    const int ms = file.readAll().trimmed().toInt(&timed);
    file.close();
    const QString holding = dir.filePath(QStringLiteral("holding-erase"));
    QFile marker(holding);
    (void)marker.open(QIODevice::WriteOnly);
    marker.close();
    if (timed) {
        QThread::msleep(ulong(qBound(0, ms, 600000)));
    } else {
        for (int i = 0; i < 30000 && QFile::exists(hold); ++i)  // at most ten minutes
            QThread::msleep(20);
    }
    QFile::remove(holding);
}

bool SimVendor::eraseSubject(const QString &subjectId, ErasureReceipt *out, QString *error)
{
    if (!CaptureStore::isSafeId(subjectId)) {
        *error = QStringLiteral("invalid subject id");
        return false;
    }
    holdIfAsked();
    if (!unenroll(subjectId, error))  // erasure also ends recognition
        return false;
    QMap<QString, qint64> counts;
    const QStringList erased = m_store->eraseSubject(subjectId, &counts);
    if (!forgetEnrollments(subjectId, error))
        return false;
    *out = receipt(erased, counts);
    return true;
}

bool SimVendor::forgetEnrollments(const QString &subjectId, QString *error)
{
    // The log's "+subject"/"-subject" lines name the pseudonym: after an erasure nothing on this
    // disk may. Only an erasure rewrites the log, and only when the subject is in it.
    QFile log(m_dataDir + QStringLiteral("/enrollments.log"));
    if (!log.open(QIODevice::ReadOnly))
        return true;  // never enrolled anyone
    const QByteArray subject = subjectId.toLatin1();
    QByteArray kept;
    bool found = false;
    while (!log.atEnd()) {
        const QByteArray line = log.readLine();
        if (line.mid(1).trimmed().split(' ').value(0) == subject)
            found = true;
        else
            kept += line;
    }
    log.close();
    if (!found)
        return true;
    QSaveFile rewritten(log.fileName());
    if (!rewritten.open(QIODevice::WriteOnly) || rewritten.write(kept) != kept.size() || !rewritten.commit()) {
        *error = QStringLiteral("cannot rewrite the enrolment log");
        return false;
    }
    return true;
}

bool SimVendor::purgeBefore(const QDateTime &before, ErasureReceipt *out, QString *)
{
    QMap<QString, qint64> counts;
    *out = receipt(m_store->purgeBefore(before, &counts), counts);
    return true;
}

bool SimVendor::visitorCountsSince(const QString &cursor, int maxCounts, VisitorCountBatch *out, QString *)
{
    // The cursor is an index into the list of hourly counts; the current hour is still growing,
    // so it is handed out again until the hour is over.
    const QDateTime currentHour = hourOf(QDateTime::currentDateTimeUtc());
    int start = qBound(0, cursor.toInt(), int(m_counts.size()));
    int next = start;
    for (int i = start; i < m_counts.size() && out->counts.size() < maxCounts; ++i) {
        out->counts.append(m_counts[i]);
        if (m_counts[i].hourStart < currentHour && next == i)
            next = i + 1;
    }
    out->nextCursor = QString::number(next);
    return true;
}

void SimVendor::addVisitors(const QString &zoneId, const QDateTime &at, qint64 visitors)
{
    const QDateTime hour = hourOf(at);
    for (VisitorCount &c : m_counts) {
        if (c.zoneId == zoneId && c.hourStart == hour) {
            c.visitors += visitors;
            return;
        }
    }
    m_counts.append({zoneId, hour, visitors});
}

bool SimVendor::captureVisit(const Device &device, const QDateTime &at, double enrolledShare, qint64 *kept,
                             QString *error)
{
    // Only identify-consented keeps anything, and only of an enrolled subject; an unknown face is
    // matched against the enrolled templates and dropped at once.
    if (device.mode != DeviceMode::IdentifyConsented || m_enrolled.isEmpty()
        || QRandomGenerator::global()->generateDouble() >= enrolledShare)
        return true;
    const auto keys = m_enrolled.keys();
    const QString subject = keys.at(QRandomGenerator::global()->bounded(int(keys.size())));
    if (!m_store->writeCapture(subject, at, error))
        return false;
    ++*kept;
    return true;
}

bool SimVendor::simulate(const QDateTime &from, const QDateTime &to, const QJsonObject &params, QJsonObject *summary,
                         QString *error)
{
    const double perHour = params.value(QStringLiteral("visitorsPerHour")).toDouble(60);
    const double enrolledShare = params.value(QStringLiteral("enrolledShare")).toDouble(0.3);
    const int fillPerSubject = params.value(QStringLiteral("capturesPerSubject")).toInt(0);
    // A demo wants a day's shape and noise; tests want the plain rate.
    const bool profiled = params.value(QStringLiteral("dailyProfile")).toBool(false);
    qint64 visitors = 0, kept = 0;
    // Bulk fill for benchmarks: N captures for every enrolled subject, spread over the span.
    for (auto it = m_enrolled.cbegin(); fillPerSubject > 0 && it != m_enrolled.cend(); ++it) {
        for (int i = 0; i < fillPerSubject; ++i) {
            const qint64 span = qMax<qint64>(1, from.msecsTo(to));
            if (!m_store->writeCapture(it.key(), from.addMSecs(span * i / fillPerSubject), error))
                return false;
            ++kept;
        }
    }
    for (const Device &d : std::as_const(m_devices)) {
        if (d.mode == DeviceMode::Off)
            continue;
        for (QDateTime hour = hourOf(from); hour < to; hour = hour.addSecs(3600)) {
            const QDateTime start = qMax(hour, from), end = qMin(hour.addSecs(3600), to);
            const double share = double(start.msecsTo(end)) / 3600000.0;
            const qint64 n = profiled ? noisyCount(perHour * share * dailyProfile(start))
                                      : qint64(perHour * share + QRandomGenerator::global()->generateDouble());
            if (n == 0)
                continue;
            addVisitors(d.zoneId, start, n);
            visitors += n;
            for (qint64 v = 0; v < n; ++v) {
                if (!captureVisit(d, start.addMSecs(start.msecsTo(end) * v / n), enrolledShare, &kept, error))
                    return false;
            }
        }
    }
    *summary = QJsonObject{{QStringLiteral("visitors"), double(visitors)}, {QStringLiteral("captures"), double(kept)},
                           {QStringLiteral("files"), double(m_store->totalFiles())}};
    return save(error);
}
