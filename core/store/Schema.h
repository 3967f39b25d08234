#pragma once
// Numbered schema migrations on PRAGMA user_version, all pending steps in one transaction.
#include "core/base/Result.h"

namespace cd {

class Database;

namespace schema {

constexpr qint64 kApplicationId = 0x43445331;  // "CDS1": marks a ConsentDesk database
int latestVersion();
// Brings the database to latestVersion(). A fresh database gets every step.
Result<void> migrate(Database &db);
// Brings the database to exactly `version` (<= latestVersion()): tests build older databases
// with it to check that they migrate.
Result<void> migrateTo(Database &db, int version);

} // namespace schema
} // namespace cd
