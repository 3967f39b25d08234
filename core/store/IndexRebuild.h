#pragma once
// Drops a table's secondary indexes for one bulk change and builds them again afterwards, inside
// the caller's transaction (DDL is transactional in SQLite: a rollback or a crash brings the old
// indexes back with the old rows). Erasing 431,623 of 1,000,000 customers row by row spent 13 s
// deleting scattered name and phone index entries; dropping, updating and re-creating took under
// 5 s (docs/erasure.md). With secure_delete on, the dropped index pages are zeroed as they are freed.
#include "core/base/Result.h"

#include <QByteArray>
#include <QList>

namespace cd {

class Database;

class IndexRebuild {
public:
    // Reads each index's CREATE statement from the schema and drops it. The caller's transaction
    // must be open (refused otherwise, so that no commit can leave the table without its indexes).
    static Result<IndexRebuild> drop(Database &db, const QList<QByteArray> &indexNames);
    // Creates the indexes again exactly as they were defined.
    Result<void> restore();

private:
    explicit IndexRebuild(Database &db) : m_db(&db) {}
    Database *m_db;
    QList<QByteArray> m_createSql;
};

} // namespace cd
