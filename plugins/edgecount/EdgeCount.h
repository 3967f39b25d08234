#pragma once
// On-device people counting (docs/edgecount.md): each device is a video source counted on this
// machine by OpenCV's HOG people detector; only hourly counts per zone leave the plugin, and only
// they and the device modes are stored. It cannot identify anyone: its metadata does not offer
// identify-consented, setDeviceMode refuses it, and inventory and erasure truthfully report that
// nothing about any person is held.
#include "EdgeSettings.h"
#include "HourlyCounts.h"
#include "SourceRunner.h"
#include "vendor-sdk/CameraVendorPlugin.h"

#include <QObject>
#include <QTimer>
#include <map>
#include <memory>

class EdgeCount : public QObject, public cdvendor::CameraVendor, public cdvendor::OccupancyReporter {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID ConsentDeskCameraVendor_iid FILE "edgecount.json")
    Q_INTERFACES(cdvendor::CameraVendor cdvendor::OccupancyReporter)
public:
    ~EdgeCount() override;
    bool initialise(const QString &dataDir, const QJsonObject &settings, QString *error) override;
    QList<cdvendor::Zone> zones() override;
    QList<cdvendor::Device> devices() override;
    bool setDeviceMode(const QString &deviceId, cdvendor::DeviceMode mode, QString *error) override;
    bool enroll(const QString &subjectId, const QString &consentRef, QString *error) override;
    bool unenroll(const QString &subjectId, QString *error) override;
    bool inventory(const QString &subjectId, cdvendor::SubjectInventory *out, QString *error) override;
    bool eraseSubject(const QString &subjectId, cdvendor::ErasureReceipt *out, QString *error) override;
    bool purgeBefore(const QDateTime &before, cdvendor::ErasureReceipt *out, QString *error) override;
    bool visitorCountsSince(const QString &cursor, int maxCounts, cdvendor::VisitorCountBatch *out,
                            QString *error) override;
    bool currentOccupancy(QList<cdvendor::ZoneOccupancy> *out, QString *error) override;

private:
    bool save(QString *error);
    void startOrStop(const edgecount::DeviceSettings &device);
    cdvendor::ErasureReceipt emptyReceipt() const;

    QString m_dataDir;
    edgecount::EdgeSettings m_settings;
    edgecount::HourlyCounts m_counts;
    QMap<QString, cdvendor::DeviceMode> m_modes;
    std::map<QString, std::unique_ptr<edgecount::SourceRunner>> m_runners;
    QTimer m_saveTimer;
};
