#pragma once
// Finding the widgets a GUI test drives, by objectName, so that tests do not depend on the
// language shown.
#include <QObject>

namespace cdtest {

template <typename T>
T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

} // namespace cdtest
