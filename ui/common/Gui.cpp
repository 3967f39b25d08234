#include "Gui.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

Q_LOGGING_CATEGORY(lcUi, "consentdesk.ui")

// Q_INIT_RESOURCE must be used outside any namespace.
static void initConsentDeskResources() { Q_INIT_RESOURCE(resources); }

namespace cd::gui {

void initResources()
{
    static bool done = false;
    if (!done) {
        initConsentDeskResources();
        done = true;
    }
}

QString formatDateTime(qint64 utcMs, bool withSeconds)
{
    if (utcMs <= 0)
        return {};
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(utcMs).toLocalTime();
    const QLocale locale;
    if (!withSeconds)
        return locale.toString(local, QLocale::ShortFormat);
    // QLocale's short time drops seconds; an audit trail needs them.
    return locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ')
        + local.time().toString(QStringLiteral("HH:mm:ss"));
}

QString formatDate(qint64 utcMs)
{
    if (utcMs <= 0)
        return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(utcMs).toLocalTime().date(), QLocale::ShortFormat);
}

QString shortHash(const QString &hex)
{
    if (hex.size() <= 12)
        return hex;
    return hex.left(8) + QChar(0x2026) + hex.right(4);
}

void setUpListView(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
}

namespace {
QMessageBox *makeBox(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text)
{
    auto *box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(parent ? Qt::WindowModal : Qt::ApplicationModal);
    return box;
}
} // namespace

void showError(QWidget *parent, const QString &title, const QString &message)
{
    makeBox(parent, QMessageBox::Warning, title, message)->open();
}

void showError(QWidget *parent, const QString &title, const Error &error)
{
    showError(parent, title, error.message);
}

void showInfo(QWidget *parent, const QString &title, const QString &message)
{
    makeBox(parent, QMessageBox::Information, title, message)->open();
}

void confirm(QWidget *parent, const QString &title, const QString &question, std::function<void()> onYes)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, question, QMessageBox::Yes | QMessageBox::No, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(parent ? Qt::WindowModal : Qt::ApplicationModal);
    box->setDefaultButton(QMessageBox::No);
    QObject::connect(box, &QMessageBox::buttonClicked, box, [box, onYes = std::move(onYes)](QAbstractButton *b) {
        if (box->standardButton(b) == QMessageBox::Yes)
            onYes();
    });
    box->open();
}

} // namespace cd::gui
