#include "Retranslate.h"

#include <QCoreApplication>
#include <QEvent>
#include <QMetaObject>
#include <QPointer>

namespace cd::gui {

namespace {

// A child of the owner, so it goes away with it; filters the owner's events (a widget) or the
// application's (anything else).
class LanguageWatcher : public QObject {
public:
    LanguageWatcher(QObject *owner, std::function<void()> retranslate)
        : QObject(owner), m_retranslate(std::move(retranslate)), m_queued(!owner->isWidgetType())
    {
        m_watched = m_queued ? static_cast<QObject *>(QCoreApplication::instance()) : owner;
        if (m_watched)
            m_watched->installEventFilter(this);
    }
    ~LanguageWatcher() override
    {
        if (m_watched)
            m_watched->removeEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange && watched == m_watched) {
            if (!m_queued) {
                m_retranslate();
            } else if (!m_pending) {
                m_pending = true;
                QMetaObject::invokeMethod(
                    this,
                    [this] {
                        m_pending = false;
                        m_retranslate();
                    },
                    Qt::QueuedConnection);
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_retranslate;
    QPointer<QObject> m_watched;
    bool m_queued;
    bool m_pending = false;
};

} // namespace

void onLanguageChange(QObject *owner, std::function<void()> retranslate)
{
    Q_ASSERT(owner);
    new LanguageWatcher(owner, std::move(retranslate));
}

} // namespace cd::gui
