#include "PurposesPage.h"

#include "ui/common/Gui.h"
#include "NoticeDialog.h"
#include "PurposeDialog.h"
#include "core/i18n/Language.h"
#include "core/consent/ConsentService.h"
#include "core/consent/PurposeService.h"
#include "core/access/Session.h"
#include "ui/common/Retranslate.h"

#include <QCheckBox>
#include <QEvent>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <algorithm>
#include <memory>

namespace {
enum PurposeColumn {
    CodeColumn,
    NameColumn,
    BasisColumn,
    CategoriesColumn,
    SensitiveColumn,
    SeparateColumn,
    RetentionColumn,
    ValidityColumn,
    RevisionColumn,
    PurposeColumnCount
};
enum NoticeColumn { VersionColumn, EffectiveColumn, HashColumn, PublishedColumn, NoticeColumnCount };

QTableWidget *makeTable(int columns, QWidget *parent, const char *name)
{
    auto *t = new QTableWidget(0, columns, parent);
    t->setObjectName(QLatin1String(name));
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}
} // namespace

PurposesPage::PurposesPage(cd::Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("purposesPage"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);

    m_purposeTable = makeTable(PurposeColumnCount, this, "purposeTable");
    m_addButton = new QPushButton(this);
    m_addButton->setObjectName(QStringLiteral("addPurposeButton"));
    m_editButton = new QPushButton(this);
    m_editButton->setObjectName(QStringLiteral("editPurposeButton"));
    m_activeButton = new QPushButton(this);
    m_activeButton->setObjectName(QStringLiteral("deactivatePurposeButton"));
    m_showInactive = new QCheckBox(this);
    m_showInactive->setObjectName(QStringLiteral("showInactiveCheck"));
    auto *purposeButtons = new QHBoxLayout;
    purposeButtons->addWidget(m_addButton);
    purposeButtons->addWidget(m_editButton);
    purposeButtons->addWidget(m_activeButton);
    purposeButtons->addStretch();
    purposeButtons->addWidget(m_showInactive);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_intro);
    topLayout->addWidget(m_purposeTable);
    topLayout->addLayout(purposeButtons);

    m_noticeBox = new QGroupBox(this);
    m_noticeTable = makeTable(NoticeColumnCount, m_noticeBox, "noticeTable");
    m_noticeTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_noticeTable->horizontalHeader()->setSectionResizeMode(HashColumn, QHeaderView::Stretch);
    m_noticeTable->horizontalHeader()->setStretchLastSection(false);
    m_publishButton = new QPushButton(m_noticeBox);
    m_publishButton->setObjectName(QStringLiteral("publishNoticeButton"));
    m_noticeText = new QTextBrowser(m_noticeBox);
    m_noticeText->setObjectName(QStringLiteral("noticeText"));
    auto *noticeLeft = new QVBoxLayout;
    noticeLeft->addWidget(m_noticeTable);
    noticeLeft->addWidget(m_publishButton, 0, Qt::AlignLeft);
    auto *noticeLayout = new QHBoxLayout(m_noticeBox);
    noticeLayout->addLayout(noticeLeft, 1);
    noticeLayout->addWidget(m_noticeText, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_noticeBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_addButton, &QPushButton::clicked, this, &PurposesPage::addPurpose);
    connect(m_editButton, &QPushButton::clicked, this, &PurposesPage::editPurpose);
    connect(m_activeButton, &QPushButton::clicked, this, &PurposesPage::toggleActive);
    connect(m_showInactive, &QCheckBox::toggled, this, &PurposesPage::reload);
    connect(m_publishButton, &QPushButton::clicked, this, &PurposesPage::publishNotice);
    connect(m_purposeTable, &QTableWidget::itemSelectionChanged, this, [this] {
        loadNotices();
        updateButtons();
    });
    connect(m_purposeTable, &QTableWidget::itemActivated, this, &PurposesPage::editPurpose);
    connect(m_noticeTable, &QTableWidget::itemSelectionChanged, this, &PurposesPage::showNoticeText);

    setTabOrder(m_purposeTable, m_addButton);
    setTabOrder(m_addButton, m_editButton);
    setTabOrder(m_editButton, m_activeButton);
    setTabOrder(m_activeButton, m_showInactive);
    setTabOrder(m_showInactive, m_noticeTable);
    setTabOrder(m_noticeTable, m_publishButton);
    cd::gui::onLanguageChange(this, [this] {
        retranslateUi();
        reload();  // purpose names and dates follow the language
    });
    retranslateUi();
    reload();
}

