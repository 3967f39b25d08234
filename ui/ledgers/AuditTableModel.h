#pragma once
// The audit log as a table, newest first, read in pages as the view scrolls (keyset paging on
// seq, see PagedTableModel).
#include "core/ledgers/AuditLog.h"
#include "LedgerTableModel.h"

namespace cd { class Session; }

class AuditTableModel : public LedgerTableModel<cd::AuditEntry> {
    Q_OBJECT
public:
    enum Column { SeqColumn, TimeColumn, UserColumn, ActionColumn, ObjectColumn, DetailColumn, ColumnCount };
    explicit AuditTableModel(cd::Session &session, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Only actions starting with `prefix` (e.g. "consent."); empty: all. Starts over (empty until
    // the next fetchMore).
    void setActionPrefix(const QString &prefix);
    QString actionPrefix() const { return m_prefix; }
    // Starts over from the newest row (empty until the next fetchMore).
    void reload();

    const cd::AuditEntry &entry(int row) const { return m_rows[std::size_t(row)]; }

protected:
    cd::Result<std::vector<cd::AuditEntry>> fetchPage(qint64 before) override;
    qint64 pageKey(const cd::AuditEntry &entry) const override { return entry.seq; }

private:
    cd::Session &m_session;
    QString m_prefix;
};
