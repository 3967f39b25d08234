#pragma once
// The audit log as a table, newest first, read in pages of 200 rows as the view scrolls
// (keyset paging on seq, so a page costs the same at any depth).
#include "core/ledgers/AuditLog.h"

#include <QAbstractTableModel>
#include <vector>

namespace cd { class Session; }

class AuditTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SeqColumn, TimeColumn, UserColumn, ActionColumn, ObjectColumn, DetailColumn, ColumnCount };
    static constexpr int kPageSize = 200;

    explicit AuditTableModel(cd::Session &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Only actions starting with `prefix` (e.g. "consent."); empty: all. Starts over (empty until
    // the next fetchMore).
    void setActionPrefix(const QString &prefix);
    QString actionPrefix() const { return m_prefix; }
    // Starts over from the newest row (empty until the next fetchMore).
    void reload();
    // Shows this row in red (0: none), e.g. the first broken row found by verification.
    void setBrokenSeq(qint64 seq);
    // Headers and times after a change of language.
    void retranslate();

    const cd::AuditEntry &entry(int row) const { return m_rows[std::size_t(row)]; }
    // The last paging error, for the view to show; empty when fine.
    QString lastError() const { return m_lastError; }

signals:
    void loadFailed(const QString &message);

private:
    cd::Session &m_session;
    std::vector<cd::AuditEntry> m_rows;
    QString m_prefix;
    QString m_lastError;
    bool m_atEnd = false;
    bool m_notifying = false;  // inside endResetModel / endInsertRows
    qint64 m_brokenSeq = 0;
};
