#include "VendorProtocol.h"

#include <QCborArray>
#include <QTimeZone>
#include <QtEndian>

namespace cdvendor::wire {

namespace {

QCborValue timeToCbor(const QDateTime &t) { return t.isValid() ? QCborValue(t.toMSecsSinceEpoch()) : QCborValue(); }
QDateTime timeFrom(const QCborValue &v)
{
    return v.isInteger() ? QDateTime::fromMSecsSinceEpoch(v.toInteger(), Qt::UTC) : QDateTime();
}

QCborMap countsToCbor(const QMap<QString, qint64> &counts)
{
    QCborMap m;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        m.insert(it.key(), it.value());
    return m;
}

std::optional<QMap<QString, qint64>> countsFromCbor(const QCborValue &v)
{
    if (!v.isMap())
        return std::nullopt;
    QMap<QString, qint64> out;
    const QCborMap map = v.toMap();  // one copy: both iterators must come from the same map
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (!it.key().isString() || !it.value().isInteger() || it.value().toInteger() < 0)
            return std::nullopt;
        out.insert(it.key().toString(), it.value().toInteger());
    }
    return out;
}

QCborValue field(const QCborMap &m, const char *key) { return m.value(QLatin1String(key)); }

} // namespace

QByteArray frame(const QCborMap &message)
{
    const QByteArray body = message.toCborValue().toCbor();
    QByteArray out(4, Qt::Uninitialized);
    qToBigEndian(quint32(body.size()), out.data());
    return out + body;
}

std::optional<QCborMap> FrameReader::next()
{
    if (m_garbage || m_buffer.size() < 4)
        return std::nullopt;
    const quint32 size = qFromBigEndian<quint32>(m_buffer.constData());
    if (size > quint32(kMaxFrameBytes)) {
        m_garbage = true;
        m_reason = QStringLiteral("frame of %1 bytes is larger than allowed").arg(size);
        return std::nullopt;
    }
    if (quint32(m_buffer.size()) < 4 + size)
        return std::nullopt;
    const QByteArray body = m_buffer.mid(4, size);
    m_buffer.remove(0, 4 + size);
    QCborParserError error;
    const QCborValue v = QCborValue::fromCbor(body, &error);
    // Nothing of a value that failed to parse is read: Qt 6.4 crashes on the remains of some
    // (found by the frame fuzzer). "v" and "id" must be CBOR integers: both ends read them with
    // toInteger(), which converts a double such as NaN with undefined behaviour (found too).
    const bool parsed = error.error == QCborError::NoError && v.isMap();
    if (!parsed || !field(v.toMap(), "v").isInteger() || field(v.toMap(), "v").toInteger() != kProtocolVersion
        || !field(v.toMap(), "id").isInteger()) {
        m_garbage = true;
        m_reason = QStringLiteral("a message is not a version-%1 CBOR map with an integer id").arg(kProtocolVersion);
        return std::nullopt;
    }
    return v.toMap();
}

QCborMap request(quint64 id, const QString &op, const QCborMap &args)
{
    return QCborMap{{QStringLiteral("v"), kProtocolVersion}, {QStringLiteral("id"), qint64(id)},
                    {QStringLiteral("op"), op}, {QStringLiteral("args"), args}};
}

QCborMap reply(quint64 id, const QCborValue &result)
{
    return QCborMap{{QStringLiteral("v"), kProtocolVersion}, {QStringLiteral("id"), qint64(id)},
                    {QStringLiteral("ok"), true}, {QStringLiteral("result"), result}};
}

QCborMap failure(quint64 id, const QString &error)
{
    return QCborMap{{QStringLiteral("v"), kProtocolVersion}, {QStringLiteral("id"), qint64(id)},
                    {QStringLiteral("ok"), false}, {QStringLiteral("error"), error}};
}

QCborMap hello(const QCborValue &metadata, const QStringList &containment)
{
    QCborMap m = reply(0, metadata);
    m.insert(QStringLiteral("op"), QStringLiteral("hello"));
    m.insert(QStringLiteral("containment"), QCborArray::fromStringList(containment));
    return m;
}

QStringList containmentFrom(const QCborMap &hello)
{
    QStringList out;
    for (const QCborValue &v : field(hello, "containment").toArray()) {
        if (v.isString() && out.size() < 32)  // names only; a host cannot flood the console's view
            out << v.toString().left(64);
    }
    return out;
}

QString modeId(DeviceMode mode)
{
    switch (mode) {
    case DeviceMode::Off: return QStringLiteral("off");
    case DeviceMode::CountOnly: return QStringLiteral("count-only");
    case DeviceMode::IdentifyConsented: return QStringLiteral("identify-consented");
    }
    return {};
}

std::optional<DeviceMode> modeFromId(const QString &id)
{
    for (DeviceMode m : {DeviceMode::Off, DeviceMode::CountOnly, DeviceMode::IdentifyConsented}) {
        if (modeId(m) == id)
            return m;
    }
    return std::nullopt;
}

QCborValue toCbor(const QList<Zone> &zones)
{
    QCborArray a;
    for (const Zone &z : zones)
        a.append(QCborMap{{QStringLiteral("id"), z.id}, {QStringLiteral("name"), z.name}});
    return a;
}

