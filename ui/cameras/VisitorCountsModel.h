#pragma once
// Visitors per hour over the last 24 hours, one row per hour (oldest first) and one column per
// camera zone, from CameraCounts::visitorCounts. Aggregate counts only: no person appears here.
// The table and the stacked bar chart on the cameras page both read this model.
#include <QAbstractTableModel>
#include <QHash>
#include <QString>
#include <vector>

namespace cd { class Session; }

class VisitorCountsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int kHours = 24;
    enum { HourStartRole = Qt::UserRole + 1 };  // vertical header: UTC ms of the hour's start

    explicit VisitorCountsModel(cd::Session &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Re-reads the counts for the 24 hours up to the session clock's current hour.
    bool reload();
    void retranslate();
    QString lastError() const { return m_lastError; }

    qint64 firstHourMs() const { return m_firstHour; }
    qint64 total() const;
    qint64 maxHourTotal() const;  // the highest stacked bar
    qint64 visitors(int row, int column) const;

private:
    struct ZoneColumn {
        QString vendorCode, zoneKey, title;
    };

    cd::Session &m_session;
    qint64 m_firstHour = 0;
    std::vector<ZoneColumn> m_zones;
    std::vector<qint64> m_counts;  // row-major, kHours x zones
    QString m_lastError;
};
