#pragma once
#include "core/base/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <type_traits>
#include <QString>
#include <utility>
#include <vector>

struct sqlite3_stmt;

namespace cd {

class Database;

// A prepared statement. Binds are positional and 1-based; columns are 0-based.
// Bind errors are remembered and reported by the next step().
class Statement {
public:
    Statement(Database &db, sqlite3_stmt *stmt, QByteArray name);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement &bind(int index, const QString &value);  // a null QString binds NULL
    Statement &bindBlob(int index, const QByteArray &value);
    Statement &bindNull(int index);
    Statement &bindOptional(int index, qint64 value, bool present);

    Result<bool> step();   // true: a row is ready; false: done
    Result<void> run();    // steps to the end, ignoring rows
    void reset();          // reset and clear bindings

    qint64 int64(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    // The column's bytes (text as stored UTF-8, or a blob) without a copy; valid until the next
    // step or reset. For hot loops such as the ledger verifier.
    QByteArrayView bytes(int column) const;
    bool isNull(int column) const;
    bool isInteger(int column) const;

    const QByteArray &name() const { return m_name; }

private:
    Database &m_db;
    sqlite3_stmt *m_stmt;
    QByteArray m_name;  // the start of the SQL: logged instead of bound values
    int m_bindError = 0;
};

// A scoped use of a cached Statement: forwards binds and reads, and resets the statement when
// it goes out of scope, so no read snapshot stays open by accident. A statement that failed to
// prepare makes every step() return that error.
class Query {
public:
    Query(Statement *statement) : m_st(statement) {}
    Query(Error error) : m_error(std::move(error)) {}
    ~Query() { if (m_st) m_st->reset(); }
    Query(Query &&other) noexcept : m_st(std::exchange(other.m_st, nullptr)), m_error(std::move(other.m_error)) {}
    Query(const Query &) = delete;
    Query &operator=(const Query &) = delete;
    Query &operator=(Query &&) = delete;

    template <typename T>
    Query &bind(int index, const T &value) { if (m_st) m_st->bind(index, value); return *this; }
    Query &bindBlob(int index, const QByteArray &v) { if (m_st) m_st->bindBlob(index, v); return *this; }
    Query &bindNull(int index) { if (m_st) m_st->bindNull(index); return *this; }
    Query &bindOptional(int index, qint64 v, bool present) { if (m_st) m_st->bindOptional(index, v, present); return *this; }

    Result<bool> step() { if (!m_st) return m_error; return m_st->step(); }
    Result<void> run() { if (!m_st) return m_error; return m_st->run(); }
    // Steps once and expects a row; NotFound otherwise. With `notFound`, that error is returned
    // when there is no row, while a real failure (damaged, busy) passes through unchanged.
    Result<void> single();
    Result<void> single(const Error &notFound);

    // Calls `each(query)` for every remaining row; `each` returns void, or a Result<void> whose
    // error ends the walk. A step error ends it with that error.
    template <typename Each>
    Result<void> forEach(Each each)
    {
        for (;;) {
            auto row = step();
            if (!row)
                return row.error();
            if (!row.value())
                return {};
            if constexpr (std::is_void_v<decltype(each(*this))>) {
                each(*this);
            } else {
                auto r = each(*this);
                if (!r)
                    return r.error();
            }
        }
    }

    // Reads every remaining row with `read(query)`; a step error ends it with that error.
    template <typename Read>
    auto collect(Read read) -> Result<std::vector<decltype(read(*this))>>
    {
        std::vector<decltype(read(*this))> out;
        for (;;) {
            auto row = step();
            if (!row)
                return row.error();
            if (!row.value())
                return out;
            out.push_back(read(*this));
        }
    }

    qint64 int64(int c) const { return m_st->int64(c); }
    QString text(int c) const { return m_st->text(c); }
    QByteArray blob(int c) const { return m_st->blob(c); }
    QByteArrayView bytes(int c) const { return m_st->bytes(c); }
    bool isNull(int c) const { return m_st->isNull(c); }
    bool isInteger(int c) const { return m_st->isInteger(c); }

private:
    Statement *m_st = nullptr;
    Error m_error;
};

// Every string that starts with `prefix` sorts below prefix + U+10FFFF in UTF-8 byte order, so
// a prefix search is an index range (`col >= prefix AND col < bound`) instead of a LIKE scan.
inline QString prefixUpperBound(const QString &prefix) { return prefix + QString::fromUcs4(U"\U0010FFFF", 1); }

} // namespace cd
