#pragma once
// Where the console, the CLI and the timers look for data by default, so that all of them
// find the same database: ~/.local/share/ConsentDesk/ on Linux (XDG_DATA_HOME honoured).
#include <QString>

namespace cd::paths {

QString dataDirectory();          // .../ConsentDesk
QString defaultDatabasePath();    // .../ConsentDesk/store.cdb
QString demoDatabasePath();       // .../ConsentDesk/demo/store.cdb

} // namespace cd::paths
