#pragma once
// The deletion log as a table, newest first, filtered, read in pages as the view scrolls (keyset
// paging on seq, see PagedTableModel): why, what, where, by whom, and the vendor's receipt.
#include "core/ledgers/DeletionLog.h"
#include "LedgerTableModel.h"

namespace cd { class Session; }

class DeletionLogModel : public LedgerTableModel<cd::DeletionEntry> {
    Q_OBJECT
public:
    enum Column { SeqColumn, TimeColumn, WhyColumn, WhatColumn, WhereColumn, WhoColumn, ReceiptColumn,
                  RecordsColumn, ColumnCount };
    explicit DeletionLogModel(cd::Session &session, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Starts over with this filter (empty until the next fetchMore).
    void setFilter(const cd::DeletionFilter &filter);
    const cd::DeletionFilter &filter() const { return m_filter; }

    // Translated names of the stored ids (the reasons DeletionEntry lists; categories).
    static QStringList reasonIds();
    static QString reasonName(const QString &reason);
    static QString categoryName(const QString &category);
    static QString locationName(const QString &location);
    // Every part of an entry, one per line, for a details view and tooltips.
    static QString describe(const cd::DeletionEntry &e);

protected:
    cd::Result<std::vector<cd::DeletionEntry>> fetchPage(qint64 before) override;
    qint64 pageKey(const cd::DeletionEntry &entry) const override { return entry.seq; }

private:
    cd::Session &m_session;
    cd::DeletionFilter m_filter;
};
