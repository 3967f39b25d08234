#include "IdleLock.h"

#include <QCoreApplication>
#include <QEvent>
#include <QInputDialog>
#include <QTimer>

IdleLock::IdleLock(QObject *parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(timeoutFromSettings());
    connect(m_timer, &QTimer::timeout, this, &IdleLock::idle);
    QCoreApplication::instance()->installEventFilter(this);
    m_timer->start();
}

IdleLock::~IdleLock()
{
    if (auto *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

int IdleLock::timeoutFromSettings() { return cd::gui::settings::idleTimeoutMinutes() * 60 * 1000; }

void IdleLock::askTimeout(QWidget *parent)
{
    auto *dialog = new QInputDialog(parent);
    dialog->setObjectName(QStringLiteral("idleTimeoutDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setInputMode(QInputDialog::IntInput);
    dialog->setWindowTitle(tr("Lock when idle"));
    dialog->setLabelText(tr("Lock the console after this many minutes without input:"));
    dialog->setIntRange(1, cd::gui::settings::kMaxIdleMinutes);
    dialog->setIntValue(qMax(1, timeoutMs() / 60000));
    connect(dialog, &QInputDialog::intValueSelected, this, [this](int minutes) {
        cd::gui::settings::setIdleTimeoutMinutes(minutes);
        setTimeoutMs(minutes * 60 * 1000);
    });
    dialog->open();
}

void IdleLock::setTimeoutMs(int ms)
{
    m_timer->setInterval(qMax(1, ms));
    if (m_enabled)
        m_timer->start();
}

int IdleLock::timeoutMs() const { return m_timer->interval(); }

void IdleLock::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (enabled)
        m_timer->start();
    else
        m_timer->stop();
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    if (m_enabled) {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::MouseButtonPress:
        case QEvent::MouseMove:
        case QEvent::Wheel:
        case QEvent::TouchBegin:
        case QEvent::TabletPress:
            m_timer->start();  // restarts the countdown
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}
