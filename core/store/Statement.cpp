#include "Statement.h"
#include "Database.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace cd {

Statement::Statement(Database &db, sqlite3_stmt *stmt, QByteArray name)
    : m_db(db), m_stmt(stmt), m_name(std::move(name))
{
}

Statement::~Statement() { sqlite3_finalize(m_stmt); }

Statement &Statement::bind(int index, qint64 value)
{
    const int rc = sqlite3_bind_int64(m_stmt, index, value);
    if (rc != SQLITE_OK && !m_bindError)
        m_bindError = rc;
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    const int rc = sqlite3_bind_text(m_stmt, index, utf8.constData(), utf8.size(), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK && !m_bindError)
        m_bindError = rc;
    return *this;
}

Statement &Statement::bindBlob(int index, const QByteArray &value)
{
    const int rc = sqlite3_bind_blob(m_stmt, index, value.constData(), value.size(), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK && !m_bindError)
        m_bindError = rc;
    return *this;
}

Statement &Statement::bindNull(int index)
{
    const int rc = sqlite3_bind_null(m_stmt, index);
    if (rc != SQLITE_OK && !m_bindError)
        m_bindError = rc;
    return *this;
}

Statement &Statement::bindOptional(int index, qint64 value, bool present)
{
    return present ? bind(index, value) : bindNull(index);
}

Result<bool> Statement::step()
{
    if (m_bindError)
        return m_db.errorFor(m_bindError, m_name.constData());
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const Error e = m_db.errorFor(rc, m_name.constData());
    sqlite3_reset(m_stmt);
    return e;
}

Result<void> Statement::run()
{
    for (;;) {
        auto r = step();
        if (!r)
            return r.error();
        if (!r.value())
            break;
    }
    sqlite3_reset(m_stmt);
    return {};
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_bindError = 0;
}

qint64 Statement::int64(int column) const { return sqlite3_column_int64(m_stmt, column); }

QString Statement::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!p)
        return {};
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(p, sqlite3_column_bytes(m_stmt, column));
}

QByteArrayView Statement::bytes(int column) const
{
    // sqlite3_column_blob before sqlite3_column_bytes: the documented order that avoids a
    // conversion of text.
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArrayView(p, sqlite3_column_bytes(m_stmt, column));
}

bool Statement::isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
bool Statement::isInteger(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_INTEGER; }

Result<void> Query::single()
{
    auto r = step();
    if (!r)
        return r.error();
    if (!r.value())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("cd::Store", "The record was not found."));
    return {};
}

Result<void> Query::single(const Error &notFound)
{
    auto r = step();
    if (!r)
        return r.error();
    if (!r.value())
        return notFound;
    return {};
}

} // namespace cd