QCborValue toCbor(const QList<Device> &devices)
{
    QCborArray a;
    for (const Device &d : devices)
        a.append(QCborMap{{QStringLiteral("id"), d.id}, {QStringLiteral("name"), d.name},
                          {QStringLiteral("zone"), d.zoneId}, {QStringLiteral("mode"), modeId(d.mode)}});
    return a;
}

QCborValue toCbor(const SubjectInventory &inv)
{
    return QCborMap{{QStringLiteral("counts"), countsToCbor(inv.countsByKind)},
                    {QStringLiteral("oldest"), timeToCbor(inv.oldest)},
                    {QStringLiteral("newest"), timeToCbor(inv.newest)}};
}

QCborValue toCbor(const ErasureReceipt &r)
{
    return QCborMap{{QStringLiteral("receipt"), r.receiptId}, {QStringLiteral("at"), timeToCbor(r.at)},
                    {QStringLiteral("counts"), countsToCbor(r.countsByKind)}, {QStringLiteral("digest"), r.digest}};
}

QCborValue toCbor(const VisitorCountBatch &b)
{
    QCborArray a;
    for (const VisitorCount &c : b.counts)
        a.append(QCborMap{{QStringLiteral("zone"), c.zoneId}, {QStringLiteral("hour"), timeToCbor(c.hourStart)},
                          {QStringLiteral("visitors"), c.visitors}});
    return QCborMap{{QStringLiteral("counts"), a}, {QStringLiteral("next"), b.nextCursor}};
}

QCborValue toCbor(const QList<ZoneOccupancy> &occupancy)
{
    QCborArray a;
    for (const ZoneOccupancy &o : occupancy)
        a.append(QCborMap{{QStringLiteral("zone"), o.zoneId}, {QStringLiteral("people"), o.people}});
    return QCborMap{{QStringLiteral("zones"), a}};
}

std::optional<QList<Zone>> zonesFrom(const QCborValue &v)
{
    if (!v.isArray())
        return std::nullopt;
    QList<Zone> out;
    for (const QCborValue &e : v.toArray()) {
        const QCborMap m = e.toMap();
        if (!field(m, "id").isString())
            return std::nullopt;
        out.append(Zone{field(m, "id").toString(), field(m, "name").toString()});
    }
    return out;
}

std::optional<QList<Device>> devicesFrom(const QCborValue &v)
{
    if (!v.isArray())
        return std::nullopt;
    QList<Device> out;
    for (const QCborValue &e : v.toArray()) {
        const QCborMap m = e.toMap();
        const auto mode = modeFromId(field(m, "mode").toString());
        if (!field(m, "id").isString() || !mode)
            return std::nullopt;
        out.append(Device{field(m, "id").toString(), field(m, "name").toString(), field(m, "zone").toString(), *mode});
    }
    return out;
}

std::optional<SubjectInventory> inventoryFrom(const QCborValue &v)
{
    if (!v.isMap())
        return std::nullopt;
    const QCborMap m = v.toMap();
    auto counts = countsFromCbor(field(m, "counts"));
    if (!counts)
        return std::nullopt;
    return SubjectInventory{*counts, timeFrom(field(m, "oldest")), timeFrom(field(m, "newest"))};
}

std::optional<ErasureReceipt> receiptFrom(const QCborValue &v)
{
    if (!v.isMap())
        return std::nullopt;
    const QCborMap m = v.toMap();
    auto counts = countsFromCbor(field(m, "counts"));
    const QByteArray digest = field(m, "digest").toByteArray();
    if (!counts || !field(m, "receipt").isString() || field(m, "receipt").toString().isEmpty() || digest.size() != 32)
        return std::nullopt;
    return ErasureReceipt{field(m, "receipt").toString(), timeFrom(field(m, "at")), *counts, digest};
}

std::optional<VisitorCountBatch> countsFrom(const QCborValue &v)
{
    if (!v.isMap() || !field(v.toMap(), "counts").isArray())
        return std::nullopt;
    VisitorCountBatch b;
    b.nextCursor = field(v.toMap(), "next").toString();
    for (const QCborValue &e : field(v.toMap(), "counts").toArray()) {
        const QCborMap m = e.toMap();
        if (!field(m, "zone").isString() || !field(m, "visitors").isInteger() || !field(m, "hour").isInteger())
            return std::nullopt;
        b.counts.append(VisitorCount{field(m, "zone").toString(), timeFrom(field(m, "hour")),
                                     field(m, "visitors").toInteger()});
    }
    return b;
}

std::optional<QList<ZoneOccupancy>> occupancyFrom(const QCborValue &v)
{
    if (!v.isMap() || !field(v.toMap(), "zones").isArray())
        return std::nullopt;
    QList<ZoneOccupancy> out;
    for (const QCborValue &e : field(v.toMap(), "zones").toArray()) {
        const QCborMap m = e.toMap();
        if (!field(m, "zone").isString() || !field(m, "people").isInteger() || field(m, "people").toInteger() < 0)
            return std::nullopt;
        out.append(ZoneOccupancy{field(m, "zone").toString(), field(m, "people").toInteger()});
    }
    return out;
}

} // namespace cdvendor::wire
