#include "ShellSettings.h"

#include <QSettings>

namespace cd::gui::settings {

namespace {
const QString kLanguageKey = QStringLiteral("language");
const QString kIdleKey = QStringLiteral("idleTimeoutMinutes");

int boundedIdle(int minutes)
{
    return minutes > 0 ? qMin(minutes, kMaxIdleMinutes) : kDefaultIdleMinutes;
}
} // namespace

QString language() { return QSettings().value(kLanguageKey).toString(); }

void setLanguage(const QString &language) { QSettings().setValue(kLanguageKey, language); }

int idleTimeoutMinutes()
{
    bool ok = false;
    const int minutes = QSettings().value(kIdleKey, kDefaultIdleMinutes).toInt(&ok);
    return ok ? boundedIdle(minutes) : kDefaultIdleMinutes;
}

void setIdleTimeoutMinutes(int minutes) { QSettings().setValue(kIdleKey, boundedIdle(minutes)); }

} // namespace cd::gui::settings
