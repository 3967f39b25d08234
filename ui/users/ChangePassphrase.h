#pragma once
// The signed-in user changes their own passphrase: from the console's menu and from the Users
// page, through the same dialog and the same service call.
#include <functional>

class QWidget;
class UserDialog;

namespace cd { class Session; }

// Opens the dialog (window-modal, deleted on close) and returns it, so that the caller can
// confirm on `accepted`; nullptr when nobody is signed in. `session` is asked again when the
// change is applied, because the console may have locked while the dialog was open.
UserDialog *openChangeOwnPassphrase(QWidget *parent, std::function<cd::Session *()> session);
