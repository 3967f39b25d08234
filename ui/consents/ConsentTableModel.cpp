#include "ConsentTableModel.h"

#include "core/i18n/Language.h"
#include "core/consent/PurposeService.h"
#include "core/access/Session.h"

#include <QDateTime>

Q_LOGGING_CATEGORY(lcUiConsents, "consentdesk.ui.consents")

namespace {
const QString kCheckMark = QStringLiteral("\u2713");
}

ConsentTableModel::ConsentTableModel(cd::Session &session, QObject *parent)
    : PagedTableModel(ColumnCount, parent), m_session(session)
{
    m_atEnd = true;  // nothing to read before the first reload()
}

void ConsentTableModel::setFilter(const cd::ConsentFilter &filter)
{
    m_filter = filter;
    reload();
}

void ConsentTableModel::reload()
{
    loadPurposeNames();
    restart(true);
}

cd::Result<std::vector<cd::ConsentRow>> ConsentTableModel::fetchPage(qint64 beforeId)
{
    auto page = cd::ConsentService(m_session).page(m_filter, beforeId, kPageSize, cd::i18n::isChinese());
    if (!page)
        qCWarning(lcUiConsents) << "consent page failed, code" << int(page.error().code);
    return page;
}

void ConsentTableModel::loadPurposeNames()
{
    m_purposeNames.clear();
    cd::PurposeService purposes(m_session);
    auto list = purposes.list(true);
    if (!list)
        return;  // rows still carry the name in the language they were loaded in
    for (const cd::Purpose &p : *list)
        m_purposeNames.insert(p.code, {p.nameZh, p.nameEn});
}

qint64 ConsentTableModel::consentId(int row) const
{
    const cd::ConsentRow *r = rowAt(row);
    return r ? r->id : 0;
}

QVariant ConsentTableModel::displayData(const cd::ConsentRow &row, int column) const
{
    switch (column) {
    case IdColumn: return row.id;
    case PseudonymColumn: return row.pseudonym;
    case NameColumn: return row.maskedName;
    case PhoneColumn: return row.maskedPhone;
    case PurposeColumn: {
        const auto it = m_purposeNames.constFind(row.purposeCode);
        if (it == m_purposeNames.constEnd())
            return row.purposeName;
        const QString name = cd::i18n::isChinese() ? it->first : it->second;
        return name.isEmpty() ? row.purposeName : name;
    }
    case NoticeVersionColumn: return tr("v%1", "notice version number").arg(row.noticeVersion);
    case MethodColumn: return cd::methodDisplayName(row.method);
    case StatusColumn: return cd::statusDisplayName(row.status);
    case SeparateConsentColumn: return row.separateConsent ? kCheckMark : QString();
    case GuardianColumn: return row.guardian ? kCheckMark : QString();
    case NeedsRenewalColumn: return row.needsRenewal ? kCheckMark : QString();
    case GrantedColumn:
        return row.grantedAt > 0 ? QDateTime::fromMSecsSinceEpoch(row.grantedAt)
                                       .toLocalTime()
                                       .toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                 : QString();
    case StaffColumn: return row.staffName;
    case StoreColumn: return row.storeCode;
    default: return {};
    }
}

QVariant ConsentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const cd::ConsentRow &row = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::ToolTipRole:
        switch (index.column()) {
        case SeparateConsentColumn:
            return row.separateConsent ? tr("Separate consent given for sensitive data") : QVariant();
        case GuardianColumn:
            return row.guardian ? tr("A guardian consented for a child under 14") : QVariant();
        case NeedsRenewalColumn:
            return row.needsRenewal ? tr("The notice or purpose changed: ask for consent again") : QVariant();
        case StatusColumn:
            if (row.status == cd::ConsentStatus::Withdrawn && row.withdrawnAt > 0) {
                return tr("Withdrawn %1").arg(QDateTime::fromMSecsSinceEpoch(row.withdrawnAt)
                                                  .toLocalTime()
                                                  .toString(QStringLiteral("yyyy-MM-dd HH:mm")));
            }
            return {};
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case IdColumn:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        case SeparateConsentColumn:
        case GuardianColumn:
        case NeedsRenewalColumn:
        case NoticeVersionColumn:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
        default:
            return {};
        }
    case ConsentIdRole: return row.id;
    case StatusIdRole: return cd::statusId(row.status);
    case PurposeCodeRole: return row.purposeCode;
    case PseudonymRole: return row.pseudonym;
    default: return {};
    }
}

QVariant ConsentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn: return tr("Consent", "column: consent record number");
    case PseudonymColumn: return tr("Customer ID", "column: subject pseudonym");
    case NameColumn: return tr("Name");
    case PhoneColumn: return tr("Phone");
    case PurposeColumn: return tr("Purpose");
    case NoticeVersionColumn: return tr("Notice", "column: notice version");
    case MethodColumn: return tr("Method", "column: how consent was given");
    case StatusColumn: return tr("Status");
    case SeparateConsentColumn: return tr("Separate", "column: separate consent for face data");
    case GuardianColumn: return tr("Guardian");
    case NeedsRenewalColumn: return tr("Renew", "column: consent needs renewal");
    case GrantedColumn: return tr("Granted", "column: time consent was given");
    case StaffColumn: return tr("Staff");
    case StoreColumn: return tr("Store");
    default: return {};
    }
}
