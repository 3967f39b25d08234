#pragma once
// The officer's home page: the store's standing over the last twelve months at a glance. The
// figures come from core (DashboardQueries) on a worker thread with its own connection, so the
// console stays responsive at a million consents; Refresh (F5) loads them again. Each open
// compliance item opens the page that fixes it, through the window's showPage.
#include "core/analytics/DashboardFigures.h"

#include <QFutureWatcher>
#include <QWidget>
#include <functional>

class DashboardCharts;
class OpenItemsList;
class QLabel;
class QProgressBar;
class QPushButton;
class QShortcut;

namespace cd { class Session; }

class DashboardPage : public QWidget {
    Q_OBJECT
public:
    // `showPage` asks the main window for another page by id; false when the role has none such.
    DashboardPage(cd::Session &session, std::function<bool(const QString &)> showPage, QWidget *parent = nullptr);
    ~DashboardPage() override;

    bool isLoading() const { return m_loading; }
    bool hasFigures() const { return m_have; }
    const cd::DashboardFigures &figures() const { return m_figures; }
    DashboardCharts *charts() const { return m_charts; }

public slots:
    void refresh();

signals:
    void refreshed(bool ok);

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Outcome {
        bool ok = false;
        cd::DashboardFigures figures;
        QString error;
    };
    void loaded();
    void showSummary();
    void retranslateUi();

    cd::Session &m_session;
    std::function<bool(const QString &)> m_showPage;
    QFutureWatcher<Outcome> *m_watcher;
    cd::DashboardFigures m_figures;
    bool m_have = false;
    bool m_loading = false;
    QString m_error;

    QLabel *m_title;
    QLabel *m_asOf;
    QPushButton *m_refreshButton;
    QShortcut *m_refreshShortcut;
    QLabel *m_filingLabel;
    QProgressBar *m_filingBar;
    QLabel *m_requestsLabel;
    QLabel *m_retentionLabel;
    QLabel *m_ledgerLabel;
    QLabel *m_itemsTitle;
    OpenItemsList *m_items;
    DashboardCharts *m_charts;
};
