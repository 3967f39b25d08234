#pragma once
// A simulated camera vendor, realistic enough to test the whole loop: devices in zones, modes,
// enrolment, captures kept as files only for enrolled subjects in identify-consented mode, only
// counts in count-only mode, honest erasure receipts, and a generator for live demo numbers.
#include "CaptureStore.h"
#include "vendor-sdk/CameraVendorPlugin.h"

#include <QObject>
#include <QTimer>
#include <memory>

class SimVendor : public QObject, public cdvendor::CameraVendor, public cdvendor::SimulatedVendor {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID ConsentDeskCameraVendor_iid FILE "simvendor.json")
    Q_INTERFACES(cdvendor::CameraVendor cdvendor::SimulatedVendor)
public:
    bool initialise(const QString &dataDir, const QJsonObject &settings, QString *error) override;
    QList<cdvendor::Zone> zones() override { return m_zones; }
    QList<cdvendor::Device> devices() override { return m_devices; }
    bool setDeviceMode(const QString &deviceId, cdvendor::DeviceMode mode, QString *error) override;
    bool enroll(const QString &subjectId, const QString &consentRef, QString *error) override;
    bool unenroll(const QString &subjectId, QString *error) override;
    bool inventory(const QString &subjectId, cdvendor::SubjectInventory *out, QString *error) override;
    bool eraseSubject(const QString &subjectId, cdvendor::ErasureReceipt *out, QString *error) override;
    bool purgeBefore(const QDateTime &before, cdvendor::ErasureReceipt *out, QString *error) override;
    bool visitorCountsSince(const QString &cursor, int maxCounts, cdvendor::VisitorCountBatch *out,
                            QString *error) override;
    bool simulate(const QDateTime &from, const QDateTime &to, const QJsonObject &params, QJsonObject *summary,
                  QString *error) override;

private:
    bool save(QString *error);  // modes and counts
    void holdIfAsked();
    bool logEnrollment(const QByteArray &line, QString *error);
    bool forgetEnrollments(const QString &subjectId, QString *error);  // drops its lines from the log
    void addVisitors(const QString &zoneId, const QDateTime &at, qint64 visitors);
    bool captureVisit(const cdvendor::Device &device, const QDateTime &at, double enrolledShare, qint64 *kept,
                      QString *error);
    cdvendor::ErasureReceipt receipt(const QStringList &erasedIds, const QMap<QString, qint64> &counts) const;

    QString m_dataDir;
    bool m_testHold = false;
    std::unique_ptr<CaptureStore> m_store;
    QList<cdvendor::Zone> m_zones;
    QList<cdvendor::Device> m_devices;
    QMap<QString, QString> m_enrolled;  // subject -> consent reference
    QList<cdvendor::VisitorCount> m_counts;  // one per zone and hour, in order of first sight
    QTimer m_live;
};
