#pragma once
// Retention for the officer: the rules and their periods, what is due when, the last sweep and
// its result, vendor purges and erasures still without a receipt, and "Sweep now" (a dry run
// first, then the sweep) for roles that run jobs. The sweep runs on a worker thread with its own
// connection to the database (Session::openForWorker), so the officer can go on working.
#include "core/retention/RetentionService.h"

#include <QWidget>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTableWidget;
class RetentionScheduleModel;
class VendorJobsModel;
template <typename T> class QFutureWatcher;

namespace cd { class Session; }

// What the worker hands back (a QFuture needs a default-constructible value).
struct SweepOutcome {
    bool ok = false;
    cd::SweepResult result;
    QString error;  // translated
};

class RetentionPage : public QWidget {
    Q_OBJECT
public:
    explicit RetentionPage(cd::Session &session, QWidget *parent = nullptr);
    ~RetentionPage() override;

    RetentionScheduleModel *scheduleModel() const { return m_schedule; }
    void refresh();
    // Dry run, then (after the officer confirms) the sweep. `confirmed` skips the question (tests).
    void sweepNow(bool askFirst = true);
    bool isSweeping() const;

signals:
    void sweepFinished(bool dryRun, bool ok);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void fillRules();
    void showLastSweep();
    void startSweep(bool dryRun);
    void sweepDone(bool dryRun);
    static QString describe(const cd::SweepResult &result);

    cd::Session &m_session;
    bool m_canSweep = false;
    bool m_askFirst = true;
    bool m_sweeping = false;  // from the dry run's start to the sweep's result on this thread
    RetentionScheduleModel *m_schedule;
    VendorJobsModel *m_failures;
    QFutureWatcher<SweepOutcome> *m_watcher;
    std::optional<SweepOutcome> m_last;      // the last real sweep from this console
    QLabel *m_rulesLabel;
    QTableWidget *m_rules;
    QLabel *m_scheduleLabel;
    QTableView *m_scheduleView;
    QLabel *m_lastSweepLabel;
    QLabel *m_lastSweep;
    QLabel *m_failuresLabel;
    QTableView *m_failuresView;
    QPushButton *m_sweepButton;
    QPushButton *m_refreshButton;
    QProgressBar *m_progress;
};
