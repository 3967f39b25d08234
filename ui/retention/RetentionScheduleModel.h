#pragma once
// What is due when (RetentionService::schedule): one row per item, soonest first, with the kind,
// a reference that is never personal data (pseudonym, vendor code, request number), the due
// time and whether it is due now or already waits for a vendor's receipt.
#include "core/retention/RetentionService.h"

#include <QAbstractTableModel>
#include <vector>

namespace cd { class Session; }

class RetentionScheduleModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { KindColumn, RefColumn, DueColumn, StatusColumn, ColumnCount };
    enum { DueNowRole = Qt::UserRole + 1 };

    explicit RetentionScheduleModel(cd::Session &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    bool reload();  // false (and lastError set) when the schedule cannot be read
    QString lastError() const { return m_lastError; }
    int dueNow() const;

private:
    cd::Session &m_session;
    std::vector<cd::RetentionItem> m_rows;
    qint64 m_now = 0;
    QString m_lastError;
};
