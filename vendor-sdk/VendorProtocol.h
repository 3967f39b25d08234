#pragma once
// The wire format between the console and a plugin host (docs/plugin-host-protocol.md):
// frames of a 4-byte big-endian length and a CBOR map. Shared by both ends, Qt Core only.
#include "CameraVendorPlugin.h"

#include <QByteArray>
#include <QCborMap>
#include <QCborValue>
#include <QString>
#include <QStringList>
#include <optional>

namespace cdvendor::wire {

constexpr int kProtocolVersion = 1;
constexpr qint32 kMaxFrameBytes = 16 * 1024 * 1024;

QByteArray frame(const QCborMap &message);

// Accumulates bytes from a socket and hands out whole messages. A frame that is too large or
// not a CBOR map marks the stream as garbage: the peer cannot be trusted after that.
class FrameReader {
public:
    void append(const QByteArray &bytes) { m_buffer.append(bytes); }
    std::optional<QCborMap> next();
    bool isGarbage() const { return m_garbage; }
    QString garbageReason() const { return m_reason; }

private:
    QByteArray m_buffer;
    bool m_garbage = false;
    QString m_reason;
};

QCborMap request(quint64 id, const QString &op, const QCborMap &args = {});
QCborMap reply(quint64 id, const QCborValue &result);
QCborMap failure(quint64 id, const QString &error);
// The host's first message: the plugin's metadata and the containment steps that took effect
// ("landlock-abi-7", "no-dump", "minimal-env", ...). A host from before the field sends none.
QCborMap hello(const QCborValue &metadata, const QStringList &containment);
QStringList containmentFrom(const QCborMap &hello);

QString modeId(DeviceMode mode);  // "off", "count-only", "identify-consented"
std::optional<DeviceMode> modeFromId(const QString &id);

QCborValue toCbor(const QList<Zone> &zones);
QCborValue toCbor(const QList<Device> &devices);
QCborValue toCbor(const SubjectInventory &inventory);
QCborValue toCbor(const ErasureReceipt &receipt);
QCborValue toCbor(const VisitorCountBatch &batch);
QCborValue toCbor(const QList<ZoneOccupancy> &occupancy);

// The console side checks everything it reads: a reply of the wrong shape is an error, not a crash.
std::optional<QList<Zone>> zonesFrom(const QCborValue &v);
std::optional<QList<Device>> devicesFrom(const QCborValue &v);
std::optional<SubjectInventory> inventoryFrom(const QCborValue &v);
std::optional<ErasureReceipt> receiptFrom(const QCborValue &v);
std::optional<VisitorCountBatch> countsFrom(const QCborValue &v);
std::optional<QList<ZoneOccupancy>> occupancyFrom(const QCborValue &v);

} // namespace cdvendor::wire
