#pragma once
// The console's one way of following a change of UI language. A widget or model registers the
// function that sets its texts once, in its constructor; it is called again after every
// language switch for as long as the object lives. No class overrides changeEvent for this.
#include <functional>

class QObject;

namespace cd::gui {

// Calls `retranslate` after each change of language (not now: the constructor sets its texts
// itself once its widgets exist). A widget hears of the change through its own LanguageChange
// event, which Qt posts to every window once the translators are in place. Any other object (an
// item model) listens to the application, which hears of it while the translators are still
// being swapped, so the call is queued, and several changes in a row give one call.
void onLanguageChange(QObject *owner, std::function<void()> retranslate);

} // namespace cd::gui
