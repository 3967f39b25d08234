#pragma once
// A window-modal progress dialog for a vendor call that runs on the vendor thread
// (cd::VendorWorker): made when the call is asked for, kept by the reply's callback, gone when
// the reply arrives (or when the reply is dropped because the page went). The dialog only appears
// when the call takes longer than a moment, so quick calls do not flash it. Nothing here waits.
#include <QPointer>
#include <QProgressDialog>
#include <QString>
#include <QTimer>
#include <memory>

class QWidget;

class BusyCall {
public:
    static constexpr int kDefaultShowAfterMs = 300;

    BusyCall(QWidget *parent, const QString &label, int showAfterMs = kDefaultShowAfterMs);
    ~BusyCall();
    BusyCall(const BusyCall &) = delete;
    BusyCall &operator=(const BusyCall &) = delete;

    // For capturing in the reply's callback (which must stay copyable).
    static std::shared_ptr<BusyCall> start(QWidget *parent, const QString &label,
                                           int showAfterMs = kDefaultShowAfterMs)
    {
        return std::make_shared<BusyCall>(parent, label, showAfterMs);
    }

    // True while any BusyCall is alive: an action asked for meanwhile would queue behind it.
    static bool isRunning() { return s_running > 0; }
    // The dialog, or nullptr (tests look at it).
    QProgressDialog *dialog() const { return m_dialog; }

private:
    QPointer<QProgressDialog> m_dialog;
    QPointer<QTimer> m_showTimer;
    static int s_running;
};
