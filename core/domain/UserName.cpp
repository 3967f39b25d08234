#include "UserName.h"

namespace cd {

QString normalisedUserName(const QString &name)
{
    return name.trimmed()
        .normalized(QString::NormalizationForm_KC)
        .toCaseFolded()
        .normalized(QString::NormalizationForm_KC);
}

bool sameUserName(const QString &a, const QString &b) { return normalisedUserName(a) == normalisedUserName(b); }

} // namespace cd
