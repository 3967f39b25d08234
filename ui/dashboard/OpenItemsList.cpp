#include "OpenItemsList.h"

#include "ui/common/Retranslate.h"

OpenItemsList::OpenItemsList(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("openItemsList"));
    setWordWrap(true);
    setUniformItemSizes(false);
    setSelectionMode(QAbstractItemView::SingleSelection);
    // One click opens the page, as a link would; the keyboard's Enter does the same.
    connect(this, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        emit pageRequested(item->data(Qt::UserRole).toString());
    });
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit pageRequested(item->data(Qt::UserRole).toString());
    });
    cd::gui::onLanguageChange(this, [this] { fill(); });
}

void OpenItemsList::setItems(const std::vector<cd::OpenItem> &items)
{
    m_items = items;
    fill();
}

void OpenItemsList::fill()
{
    clear();
    for (const cd::OpenItem &i : m_items) {
        auto *item = new QListWidgetItem(QStringLiteral("⚠ ") + cd::describeOpenItem(i), this);
        item->setData(Qt::UserRole, i.pageId);
        item->setData(Qt::UserRole + 1, cd::openItemKindId(i));
        item->setToolTip(tr("Opens the page where this is put right."));
    }
    if (m_items.empty()) {
        auto *none = new QListWidgetItem(tr("Nothing is open."), this);
        none->setFlags(Qt::ItemIsEnabled);
    }
}
