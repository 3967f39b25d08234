#pragma once
// The console's own preferences in QSettings, in one place: the chosen language and the idle
// lock timeout. Nothing personal is ever kept here (DESIGN.md: no personal data in QSettings).
#include <QString>

namespace cd::gui::settings {

inline constexpr int kDefaultIdleMinutes = 10;
inline constexpr int kMaxIdleMinutes = 24 * 60;

// The language last chosen in the menu, or empty.
QString language();
void setLanguage(const QString &language);

// Never "off": a forgotten console must lock eventually. Between 1 minute and a day.
int idleTimeoutMinutes();
void setIdleTimeoutMinutes(int minutes);

} // namespace cd::gui::settings
