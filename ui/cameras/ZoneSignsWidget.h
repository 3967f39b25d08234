#pragma once
// Camera zones and the sign currently posted in each (PIPL Art. 26): recording a new sign with
// its photo, retiring one that was taken down. A zone without a current sign cannot have face
// recognition (CameraSigns refuses). Retiring is asked of the page (retireRequested): its
// cameras fall back to counting, at the vendor too, so it is a vendor call.
#include "core/cameras/CameraInventory.h"
#include "core/cameras/CameraSigns.h"
#include "vendors/VendorManager.h"

#include <QWidget>
#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;

namespace cd { class Session; }

class ZoneSignsWidget : public QWidget {
    Q_OBJECT
public:
    enum Column { ZoneColumn, VendorColumn, OccupancyColumn, SignColumn, PostedColumn, PhotoColumn, ColumnCount };

    explicit ZoneSignsWidget(cd::Session &session, QWidget *parent = nullptr);

    void refresh();
    // The people in view now per zone, as the vendors last answered (live, never stored).
    void setOccupancy(const std::vector<cd::VendorOccupancy> &occupancy);
    void setEditable(bool editable);
    const std::vector<cd::ZoneRecord> &zones() const { return m_zones; }
    QTableWidget *view() const { return m_view; }

public slots:
    void recordSign();
    void retireSign();

signals:
    void signsChanged();
    void retireRequested(qint64 signId);  // confirmed by the user

private:
    void retranslateUi();
    void fill();
    void fillOccupancy(int row, const cd::ZoneRecord &zone);
    void updateActions();
    const cd::ZoneRecord *currentZone() const;

    cd::Session &m_session;
    bool m_editable = true;
    std::vector<cd::ZoneRecord> m_zones;
    QHash<qint64, QString> m_vendorNames;
    QHash<qint64, QString> m_vendorCodes;
    std::vector<cd::VendorOccupancy> m_occupancy;
    bool m_occupancyAsked = false;
    QLabel *m_intro;
    QTableWidget *m_view;
    QPushButton *m_recordButton;
    QPushButton *m_retireButton;
};
