#include "IdleLock.h"

#include <QCoreApplication>
#include <QEvent>
#include <QSettings>
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

int IdleLock::timeoutFromSettings()
{
    bool ok = false;
    const int minutes = QSettings().value(QStringLiteral("idleTimeoutMinutes"), kDefaultTimeoutMinutes).toInt(&ok);
    // Never "off": a forgotten console must lock eventually. At most one day.
    const int bounded = ok && minutes > 0 ? qMin(minutes, 24 * 60) : kDefaultTimeoutMinutes;
    return bounded * 60 * 1000;
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
