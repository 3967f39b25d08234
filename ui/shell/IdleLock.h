#pragma once
// Locks the console after a period without mouse or keyboard input. It watches every input
// event of the application (an event filter on qApp), so any window counts as activity.
#include "ShellSettings.h"

#include <QObject>

class QTimer;
class QWidget;

class IdleLock : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultTimeoutMinutes = cd::gui::settings::kDefaultIdleMinutes;

    explicit IdleLock(QObject *parent = nullptr);
    ~IdleLock() override;

    // The timeout saved in the settings, in milliseconds.
    static int timeoutFromSettings();
    // Asks for a new timeout in minutes (a window-modal dialog over `parent`), then applies and
    // saves it.
    void askTimeout(QWidget *parent);

    void setTimeoutMs(int ms);
    int timeoutMs() const;
    // Paused while the console is locked; restarts the countdown when enabled.
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer *m_timer;
    bool m_enabled = true;
};
