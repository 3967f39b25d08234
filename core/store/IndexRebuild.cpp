#include "IndexRebuild.h"
#include "Database.h"

#include <QCoreApplication>

namespace cd {

Result<IndexRebuild> IndexRebuild::drop(Database &db, const QList<QByteArray> &indexNames)
{
    if (!db.inTransaction())
        return makeError(ErrorCode::Failed, QCoreApplication::translate("cd::Store", "Indexes can be rebuilt only "
                                                                                      "inside a transaction."));
    IndexRebuild rebuild(db);
    auto sql = db.query("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?1 AND sql IS NOT NULL");
    for (const QByteArray &name : indexNames) {
        sql.bind(1, QString::fromLatin1(name));
        auto row = sql.step();
        if (!row)
            return row.error();
        if (!row.value())
            return makeError(ErrorCode::Failed, QCoreApplication::translate("cd::Store", "The index %1 is missing.")
                                                    .arg(QString::fromLatin1(name)));
        rebuild.m_createSql << sql.text(0).toUtf8();
        CD_TRY(sql.run());  // finish the statement before the schema changes under it
        CD_TRY(db.exec(("DROP INDEX " + name).constData()));
    }
    return rebuild;
}

Result<void> IndexRebuild::restore()
{
    for (const QByteArray &create : std::as_const(m_createSql))
        CD_TRY(m_db->exec(create.constData()));
    m_createSql.clear();
    return {};
}

} // namespace cd
