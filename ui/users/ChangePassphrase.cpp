#include "ChangePassphrase.h"

#include "UserDialog.h"
#include "core/access/Session.h"
#include "core/access/UserService.h"

#include <QCoreApplication>

namespace {
struct ChangePassphraseText {
    Q_DECLARE_TR_FUNCTIONS(ChangePassphrase)
};
} // namespace

UserDialog *openChangeOwnPassphrase(QWidget *parent, std::function<cd::Session *()> session)
{
    const cd::Session *now = session();
    if (!now || now->isLocked())
        return nullptr;
    auto *dialog = new UserDialog(UserDialog::Mode::ChangeOwnPassphrase, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setUserName(now->user().name);
    dialog->setApply([session = std::move(session)](const UserDialog &d) -> cd::Result<void> {
        cd::Session *s = session();
        if (!s || s->isLocked())
            return cd::makeError(cd::ErrorCode::Locked, ChangePassphraseText::tr("The console is locked."));
        return cd::UserService(*s).changeOwnPassphrase(d.oldPassphrase(), d.passphrase());
    });
    dialog->open();
    return dialog;
}
