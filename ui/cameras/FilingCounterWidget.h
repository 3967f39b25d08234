#pragma once
// The face-data filing counter: how many people (de-duplicated) some camera vendor holds face
// data about, against the filing threshold of the facial-recognition measures (a setting,
// 100,000 by default). A notice from 90 %, a warning banner at the threshold that stays, with
// the deadline, until the filing is recorded (core/compliance/FilingService). The officer may
// change the threshold.
#include "core/compliance/ComplianceRecords.h"

#include <QFrame>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace cd { class Session; }

class FilingCounterWidget : public QFrame {
    Q_OBJECT
public:
    enum class Level { Below, Near, AtOrAbove };
    static Level levelFor(qint64 holders, qint64 threshold);

    explicit FilingCounterWidget(cd::Session &session, QWidget *parent = nullptr);

    void refresh();
    void setEditable(bool editable);
    Level level() const { return m_level; }
    qint64 holders() const { return m_holders; }
    qint64 threshold() const { return m_threshold; }

public slots:
    void editThreshold();

signals:
    void thresholdChanged();

private:
    void retranslateUi();
    void showFigures();

    cd::Session &m_session;
    qint64 m_holders = -1;
    qint64 m_threshold = 0;
    Level m_level = Level::Below;
    QString m_loadError;
    std::optional<cd::FilingRecord> m_openFiling;  // reached and not yet filed
    bool m_filed = false;
    QLabel *m_titleLabel;
    QLabel *m_countLabel;
    QLabel *m_detailLabel;
    QProgressBar *m_bar;
    QPushButton *m_thresholdButton;
    QLabel *m_banner;
};
