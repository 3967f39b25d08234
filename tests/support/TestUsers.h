#pragma once
// The one set of test users every fixture creates: an officer, a staff member and an auditor.
// The passphrases are for the tests' throw-away stores only.
#include "core/domain/Role.h"

#include <QList>
#include <QString>

namespace cdtest {

struct TestUser {
    QString name;
    QString passphrase;
    cd::Role role;
};

inline const TestUser &officerUser()
{
    static const TestUser u{QStringLiteral("officer"), QStringLiteral("officer-pass-1"), cd::Role::Officer};
    return u;
}
inline const TestUser &staffUser()
{
    static const TestUser u{QStringLiteral("staff1"), QStringLiteral("staff-pass-1"), cd::Role::Staff};
    return u;
}
inline const TestUser &auditorUser()
{
    static const TestUser u{QStringLiteral("auditor1"), QStringLiteral("auditor-pass-1"), cd::Role::Auditor};
    return u;
}
// Officer first: it creates the store and adds the others.
inline const QList<TestUser> &testUsers()
{
    static const QList<TestUser> all{officerUser(), staffUser(), auditorUser()};
    return all;
}

} // namespace cdtest
