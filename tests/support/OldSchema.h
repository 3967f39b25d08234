#pragma once
// Migration tests: an encrypted database created at an older schema version, in a temporary
// directory. The test writes rows as that version had them through `created()`, then opens the
// file again with `reopen()` and migrates.
#include "core/crypto/SecretBytes.h"
#include "core/store/Database.h"
#include "core/store/Schema.h"

#include <QTemporaryDir>

namespace cdtest {

class OldSchemaDb {
public:
    // Creates the file at `version`; on failure created() is an error.
    explicit OldSchemaDb(int version) : m_key(cd::SecretBytes::random(32))
    {
        cd::OpenOptions create;
        create.create = true;
        m_path = m_dir.filePath(QStringLiteral("old.cdb"));
        auto db = cd::Database::open(m_path, &m_key, create);
        if (!db) {
            m_error = db.error().message;
            return;
        }
        if (auto migrated = cd::schema::migrateTo(*db.value(), version); !migrated) {
            m_error = migrated.error().message;
            return;
        }
        m_db = std::move(db.value());
    }
    // The database as created (null, with error() saying why, if that failed).
    cd::Database *created() { return m_db.get(); }
    QString error() const { return m_error; }
    // Closes the created database and opens the file again (not yet migrated).
    cd::Result<std::unique_ptr<cd::Database>> reopen()
    {
        m_db.reset();
        return cd::Database::open(m_path, &m_key);
    }

private:
    QTemporaryDir m_dir;
    cd::SecretBytes m_key;
    QString m_path;
    QString m_error;
    std::unique_ptr<cd::Database> m_db;
};

} // namespace cdtest
