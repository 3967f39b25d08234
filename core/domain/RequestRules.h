#pragma once
// Data-subject requests (PIPL Art. 44–50): the types, the states, the one transition table and
// the deadline rule. Written once here; RequestService applies them, the UI and CLI show them.
#include "Role.h"
#include "WorkingCalendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <optional>
#include <vector>

namespace cd {

enum class RequestType {
    Access,       // know and view (Art. 44, 45)
    Copy,         // copy (Art. 45)
    Portability,  // transfer to another handler (Art. 45)
    Correction,   // correct or supplement (Art. 46)
    Deletion,     // delete (Art. 47)
    Withdrawal,   // withdraw consent (Art. 15)
    Restriction,  // restrict or object to processing (Art. 44)
    Explanation,  // explain the processing rules (Art. 48)
};

enum class RequestState {
    NeedsIdentity,     // not matched to a customer yet: waits until someone verifies who asks
    Received,          // matched to a customer, identity not yet verified
    IdentityVerified,
    InProgress,
    AwaitingVendors,   // the store's part is done; vendor receipts are outstanding
    Completed,
    Refused,           // with a written reason and the customer's rights (Art. 50)
    Cancelled,
};

enum class RequestAction {
    VerifyIdentity,
    Start,
    AwaitVendors,
    Complete,
    Refuse,
    Cancel,
    Pause,    // waiting on the customer: the deadline stops
    Resume,
    Extend,   // once, with a reason
    Assign,   // to an officer
};

enum class RequestChannel { Counter, Phone, Online, Letter };

// How the person asking proved who they are. Face recognition is never accepted (the 2025
// facial-recognition measures: it may not be the only way); it is listed so that it is refused
// by name, not by accident.
enum class IdentityMethod { IdDocument, PhoneCode, MemberAccount, Face };

// Whether the action may (Any), must not (Running) or must (Paused) happen while paused.
enum class PauseRule { Any, Running, Paused };

struct RequestTransition {
    RequestAction action;
    RequestState from;
    RequestState to;       // == from for actions that do not change the state
    Permission permission;
    PauseRule pause;
};

class RequestRules {
    Q_DECLARE_TR_FUNCTIONS(cd::RequestRules)
public:
    // Every allowed transition, in one table. Anything not listed is refused.
    static const std::vector<RequestTransition> &transitions();
    static const RequestTransition *find(RequestAction action, RequestState from);
    // The refusal for an action the table does not allow from `from` (or not in this pause state).
    static Result<const RequestTransition *> check(RequestAction action, RequestState from, bool paused);

    static bool isOpen(RequestState s);
    // Closing a request, or verifying identity (what one waits on the customer for), ends a pause.
    static bool endsPause(RequestAction action);
    static Result<void> checkIdentityMethod(IdentityMethod method);

    static QList<RequestType> allTypes();
    static QList<RequestState> allStates();
    static QList<RequestAction> allActions();

    static QString typeId(RequestType t);
    static std::optional<RequestType> typeFromId(const QString &id);
    static QString typeName(RequestType t);  // translated
    static QString stateId(RequestState s);
    static std::optional<RequestState> stateFromId(const QString &id);
    static QString stateName(RequestState s);
    static QString actionId(RequestAction a);
    static std::optional<RequestAction> actionFromId(const QString &id);
    static QString actionName(RequestAction a);
    static QString channelId(RequestChannel c);
    static std::optional<RequestChannel> channelFromId(const QString &id);
    static QString methodId(IdentityMethod m);
    // "face" and its spellings parse (so that they can be refused with the reason).
    static std::optional<IdentityMethod> methodFromId(const QString &id);
    static QString methodName(IdentityMethod m);

    // The letter that goes with a refusal: the reason and the customer's rights (Art. 50).
    static QString refusalLetter(qint64 requestId, RequestType type, const QString &reason);
};

// The response deadline: received date + base working days + working days spent paused + the
// extension. Paused days are counted with the same calendar, so adding a year's file later
// makes every open deadline exact.
struct DeadlineInput {
    QDate receivedOn;
    int baseDays = 15;
    int extensionDays = 0;
    struct Pause {
        QDate from;
        QDate to;  // invalid: still paused (counted up to `today`)
    };
    std::vector<Pause> pauses;
};

struct Deadline {
    QDate due;
    int daysLeft = 0;     // working days after today up to `due`; negative when overdue
    bool overdue = false; // today is after `due`
    bool paused = false;
    int pausedDays = 0;
    bool estimated = false;  // some year was counted Monday–Friday
    QList<int> uncoveredYears;
};

Deadline computeDeadline(const WorkingCalendar &calendar, const DeadlineInput &input, const QDate &today);

} // namespace cd
