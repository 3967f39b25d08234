#include "ConsentTableModel.h"

#include "core/i18n/Language.h"
#include "core/consent/PurposeService.h"
#include "core/access/Session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>

Q_LOGGING_CATEGORY(lcUiConsents, "consentdesk.ui.consents")

namespace {
const QString kCheckMark = QStringLiteral("\u2713");
}

ConsentTableModel::ConsentTableModel(cd::Session &session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
    // Language changes reach the application object; widgets are not needed for that.
    if (auto *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

bool ConsentTableModel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance()) {
        // Queued: the language switch sends this event before it has finished switching.
        QMetaObject::invokeMethod(this, &ConsentTableModel::retranslate, Qt::QueuedConnection);
    }
    return QAbstractTableModel::eventFilter(watched, event);
}

void ConsentTableModel::setFilter(const cd::ConsentFilter &filter)
{
    m_filter = filter;
    reload();
}

void ConsentTableModel::reload()
{
    m_notifying = true;
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    m_lastError.clear();
    loadPurposeNames();
    m_rows = fetchPage(0);
    endResetModel();
    m_notifying = false;
    emit loadedChanged();
}

std::vector<cd::ConsentRow> ConsentTableModel::fetchPage(qint64 beforeId)
{
    cd::ConsentService service(m_session);
    auto page = service.page(m_filter, beforeId, kPageSize, cd::i18n::isChinese());
    if (!page) {
        // Stop paging so that a broken query does not retry on every scroll.
        m_atEnd = true;
        m_lastError = page.error().message;
        qCWarning(lcUiConsents) << "consent page failed, code" << int(page.error().code);
        emit loadFailed(m_lastError);
        return {};
    }
    if (int(page->size()) < kPageSize)
        m_atEnd = true;
    return std::move(page).value();
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

const cd::ConsentRow *ConsentTableModel::rowAt(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return nullptr;
    return &m_rows[std::size_t(row)];
}

int ConsentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConsentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ConsentTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void ConsentTableModel::fetchMore(const QModelIndex &parent)
{
    // Not from inside our own reset/insert signals: a slot that asks for more there would nest
    // a change inside a change (and load the same page twice). Views ask again later.
    if (parent.isValid() || m_atEnd || m_notifying)
        return;
    const qint64 beforeId = m_rows.empty() ? 0 : m_rows.back().id;
    if (beforeId == 1) {  // ids start at 1: nothing older can exist
        m_atEnd = true;
        return;
    }
    std::vector<cd::ConsentRow> more = fetchPage(beforeId);
    if (more.empty()) {
        m_atEnd = true;
        emit loadedChanged();
        return;
    }
    const int first = int(m_rows.size());
    m_notifying = true;
    beginInsertRows(QModelIndex(), first, first + int(more.size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
    endInsertRows();
    m_notifying = false;
    emit loadedChanged();
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

void ConsentTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}
