#pragma once
// A small value-or-error type. Errors cross layer boundaries as values, never as exceptions.
#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace cd {

enum class ErrorCode {
    Failed,           // anything not covered below
    Usage,            // caller passed something malformed
    WrongPassphrase,  // passphrase does not open the slot (or no slot for that user)
    UnknownUser,
    Damaged,          // database or keyslot file damaged / altered
    NotADatabase,     // a foreign file, an empty file, a newer schema
    Busy,             // locked by another process past the bounded wait
    ReadOnly,
    DiskFull,
    Forbidden,        // the session's role may not do this
    NotFound,
    Invalid,          // a rule of the domain refuses the input (reason in the message)
    Conflict,         // already exists / constraint
    Locked,           // the session was locked
};

// Exit codes of consentdesk-cli, the same for every command.
enum ExitCode { ExitOk = 0, ExitFailed = 1, ExitUsage = 2, ExitAuth = 3, ExitDamaged = 4, ExitBusy = 5 };
int exitCodeFor(ErrorCode code);

struct Error {
    ErrorCode code = ErrorCode::Failed;
    QString message;  // translated, for people; never contains personal data
};

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Error error) : m_v(std::move(error)) {}
    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    T &value() & { return std::get<0>(m_v); }
    const T &value() const & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const Error &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}
    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(ErrorCode code, QString message) { return Error{code, std::move(message)}; }

} // namespace cd

// Propagate an error from an expression returning Result<...>. The local's name is unique per
// expansion, so a CD_TRY inside a lambda inside another CD_TRY shadows nothing (-Wshadow).
#define CD_TRY_CAT2(a, b) a##b
#define CD_TRY_CAT(a, b) CD_TRY_CAT2(a, b)
#define CD_TRY(expr) CD_TRY_IMPL(expr, CD_TRY_CAT(cdTryResult_, __COUNTER__))
#define CD_TRY_IMPL(expr, name)                        \
    do {                                               \
        auto name = (expr);                            \
        if (!name.ok())                                \
            return name.error();                       \
    } while (false)
