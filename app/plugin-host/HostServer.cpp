#include "HostServer.h"

#include <QCoreApplication>
#include <QTimeZone>

using namespace cdvendor;

HostServer::HostServer(QLocalSocket *socket, CameraVendor *vendor, SimulatedVendor *simulator,
                       OccupancyReporter *occupancy, QObject *parent)
    : QObject(parent), m_socket(socket), m_vendor(vendor), m_simulator(simulator), m_occupancy(occupancy)
{
    connect(m_socket, &QLocalSocket::readyRead, this, &HostServer::onReadyRead);
    connect(m_socket, &QLocalSocket::disconnected, qApp, &QCoreApplication::quit);
}

void HostServer::onReadyRead()
{
    m_reader.append(m_socket->readAll());
    while (auto message = m_reader.next()) {
        const quint64 id = quint64(message->value(QStringLiteral("id")).toInteger());
        const QString op = message->value(QStringLiteral("op")).toString();
        m_socket->write(wire::frame(handle(id, op, message->value(QStringLiteral("args")).toMap())));
        m_socket->flush();
    }
    if (m_reader.isGarbage())
        qApp->exit(4);  // the console sent something we cannot parse: stop rather than guess
}

QCborMap HostServer::handle(quint64 id, const QString &op, const QCborMap &args)
{
    auto arg = [&args](const char *key) { return args.value(QLatin1String(key)).toString(); };
    QString error;
    if (op == QLatin1String("ping"))
        return wire::reply(id, QCborValue(true));
    if (op == QLatin1String("zones"))
        return wire::reply(id, wire::toCbor(m_vendor->zones()));
    if (op == QLatin1String("devices"))
        return wire::reply(id, wire::toCbor(m_vendor->devices()));
    if (op == QLatin1String("setMode")) {
        const auto mode = wire::modeFromId(arg("mode"));
        if (!mode)
            return wire::failure(id, QStringLiteral("unknown mode"));
        return m_vendor->setDeviceMode(arg("device"), *mode, &error) ? wire::reply(id, QCborValue(true))
                                                                      : wire::failure(id, error);
    }
    if (op == QLatin1String("enroll"))
        return m_vendor->enroll(arg("subject"), arg("consent"), &error) ? wire::reply(id, QCborValue(true))
                                                                          : wire::failure(id, error);
    if (op == QLatin1String("unenroll"))
        return m_vendor->unenroll(arg("subject"), &error) ? wire::reply(id, QCborValue(true))
                                                            : wire::failure(id, error);
    if (op == QLatin1String("inventory")) {
        SubjectInventory inv;
        return m_vendor->inventory(arg("subject"), &inv, &error) ? wire::reply(id, wire::toCbor(inv))
                                                                   : wire::failure(id, error);
    }
    if (op == QLatin1String("erase")) {
        ErasureReceipt r;
        return m_vendor->eraseSubject(arg("subject"), &r, &error) ? wire::reply(id, wire::toCbor(r))
                                                                    : wire::failure(id, error);
    }
    if (op == QLatin1String("purge")) {
        ErasureReceipt r;
        const QDateTime before =
            QDateTime::fromMSecsSinceEpoch(args.value(QStringLiteral("before")).toInteger(), Qt::UTC);
        return m_vendor->purgeBefore(before, &r, &error) ? wire::reply(id, wire::toCbor(r)) : wire::failure(id, error);
    }
    if (op == QLatin1String("counts")) {
        VisitorCountBatch b;
        const int max = int(args.value(QStringLiteral("max")).toInteger(1000));
        return m_vendor->visitorCountsSince(arg("cursor"), max, &b, &error) ? wire::reply(id, wire::toCbor(b))
                                                                            : wire::failure(id, error);
    }
    if (op == QLatin1String("occupancy")) {
        if (!m_occupancy)
            return wire::failure(id, QStringLiteral("this vendor does not report occupancy"));
        QList<ZoneOccupancy> now;
        return m_occupancy->currentOccupancy(&now, &error) ? wire::reply(id, wire::toCbor(now))
                                                           : wire::failure(id, error);
    }
    if (op == QLatin1String("simulate")) {
        if (!m_simulator)
            return wire::failure(id, QStringLiteral("this vendor cannot simulate"));
        QJsonObject summary;
        const auto time = [&args](const char *k) {
            return QDateTime::fromMSecsSinceEpoch(args.value(QLatin1String(k)).toInteger(), Qt::UTC);
        };
        const QJsonObject params = args.value(QStringLiteral("params")).toJsonValue().toObject();
        return m_simulator->simulate(time("from"), time("to"), params, &summary, &error)
            ? wire::reply(id, QCborValue::fromJsonValue(summary))
            : wire::failure(id, error);
    }
    return wire::failure(id, QStringLiteral("unknown operation"));
}
