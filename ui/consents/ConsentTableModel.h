#pragma once
// The consents list as a table model. It pages through ConsentService::page() with keyset
// paging (newest first, 200 rows a page) so that the first screen is quick at a million
// consents: it never loads everything and never counts on the UI thread. Only masked personal
// data reaches it. It needs no QApplication (the benchmark runs it under QCoreApplication).
#include "core/consent/ConsentService.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QLoggingCategory>
#include <vector>

Q_DECLARE_LOGGING_CATEGORY(lcUiConsents)

namespace cd {
class Session;
}

class ConsentTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        PseudonymColumn,
        NameColumn,
        PhoneColumn,
        PurposeColumn,
        NoticeVersionColumn,
        MethodColumn,
        StatusColumn,
        SeparateConsentColumn,
        GuardianColumn,
        NeedsRenewalColumn,
        GrantedColumn,
        StaffColumn,
        StoreColumn,
        ColumnCount
    };
    enum Role {
        ConsentIdRole = Qt::UserRole + 1,  // qint64
        StatusIdRole,                      // cd::statusId(), e.g. "granted"
        PurposeCodeRole,
        PseudonymRole,
    };
    static constexpr int kPageSize = 200;

    explicit ConsentTableModel(cd::Session &session, QObject *parent = nullptr);

    void setFilter(const cd::ConsentFilter &filter);  // reloads
    const cd::ConsentFilter &filter() const { return m_filter; }
    void reload();                                    // synchronously loads the first page
    qint64 consentId(int row) const;
    const cd::ConsentRow *rowAt(int row) const;       // nullptr when out of range
    int loadedCount() const { return int(m_rows.size()); }
    bool atEnd() const { return m_atEnd; }
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Purpose names and headers follow the UI language; called on QEvent::LanguageChange.
    void retranslate();

signals:
    void loadedChanged();                       // rows were added or the list was reset
    void loadFailed(const QString &message);    // translated

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::vector<cd::ConsentRow> fetchPage(qint64 beforeId);
    void loadPurposeNames();
    QVariant displayData(const cd::ConsentRow &row, int column) const;

    cd::Session &m_session;
    cd::ConsentFilter m_filter;
    std::vector<cd::ConsentRow> m_rows;
    bool m_atEnd = true;
    bool m_notifying = false;  // between begin/end of a reset or an insert
    QString m_lastError;
    QHash<QString, std::pair<QString, QString>> m_purposeNames;  // code -> (zh, en)
};
