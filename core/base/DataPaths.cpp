#include "DataPaths.h"

#include <QStandardPaths>

namespace cd::paths {

QString dataDirectory()
{
    // GenericDataLocation does not depend on the organisation/application names a program sets.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/ConsentDesk");
}

QString defaultDatabasePath() { return dataDirectory() + QStringLiteral("/store.cdb"); }
QString demoDatabasePath() { return dataDirectory() + QStringLiteral("/demo/store.cdb"); }

} // namespace cd::paths