void PurposesPage::reload()
{
    const auto keep = selectedPurpose();
    auto purposes = cd::PurposeService(m_session).list(m_showInactive->isChecked());
    if (!purposes.ok()) {
        cd::gui::showError(this, tr("Purposes"), purposes.error());
        m_purposes.clear();
    } else {
        m_purposes = std::move(purposes.value());
    }
    fillPurposeRows();
    int row = 0;
    for (std::size_t i = 0; i < m_purposes.size(); ++i) {
        if (keep && m_purposes[i].id == keep->id)
            row = int(i);
    }
    if (!m_purposes.empty())
        m_purposeTable->selectRow(row);
    loadNotices();
    updateButtons();
}

void PurposesPage::fillPurposeRows()
{
    const QSignalBlocker block(m_purposeTable);
    const bool chinese = cd::i18n::isChinese();
    m_purposeTable->clearContents();
    m_purposeTable->setRowCount(int(m_purposes.size()));
    const QString yes = tr("Yes");
    const QString no = tr("No");
    int row = 0;
    for (const cd::Purpose &p : m_purposes) {
        const QString validity = p.consentValidityDays > 0 ? tr("%n days", nullptr, p.consentValidityDays)
                                                            : tr("until withdrawn");
        const QString cells[PurposeColumnCount] = {
            p.code,
            p.displayName(chinese) + (p.active ? QString() : tr(" (inactive)")),
            p.legalBasis,
            p.dataCategories,
            p.sensitive ? yes : no,
            p.separateConsentRequired ? yes : no,
            tr("%n days", nullptr, p.retentionDays),
            validity,
            QString::number(p.revision),
        };
        for (int c = 0; c < PurposeColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (!p.active)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_purposeTable->setItem(row, c, item);
        }
        m_purposeTable->item(row, NameColumn)->setToolTip(p.nameZh + QLatin1Char('\n') + p.nameEn);
        ++row;
    }
    m_purposeTable->resizeColumnsToContents();
}

std::optional<cd::Purpose> PurposesPage::selectedPurpose() const
{
    const auto rows = m_purposeTable->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= int(m_purposes.size()))
        return std::nullopt;
    return m_purposes[std::size_t(rows.first().row())];
}

void PurposesPage::loadNotices()
{
    m_notices.clear();
    const auto purpose = selectedPurpose();
    if (purpose) {
        auto notices = cd::PurposeService(m_session).notices(purpose->id);
        if (notices.ok())
            m_notices = std::move(notices.value());
        else
            cd::gui::showError(this, tr("Notices"), notices.error());
        // Newest first: the one in effect is what the officer looks for.
        std::sort(m_notices.begin(), m_notices.end(),
                  [](const cd::NoticeVersion &a, const cd::NoticeVersion &b) { return a.version > b.version; });
    }
    m_noticeBox->setTitle(purpose ? tr("Notice versions of \"%1\"").arg(purpose->displayName(cd::i18n::isChinese()))
                                  : tr("Notice versions"));
    const QSignalBlocker block(m_noticeTable);
    m_noticeTable->clearContents();
    m_noticeTable->setRowCount(int(m_notices.size()));
    int row = 0;
    for (const cd::NoticeVersion &n : m_notices) {
        m_noticeTable->setItem(row, VersionColumn, new QTableWidgetItem(QString::number(n.version)));
        m_noticeTable->setItem(row, EffectiveColumn, new QTableWidgetItem(cd::gui::formatDateTime(n.effectiveAt)));
        auto *hash = new QTableWidgetItem(cd::gui::shortHash(n.sha256));
        hash->setToolTip(n.sha256);
        hash->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_noticeTable->setItem(row, HashColumn, hash);
        m_noticeTable->setItem(row, PublishedColumn, new QTableWidgetItem(cd::gui::formatDateTime(n.createdAt)));
        ++row;
    }
    if (!m_notices.empty())
        m_noticeTable->selectRow(0);
    showNoticeText();
}

void PurposesPage::showNoticeText()
{
    const auto rows = m_noticeTable->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= int(m_notices.size())) {
        m_noticeText->setPlainText(selectedPurpose() ? tr("This purpose has no notice yet. Publish one before "
                                                          "registering consent for it.")
                                                     : QString());
        return;
    }
    const cd::NoticeVersion &n = m_notices[std::size_t(rows.first().row())];
    m_noticeText->setHtml(QStringLiteral("<p><b>%1</b></p><p>%2</p><p><b>%3</b></p><p>%4</p><p><small>SHA-256 %5</small></p>")
                              .arg(tr("Chinese").toHtmlEscaped(), n.textZh.toHtmlEscaped(),
                                   tr("English").toHtmlEscaped(), n.textEn.toHtmlEscaped(), n.sha256));
}

void PurposesPage::updateButtons()
{
    const auto purpose = selectedPurpose();
    m_editButton->setEnabled(purpose.has_value());
    m_activeButton->setEnabled(purpose.has_value());
    m_publishButton->setEnabled(purpose && purpose->active);
    m_activeButton->setText(purpose && !purpose->active ? tr("Ac&tivate") : tr("Deac&tivate"));
}

void PurposesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();  // another page (or another console) may have changed something
}

void PurposesPage::retranslateUi()
{
    m_intro->setText(tr("A purpose says why personal data is processed. Customers consent to a purpose by reading "
                        "one version of its notice; changing either means asking them again."));
    m_purposeTable->setHorizontalHeaderLabels({tr("Code", "short identifier"), tr("Name"), tr("Legal basis"),
                                               tr("Data categories"), tr("Sensitive"), tr("Separate consent"),
                                               tr("Kept for"), tr("Consent valid"), tr("Revision")});
    m_noticeTable->setHorizontalHeaderLabels(
        {tr("Version"), tr("Takes effect"), tr("SHA-256"), tr("Published")});
    m_addButton->setText(tr("&Add purpose…"));
    m_editButton->setText(tr("&Edit…"));
    m_showInactive->setText(tr("Show &inactive"));
    m_publishButton->setText(tr("&Publish new version…"));
    updateButtons();
}

QString PurposesPage::renewalCountText(qint64 purposeId, int knownMarked)
{
    cd::ConsentFilter filter;
    filter.purposeId = purposeId;
    filter.status = cd::ConsentStatus::Granted;
    filter.needsRenewalOnly = true;
    const auto count = cd::ConsentService(m_session).count(filter);
    if (count.ok())
        return tr("%n granted consent(s) for this purpose now need renewal.", nullptr, int(count.value()));
    if (knownMarked >= 0)
        return tr("%n consent(s) now need renewal.", nullptr, knownMarked);
    return tr("Consents given under earlier versions now need renewal.");
}

void PurposesPage::addPurpose()
{
    auto *dialog = new PurposeDialog(std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setApply([this](const cd::Purpose &p) -> cd::Result<void> {
        auto added = cd::PurposeService(m_session).add(p);
        if (!added.ok())
            return added.error();
        return {};
    });
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        cd::gui::showInfo(this, tr("Add purpose"),
                          tr("The purpose was added. Publish its first notice before registering consent for it."));
    });
    dialog->open();
}

void PurposesPage::editPurpose()
{
    const auto purpose = selectedPurpose();
    if (!purpose)
        return;
    auto *dialog = new PurposeDialog(purpose, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto marked = std::make_shared<int>(0);
    dialog->setApply([this, marked](const cd::Purpose &p) -> cd::Result<void> {
        auto updated = cd::PurposeService(m_session).update(p);
        if (!updated.ok())
            return updated.error();
        *marked = updated.value();
        return {};
    });
    connect(dialog, &QDialog::accepted, this, [this, marked] {
        reload();
        cd::gui::showInfo(this, tr("Edit purpose"),
                          *marked > 0 ? tr("The purpose was saved. %n consent(s) now need renewal.", nullptr, *marked)
                                      : tr("The purpose was saved. No consent needs renewal."));
    });
    dialog->open();
}

void PurposesPage::toggleActive()
{
    const auto purpose = selectedPurpose();
    if (!purpose)
        return;
    const qint64 id = purpose->id;
    if (!purpose->active) {
        if (const auto done = cd::PurposeService(m_session).setActive(id, true); !done.ok())
            cd::gui::showError(this, tr("Activate purpose"), done.error());
        reload();
        return;
    }
    cd::gui::confirm(this, tr("Deactivate purpose"),
                     tr("Deactivate \"%1\"? No new consent can be registered for it; existing records stay.")
                         .arg(purpose->displayName(cd::i18n::isChinese())),
                     [this, id] {
                         if (const auto done = cd::PurposeService(m_session).setActive(id, false); !done.ok())
                             cd::gui::showError(this, tr("Deactivate purpose"), done.error());
                         reload();
                     });
}

void PurposesPage::publishNotice()
{
    const auto purpose = selectedPurpose();
    if (!purpose)
        return;
    std::optional<cd::NoticeVersion> current;
    if (!m_notices.empty())
        current = m_notices.front();
    cd::NoticeItems currentItems;
    if (current) {
        auto items = cd::PurposeService(m_session).noticeItems(current->id);
        if (items.ok())
            currentItems = items.value();
    }
    auto *dialog = new NoticeDialog(*purpose, current, currentItems, m_session.clock(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 purposeId = purpose->id;
    dialog->setApply([this, purposeId](const NoticeDialog &d) -> cd::Result<void> {
        auto published = cd::PurposeService(m_session).publishNotice(purposeId, d.textZh(), d.textEn(), d.items(),
                                                                     d.effectiveAtMs());
        if (!published.ok())
            return published.error();
        return {};
    });
    connect(dialog, &QDialog::accepted, this, [this, purposeId] {
        reload();
        cd::gui::showInfo(this, tr("Notice published"),
                          tr("The new notice version is published.") + QLatin1Char(' ') + renewalCountText(purposeId));
    });
    dialog->open();
}
