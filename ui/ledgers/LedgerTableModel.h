#pragma once
// What the two ledger tables (audit log, deletion log) share on top of the paged table: the row
// the chain check found broken, in bold, and every row after it in red (they cannot be trusted).
#include "ui/common/PagedTableModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

template <typename Entry>
class LedgerTableModel : public PagedTableModel<Entry> {
public:
    // 0: none.
    void setBrokenSeq(qint64 seq)
    {
        m_brokenSeq = seq;
        if (!this->m_rows.empty())
            emit this->dataChanged(this->index(0, 0), this->index(this->rowCount() - 1, this->m_columnCount - 1),
                                   {Qt::ForegroundRole, Qt::FontRole});
    }

protected:
    using PagedTableModel<Entry>::PagedTableModel;

    // The foreground or font of a row with this seq for a broken chain; empty otherwise.
    QVariant brokenStyle(qint64 seq, int role) const
    {
        if (m_brokenSeq == 0 || seq < m_brokenSeq)
            return {};
        if (role == Qt::ForegroundRole)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (role == Qt::FontRole && seq == m_brokenSeq) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    }

    qint64 m_brokenSeq = 0;
};
