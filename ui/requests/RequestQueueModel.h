#pragma once
// The data-subject request queue as a table, a page at a time (RequestService::listPage, which
// sorts every open deadline and reads only the page's rows): overdue first, then by working days
// left, coloured by them. Overdue requests are listed whatever the filter, marked as such.
#include "core/requests/RequestService.h"

#include <QAbstractTableModel>
#include <vector>

namespace cd { class Session; }

class RequestQueueModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { IdColumn, TypeColumn, StateColumn, CustomerColumn, ReceivedColumn, DueColumn, DaysLeftColumn,
                  ColumnCount };
    enum Roles { DaysLeftRole = Qt::UserRole + 1, OverdueRole, ShownBecauseOverdueRole, RequestIdRole };
    static constexpr int kPageSize = 100;

    RequestQueueModel(cd::Session &session, cd::RequestService &requests, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Starts over with this filter and reads the first page.
    void setFilter(const cd::RequestFilter &filter);
    void reload();

    const cd::RequestRow *rowAt(int row) const;
    qint64 total() const { return m_total; }
    qint64 overdue() const { return m_overdue; }
    // Years a loaded deadline had to count Monday–Friday (empty: every deadline is exact).
    QList<int> estimatedYears() const;
    QString lastError() const { return m_lastError; }

    // The colours by days left, shared with the page's legend.
    static QColor background(const cd::RequestRow &row);

signals:
    void loadFailed(const QString &message);  // translated

private:
    bool readPage();

    cd::Session &m_session;
    cd::RequestService &m_requests;
    cd::RequestFilter m_filter;
    std::vector<cd::RequestRow> m_rows;
    qint64 m_total = 0;
    qint64 m_overdue = 0;
    bool m_atEnd = true;
    bool m_busy = false;  // inside a reset or insertion: a listener may ask for more meanwhile
    QString m_lastError;
};
