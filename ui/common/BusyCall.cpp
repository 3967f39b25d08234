#include "BusyCall.h"

#include <QProgressDialog>
#include <QTimer>

int BusyCall::s_running = 0;

BusyCall::BusyCall(QWidget *parent, const QString &label, int showAfterMs)
{
    ++s_running;
    m_dialog = new QProgressDialog(parent);
    m_dialog->setObjectName(QStringLiteral("busyDialog"));
    m_dialog->setWindowTitle(label);
    m_dialog->setLabelText(label);
    m_dialog->setCancelButton(nullptr);  // a vendor call is not cancelled from here; it times out
    m_dialog->setRange(0, 0);            // a busy indicator: there are no steps to count
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    // QProgressDialog would show itself after its own minimumDuration; this timer decides instead.
    m_dialog->setMinimumDuration(24 * 3600 * 1000);
    m_dialog->hide();
    m_showTimer = new QTimer(m_dialog);
    m_showTimer->setSingleShot(true);
    QObject::connect(m_showTimer, &QTimer::timeout, m_dialog, [d = m_dialog] {
        if (d)
            d->show();
    });
    m_showTimer->start(showAfterMs);
}

BusyCall::~BusyCall()
{
    --s_running;
    if (m_showTimer)
        m_showTimer->stop();
    if (m_dialog) {
        m_dialog->hide();
        m_dialog->deleteLater();
    }
}
