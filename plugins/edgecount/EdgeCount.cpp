#include "EdgeCount.h"
#include "vendor-sdk/VendorProtocol.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QUuid>

using namespace cdvendor;
using namespace edgecount;

EdgeCount::~EdgeCount()
{
    m_runners.clear();  // joins the counting threads before the counts go
    QString ignored;
    if (!m_dataDir.isEmpty())
        save(&ignored);
}

bool EdgeCount::initialise(const QString &dataDir, const QJsonObject &settings, QString *error)
{
    m_dataDir = dataDir;
    auto parsed = parseSettings(settings, error);
    if (!parsed)
        return false;
    m_settings = *parsed;
    QMap<QString, QString> savedModes;
    m_counts.load(dataDir + QStringLiteral("/state.json"), &savedModes);
    for (const DeviceSettings &d : std::as_const(m_settings.devices)) {
        // Only off and count-only exist here; anything else on disk is read as off.
        const auto mode = wire::modeFromId(savedModes.value(d.id));
        m_modes.insert(d.id, mode == DeviceMode::CountOnly ? DeviceMode::CountOnly : DeviceMode::Off);
        startOrStop(d);
    }
    m_saveTimer.setInterval(m_settings.saveIntervalMs);
    QObject::connect(&m_saveTimer, &QTimer::timeout, this, [this] {
        QString ignored;
        save(&ignored);
    });
    m_saveTimer.start();
    // The counting threads end before the host's static objects do (OpenCV's among them).
    if (QCoreApplication::instance())
        QObject::connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, this, [this] { m_runners.clear(); });
    return save(error);
}

bool EdgeCount::save(QString *error)
{
    QMap<QString, QString> modes;
    for (auto it = m_modes.cbegin(); it != m_modes.cend(); ++it)
        modes.insert(it.key(), wire::modeId(it.value()));
    return m_counts.save(m_dataDir + QStringLiteral("/state.json"), modes, error);
}

void EdgeCount::startOrStop(const DeviceSettings &device)
{
    const bool counting = m_modes.value(device.id) == DeviceMode::CountOnly;
    auto it = m_runners.find(device.id);
    if (counting && it == m_runners.end())
        m_runners.emplace(device.id, std::make_unique<SourceRunner>(device, m_counts));
    else if (!counting && it != m_runners.end())
        m_runners.erase(it);
}

QList<Zone> EdgeCount::zones()
{
    QList<Zone> out;
    for (const auto &[id, name] : std::as_const(m_settings.zones))
        out.append({id, name});
    return out;
}

QList<Device> EdgeCount::devices()
{
    QList<Device> out;
    for (const DeviceSettings &d : std::as_const(m_settings.devices))
        out.append({d.id, d.name, d.zoneId, m_modes.value(d.id, DeviceMode::Off)});
    return out;
}

bool EdgeCount::setDeviceMode(const QString &deviceId, DeviceMode mode, QString *error)
{
    if (mode == DeviceMode::IdentifyConsented) {
        *error = QStringLiteral("this vendor counts people and cannot identify anyone: only off and count-only");
        return false;
    }
    for (const DeviceSettings &d : std::as_const(m_settings.devices)) {
        if (d.id == deviceId) {
            m_modes.insert(d.id, mode);
            startOrStop(d);
            return save(error);
        }
    }
    *error = QStringLiteral("no device %1").arg(deviceId);
    return false;
}

bool EdgeCount::enroll(const QString &, const QString &, QString *error)
{
    *error = QStringLiteral("this vendor cannot identify anyone, so it enrols no one");
    return false;
}

bool EdgeCount::unenroll(const QString &, QString *)
{
    return true;  // never enrolled
}

bool EdgeCount::inventory(const QString &, SubjectInventory *out, QString *)
{
    *out = SubjectInventory{};  // nothing about any person: only counts per zone and hour
    return true;
}

ErasureReceipt EdgeCount::emptyReceipt() const
{
    // Nothing was erased because nothing is held: the digest of empty input, as the SDK defines it.
    return ErasureReceipt{QStringLiteral("edge-") + QUuid::createUuid().toString(QUuid::WithoutBraces),
                          QDateTime::currentDateTimeUtc(), {},
                          QCryptographicHash::hash(QByteArray(), QCryptographicHash::Sha256)};
}

bool EdgeCount::eraseSubject(const QString &, ErasureReceipt *out, QString *)
{
    *out = emptyReceipt();
    return true;
}

bool EdgeCount::purgeBefore(const QDateTime &, ErasureReceipt *out, QString *)
{
    *out = emptyReceipt();  // counts name no one; they are not personal data to purge
    return true;
}

bool EdgeCount::visitorCountsSince(const QString &cursor, int maxCounts, VisitorCountBatch *out, QString *error)
{
    // Saved before it is handed out: a count the console has seen is never lost to a crash.
    if (!save(error))
        return false;
    *out = m_counts.since(cursor, maxCounts, QDateTime::currentDateTimeUtc());
    return true;
}

bool EdgeCount::currentOccupancy(QList<ZoneOccupancy> *out, QString *)
{
    // Only zones with a camera counting now: a camera that is off or cannot read its source
    // knows nothing about who is there, which is not the same as nobody.
    const QMap<QString, int> byDevice = m_counts.occupancy();
    QMap<QString, qint64> byZone;
    for (const DeviceSettings &d : std::as_const(m_settings.devices)) {
        const auto runner = m_runners.find(d.id);
        if (runner != m_runners.end() && runner->second->lastError().isEmpty())
            byZone[d.zoneId] += byDevice.value(d.id);
    }
    out->clear();
    for (auto it = byZone.cbegin(); it != byZone.cend(); ++it)
        out->append(ZoneOccupancy{it.key(), it.value()});
    return true;
}
