#pragma once
// Shows a window-modal progress dialog while a synchronous vendor call runs. VendorManager's calls
// wait in a local event loop, so the dialog animates and the window repaints; the dialog only
// appears when the call takes longer than a moment, so quick calls do not flash it.
#include <QPointer>
#include <QProgressDialog>
#include <QString>
#include <QTimer>
#include <utility>

class QWidget;

class BusyCall {
public:
    static constexpr int kDefaultShowAfterMs = 300;

    BusyCall(QWidget *parent, const QString &label, int showAfterMs = kDefaultShowAfterMs);
    ~BusyCall();
    BusyCall(const BusyCall &) = delete;
    BusyCall &operator=(const BusyCall &) = delete;

    // Runs `work` with the dialog pending and returns its result. The caller must check that it
    // still exists afterwards (a QPointer): the console may lock while the call waits.
    template <typename Work>
    static auto run(QWidget *parent, const QString &label, Work &&work, int showAfterMs = kDefaultShowAfterMs)
    {
        BusyCall busy(parent, label, showAfterMs);
        return std::forward<Work>(work)();
    }

    // True while any BusyCall is running: actions started meanwhile would nest vendor calls.
    static bool isRunning() { return s_running > 0; }
    // The dialog, or nullptr (tests look at it).
    QProgressDialog *dialog() const { return m_dialog; }

private:
    QPointer<QProgressDialog> m_dialog;
    QPointer<QTimer> m_showTimer;
    static int s_running;
};
