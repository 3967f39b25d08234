#pragma once
// One spelling of a login name for every comparison: the keyslot label and the users table's
// uniqueness both use it, so two names the console treats as one cannot hold two slots or rows.
#include <QString>

namespace cd {

// Trimmed, NFKC, then Unicode case folding (and NFKC again, since folding can leave a
// non-normalised string): "ＣＬＥＲＫ", "Clerk" and "clerk" are one name.
QString normalisedUserName(const QString &name);
bool sameUserName(const QString &a, const QString &b);

} // namespace cd
