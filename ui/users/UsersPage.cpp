#include "UsersPage.h"

#include "ui/common/Gui.h"
#include "ui/shell/RecoveryCodeDialog.h"
#include "ChangePassphrase.h"
#include "UserDialog.h"
#include "core/access/Session.h"
#include "core/access/UserService.h"
#include "ui/common/Retranslate.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { NameColumn, DisplayColumn, RoleColumn, CreatedColumn, ColumnCount };
constexpr int kRoleDataRole = Qt::UserRole + 1;
constexpr int kCreatedAtRole = Qt::UserRole + 2;
} // namespace

UsersPage::UsersPage(cd::Session &session, const QString &storeName, QWidget *parent)
    : QWidget(parent), m_session(session), m_storeName(storeName)
{
    setObjectName(QStringLiteral("usersPage"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);

    auto button = [this](const char *name) {
        auto *b = new QPushButton(this);
        b->setObjectName(QLatin1String(name));
        return b;
    };
    m_addButton = button("addUserButton");
    m_removeButton = button("removeUserButton");
    m_resetButton = button("resetPassphraseButton");
    m_ownButton = button("changeOwnPassphraseButton");
    m_recoveryButton = button("renewRecoveryCodeButton");

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addWidget(m_resetButton);
    buttons->addSpacing(16);
    buttons->addWidget(m_ownButton);
    buttons->addWidget(m_recoveryButton);
    buttons->addStretch();

    auto *body = new QHBoxLayout;
    body->addWidget(m_table, 1);
    body->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(body);

    connect(m_addButton, &QPushButton::clicked, this, &UsersPage::addUser);
    connect(m_removeButton, &QPushButton::clicked, this, &UsersPage::removeUser);
    connect(m_resetButton, &QPushButton::clicked, this, &UsersPage::resetPassphrase);
    connect(m_ownButton, &QPushButton::clicked, this, &UsersPage::changeOwnPassphrase);
    connect(m_recoveryButton, &QPushButton::clicked, this, &UsersPage::renewRecoveryCode);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersPage::updateButtons);
    connect(m_table, &QTableWidget::itemActivated, this, &UsersPage::resetPassphrase);

    setTabOrder(m_table, m_addButton);
    cd::gui::onLanguageChange(this, [this] { retranslateUi(); });
    retranslateUi();
    reload();
}

void UsersPage::reload()
{
    const QString keep = selectedUserName();
    m_table->setRowCount(0);
    auto users = cd::UserService(m_session).list();
    if (!users.ok()) {
        cd::gui::showError(this, tr("Users"), users.error());
        updateButtons();
        return;
    }
    m_table->setRowCount(int(users->size()));
    int row = 0;
    for (const cd::User &u : users.value()) {
        auto *name = new QTableWidgetItem(u.name);
        auto *role = new QTableWidgetItem(cd::roleDisplayName(u.role));
        role->setData(kRoleDataRole, int(u.role));
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(row, DisplayColumn, new QTableWidgetItem(u.displayName));
        m_table->setItem(row, RoleColumn, role);
        auto *created = new QTableWidgetItem(cd::gui::formatDateTime(u.createdAt));
        created->setData(kCreatedAtRole, u.createdAt);
        m_table->setItem(row, CreatedColumn, created);
        if (u.name == keep)
            m_table->selectRow(row);
        ++row;
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

void UsersPage::retranslateUi()
{
    m_intro->setText(tr("Each user opens the store with their own passphrase. Removing a user removes "
                        "their key as well; their past records keep their name."));
    m_table->setHorizontalHeaderLabels({tr("Login name"), tr("Display name"), tr("Role"), tr("Created")});
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (auto *item = m_table->item(row, RoleColumn))
            item->setText(cd::roleDisplayName(cd::Role(item->data(kRoleDataRole).toInt())));
        if (auto *item = m_table->item(row, CreatedColumn))  // dates follow the new QLocale
            item->setText(cd::gui::formatDateTime(item->data(kCreatedAtRole).toLongLong()));
    }
    m_addButton->setText(tr("&Add user…"));
    m_removeButton->setText(tr("Re&move user"));
    m_resetButton->setText(tr("Re&set passphrase…"));
    m_ownButton->setText(tr("Change &my passphrase…"));
    m_recoveryButton->setText(tr("New recovery &code…"));
}

void UsersPage::updateButtons()
{
    const QString name = selectedUserName();
    const bool self = !name.isEmpty() && name.compare(m_session.user().name, Qt::CaseInsensitive) == 0;
    m_removeButton->setEnabled(!name.isEmpty() && !self);
    m_resetButton->setEnabled(!name.isEmpty() && !self);
}

QString UsersPage::selectedUserName() const
{
    const auto rows = m_table->selectionModel()->selectedRows(NameColumn);
    return rows.isEmpty() ? QString() : rows.first().data().toString();
}

void UsersPage::addUser()
{
    auto *dialog = new UserDialog(UserDialog::Mode::Add, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setApply([this](const UserDialog &d) -> cd::Result<void> {
        auto added = cd::UserService(m_session).add(d.userName(), d.displayName(), d.role(), d.passphrase());
        if (!added.ok())
            return added.error();
        return {};
    });
    connect(dialog, &QDialog::accepted, this, &UsersPage::reload);
    dialog->open();
}

void UsersPage::removeUser()
{
    const QString name = selectedUserName();
    if (name.isEmpty())
        return;
    cd::gui::confirm(this, tr("Remove user"),
                     tr("Remove the user \"%1\"? The store gets a new key, so their passphrase will no longer open it, "
                        "not even with an old copy of the keyslot file.").arg(name),
                     [this, name] {
                         if (const auto removed = cd::UserService(m_session).remove(name); !removed.ok())
                             cd::gui::showError(this, tr("Remove user"), removed.error());
                         reload();
                     });
}

void UsersPage::resetPassphrase()
{
    const QString name = selectedUserName();
    if (name.isEmpty() || name.compare(m_session.user().name, Qt::CaseInsensitive) == 0)
        return;
    auto *dialog = new UserDialog(UserDialog::Mode::ResetPassphrase, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setUserName(name);
    dialog->setApply([this](const UserDialog &d) {
        return cd::UserService(m_session).resetPassphrase(d.userName(), d.passphrase());
    });
    connect(dialog, &QDialog::accepted, this, [this, name] {
        cd::gui::showInfo(this, tr("Reset passphrase"),
                          tr("The passphrase of \"%1\" was reset and the store has a new key: the old passphrase no "
                             "longer opens it. Give the new one to them in person.").arg(name));
    });
    dialog->open();
}

void UsersPage::changeOwnPassphrase()
{
    if (auto *dialog = openChangeOwnPassphrase(this, [this] { return &m_session; })) {
        connect(dialog, &QDialog::accepted, this,
                [this] { cd::gui::showInfo(this, tr("Change my passphrase"), tr("Your passphrase was changed.")); });
    }
}

void UsersPage::renewRecoveryCode()
{
    cd::gui::confirm(this, tr("New recovery code"),
                     tr("Make a new recovery code? The old code stops working at once; the new one is "
                        "shown only once."),
                     [this] {
                         QGuiApplication::setOverrideCursor(Qt::BusyCursor);
                         auto code = cd::UserService(m_session).renewRecoveryCode();
                         QGuiApplication::restoreOverrideCursor();
                         if (!code.ok()) {
                             cd::gui::showError(this, tr("New recovery code"), code.error());
                             return;
                         }
                         auto *dialog = new RecoveryCodeDialog(code.value(), m_storeName, this);
                         dialog->setAttribute(Qt::WA_DeleteOnClose);
                         dialog->open();
                     });
}
