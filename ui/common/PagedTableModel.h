#pragma once
// A table that reads its rows in pages as the view scrolls, newest first, with keyset paging:
// each page asks for rows older than the last one loaded (by a key that only grows, an id or a
// sequence number), so a page costs the same at any depth and nothing ever counts the rows.
// The consents list and the audit log are both this; a subclass says how to read one page and
// what to show.
#include "core/base/Result.h"

#include <QAbstractTableModel>
#include <iterator>
#include <vector>

// The part that needs no row type (Q_OBJECT cannot be on a template).
class PagedTableModelBase : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int kPageSize = 200;

    bool atEnd() const { return m_atEnd; }
    // The last paging error, translated, for the view to show; empty when fine.
    QString lastError() const { return m_lastError; }

    int columnCount(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;

    // Headers and shown texts again; runs by itself after every change of language.
    void retranslate();

signals:
    void loadedChanged();                     // rows were added or the list was reset
    void loadFailed(const QString &message);  // translated

protected:
    PagedTableModelBase(int columnCount, QObject *parent);

    // Stops paging: asking again would fail the same way on every scroll.
    void pageFailed(const cd::Error &error);

    const int m_columnCount;
    bool m_atEnd = false;
    // Between begin and end of a reset or an insertion: a listener (QAbstractItemModelTester
    // among them) may ask for more before every other listener has heard of the change.
    bool m_notifying = false;
    QString m_lastError;
};

template <typename Row>
class PagedTableModel : public PagedTableModelBase {
public:
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    void fetchMore(const QModelIndex &parent) override
    {
        if (parent.isValid() || m_atEnd || m_notifying)
            return;
        const qint64 before = m_rows.empty() ? 0 : pageKey(m_rows.back());
        if (before == 1) {  // keys start at 1: nothing older can exist
            m_atEnd = true;
            return;
        }
        std::vector<Row> more = readPage(before);
        if (more.empty()) {
            m_atEnd = true;
            emit loadedChanged();
            return;
        }
        const int first = int(m_rows.size());
        m_notifying = true;
        beginInsertRows({}, first, first + int(more.size()) - 1);
        m_rows.insert(m_rows.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
        endInsertRows();
        m_notifying = false;
        emit loadedChanged();
    }

    const Row *rowAt(int row) const
    {
        return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)] : nullptr;
    }
    int loadedCount() const { return int(m_rows.size()); }

protected:
    using PagedTableModelBase::PagedTableModelBase;

    // At most kPageSize rows older than `before` (0: the newest), newest first.
    virtual cd::Result<std::vector<Row>> fetchPage(qint64 before) = 0;
    // The paging key of a row (its id or sequence number).
    virtual qint64 pageKey(const Row &row) const = 0;

    // Empties the table and starts again from the newest row: now when `readFirstPage`, else
    // at the view's next fetchMore.
    void restart(bool readFirstPage)
    {
        m_notifying = true;
        beginResetModel();
        m_rows.clear();
        m_atEnd = false;
        m_lastError.clear();
        if (readFirstPage)
            m_rows = readPage(0);
        endResetModel();
        m_notifying = false;
        emit loadedChanged();
    }

    std::vector<Row> m_rows;

private:
    std::vector<Row> readPage(qint64 before)
    {
        cd::Result<std::vector<Row>> page = fetchPage(before);
        if (!page.ok()) {
            pageFailed(page.error());
            return {};
        }
        if (int(page.value().size()) < kPageSize)
            m_atEnd = true;
        return std::move(page.value());
    }
};
