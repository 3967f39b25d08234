#pragma once
// The consents list as a table model. It pages through ConsentService::page() (newest first,
// keyset paging in PagedTableModel) so that the first screen is quick at a million consents:
// it never loads everything and never counts on the UI thread. Only masked personal
// data reaches it. It needs no QApplication (the benchmark runs it under QCoreApplication).
#include "core/consent/ConsentService.h"
#include "ui/common/PagedTableModel.h"

#include <QHash>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcUiConsents)

namespace cd {
class Session;
}

class ConsentTableModel : public PagedTableModel<cd::ConsentRow> {
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
    explicit ConsentTableModel(cd::Session &session, QObject *parent = nullptr);

    void setFilter(const cd::ConsentFilter &filter);  // reloads
    const cd::ConsentFilter &filter() const { return m_filter; }
    void reload();                                    // synchronously loads the first page
    qint64 consentId(int row) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    cd::Result<std::vector<cd::ConsentRow>> fetchPage(qint64 beforeId) override;
    qint64 pageKey(const cd::ConsentRow &row) const override { return row.id; }

private:
    void loadPurposeNames();
    QVariant displayData(const cd::ConsentRow &row, int column) const;

    cd::Session &m_session;
    cd::ConsentFilter m_filter;
    QHash<QString, std::pair<QString, QString>> m_purposeNames;  // code -> (zh, en)
};
