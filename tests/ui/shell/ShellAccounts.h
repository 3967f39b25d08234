#pragma once
// The users the shell tests sign in as, besides the fixture's officer, and what the
// navigation shows.
#include "tests/support/StoreFixture.h"
#include "core/access/UserService.h"
#include "ui/shell/MainWindow.h"

#include <QListWidget>

namespace cdtest {

inline const QString kStaff = QStringLiteral("sam");
inline const QString kStaffPass = QStringLiteral("staff-pass-22");
inline const QString kAuditor = QStringLiteral("ada");
inline const QString kAuditorPass = QStringLiteral("auditor-pass-3");

// Creates the store with the staff and auditor accounts besides its officer, and locks it.
// Returns the error, or an empty string.
inline QString createShellStore(TestStore &store)
{
    if (QString error = store.create(); !error.isEmpty())
        return error;
    cd::UserService users(*store.officer);
    if (auto r = users.add(kStaff, QStringLiteral("Staff S"), cd::Role::Staff, kStaffPass, cd::KdfLimits::minimum()); !r)
        return r.error().message;
    if (auto r = users.add(kAuditor, QStringLiteral("Auditor A"), cd::Role::Auditor, kAuditorPass,
                           cd::KdfLimits::minimum());
        !r)
        return r.error().message;
    store.officer->lock();
    return {};
}

inline QStringList navigationTexts(MainWindow &w)
{
    QStringList out;
    auto *nav = w.findChild<QListWidget *>(QStringLiteral("navigation"));
    for (int i = 0; nav && i < nav->count(); ++i)
        out << nav->item(i)->text();
    return out;
}

} // namespace cdtest
