#include "Result.h"
#include "Clock.h"

namespace cd {

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Usage: return ExitUsage;
    case ErrorCode::WrongPassphrase:
    case ErrorCode::UnknownUser: return ExitAuth;
    case ErrorCode::Damaged:
    case ErrorCode::NotADatabase: return ExitDamaged;
    case ErrorCode::Busy: return ExitBusy;
    default: return ExitFailed;
    }
}

SystemClock &SystemClock::instance()
{
    static SystemClock clock;
    return clock;
}

} // namespace cd
