#pragma once
// Serves one connection from the console: decodes requests, calls the vendor plugin one call at a
// time, and writes replies. It never receives a key or personal data, only pseudonymous ids.
#include "vendor-sdk/CameraVendorPlugin.h"
#include "vendor-sdk/VendorProtocol.h"

#include <QLocalSocket>
#include <QObject>

class HostServer : public QObject {
    Q_OBJECT
public:
    // `simulator` and `occupancy` are the plugin's optional interfaces (nullptr when it lacks them).
    HostServer(QLocalSocket *socket, cdvendor::CameraVendor *vendor, cdvendor::SimulatedVendor *simulator,
               cdvendor::OccupancyReporter *occupancy, QObject *parent = nullptr);

private:
    void onReadyRead();
    QCborMap handle(quint64 id, const QString &op, const QCborMap &args);

    QLocalSocket *m_socket;
    cdvendor::CameraVendor *m_vendor;
    cdvendor::SimulatedVendor *m_simulator;
    cdvendor::OccupancyReporter *m_occupancy;
    cdvendor::wire::FrameReader m_reader;
};
