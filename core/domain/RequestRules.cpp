#include "RequestRules.h"

#include <algorithm>

namespace cd {

namespace {

using A = RequestAction;
using S = RequestState;
using P = Permission;

// Id strings are stored in the database and printed by the CLI: never change one.
struct Named {
    int value;
    const char *id;
};

template <typename E, std::size_t N>
QString idOf(const Named (&names)[N], E e)
{
    for (const Named &n : names)
        if (n.value == int(e))
            return QLatin1String(n.id);
    return {};
}

template <typename E, std::size_t N>
std::optional<E> fromId(const Named (&names)[N], const QString &id)
{
    for (const Named &n : names)
        if (id == QLatin1String(n.id))
            return E(n.value);
    return std::nullopt;
}

const Named kTypes[] = {{int(RequestType::Access), "access"},         {int(RequestType::Copy), "copy"},
                        {int(RequestType::Portability), "portability"}, {int(RequestType::Correction), "correction"},
                        {int(RequestType::Deletion), "deletion"},     {int(RequestType::Withdrawal), "withdrawal"},
                        {int(RequestType::Restriction), "restriction"}, {int(RequestType::Explanation), "explanation"}};
const Named kStates[] = {{int(S::NeedsIdentity), "needs-identity"},   {int(S::Received), "received"},
                         {int(S::IdentityVerified), "identity-verified"}, {int(S::InProgress), "in-progress"},
                         {int(S::AwaitingVendors), "awaiting-vendors"}, {int(S::Completed), "completed"},
                         {int(S::Refused), "refused"},                 {int(S::Cancelled), "cancelled"}};
const Named kActions[] = {{int(A::VerifyIdentity), "verify-identity"}, {int(A::Start), "start"},
                          {int(A::AwaitVendors), "await-vendors"},     {int(A::Complete), "complete"},
                          {int(A::Refuse), "refuse"},                  {int(A::Cancel), "cancel"},
                          {int(A::Pause), "pause"},                    {int(A::Resume), "resume"},
                          {int(A::Extend), "extend"},                  {int(A::Assign), "assign"}};
const Named kChannels[] = {{int(RequestChannel::Counter), "counter"}, {int(RequestChannel::Phone), "phone"},
                           {int(RequestChannel::Online), "online"},   {int(RequestChannel::Letter), "letter"}};
const Named kMethods[] = {{int(IdentityMethod::IdDocument), "id-document"},
                          {int(IdentityMethod::PhoneCode), "phone-code"},
                          {int(IdentityMethod::MemberAccount), "member-account"},
                          {int(IdentityMethod::Face), "face"}};

// The states in which a request is still being worked on, before anything was sent to vendors.
const S kBeforeVendors[] = {S::NeedsIdentity, S::Received, S::IdentityVerified, S::InProgress};
const S kOpen[] = {S::NeedsIdentity, S::Received, S::IdentityVerified, S::InProgress, S::AwaitingVendors};

std::vector<RequestTransition> buildTable()
{
    std::vector<RequestTransition> t = {
        // Staff check identity at the counter; the officer may too (by phone code, account).
        {A::VerifyIdentity, S::NeedsIdentity, S::IdentityVerified, P::TakeRequests, PauseRule::Any},
        {A::VerifyIdentity, S::Received, S::IdentityVerified, P::TakeRequests, PauseRule::Any},
        {A::Start, S::IdentityVerified, S::InProgress, P::ProcessRequests, PauseRule::Running},
        {A::AwaitVendors, S::InProgress, S::AwaitingVendors, P::ProcessRequests, PauseRule::Running},
        {A::Complete, S::InProgress, S::Completed, P::ProcessRequests, PauseRule::Running},
        {A::Complete, S::AwaitingVendors, S::Completed, P::ProcessRequests, PauseRule::Running},
    };
    // Once vendors were asked, the request finishes with their receipts: no refusal, no
    // cancellation, no pause (the store is not waiting on the customer any more).
    for (S s : kBeforeVendors) {
        t.push_back({A::Refuse, s, S::Refused, P::ProcessRequests, PauseRule::Any});
        t.push_back({A::Cancel, s, S::Cancelled, P::ProcessRequests, PauseRule::Any});
        t.push_back({A::Pause, s, s, P::ProcessRequests, PauseRule::Running});
        t.push_back({A::Resume, s, s, P::ProcessRequests, PauseRule::Paused});
    }
    for (S s : kOpen) {
        t.push_back({A::Extend, s, s, P::ProcessRequests, PauseRule::Any});
        t.push_back({A::Assign, s, s, P::ProcessRequests, PauseRule::Any});
    }
    return t;
}

} // namespace

const std::vector<RequestTransition> &RequestRules::transitions()
{
    static const std::vector<RequestTransition> table = buildTable();
    return table;
}

const RequestTransition *RequestRules::find(RequestAction action, RequestState from)
{
    const auto &t = transitions();
    auto it = std::find_if(t.begin(), t.end(), [&](const RequestTransition &r) { return r.action == action && r.from == from; });
    return it == t.end() ? nullptr : &*it;
}

Result<const RequestTransition *> RequestRules::check(RequestAction action, RequestState from, bool paused)
{
    const RequestTransition *t = find(action, from);
    if (!t) {
        if (!isOpen(from))
            return makeError(ErrorCode::Invalid, tr("The request is %1 and closed: it cannot be changed (\"%2\" refused).")
                                                     .arg(stateName(from), actionName(action)));
        return makeError(ErrorCode::Invalid,
                         tr("\"%1\" is not allowed while the request is %2.").arg(actionName(action), stateName(from)));
    }
    if (t->pause == PauseRule::Running && paused)
        return makeError(ErrorCode::Invalid,
                         tr("The request is paused, waiting on the customer: resume it before \"%1\".").arg(actionName(action)));
    if (t->pause == PauseRule::Paused && !paused)
        return makeError(ErrorCode::Invalid, tr("The request is not paused."));
    return t;
}

bool RequestRules::isOpen(RequestState s) { return std::find(std::begin(kOpen), std::end(kOpen), s) != std::end(kOpen); }

bool RequestRules::endsPause(RequestAction action)
{
    return action == A::Resume || action == A::VerifyIdentity || action == A::Refuse || action == A::Cancel;
}

Result<void> RequestRules::checkIdentityMethod(IdentityMethod method)
{
    if (method == IdentityMethod::Face)
        return makeError(ErrorCode::Invalid,
                         tr("Face recognition is never accepted to verify identity. Check an ID document at the "
                            "counter, a code sent to the phone on record, or the member account."));
    return {};
}

QList<RequestType> RequestRules::allTypes()
{
    QList<RequestType> out;
    for (const Named &n : kTypes)
        out << RequestType(n.value);
    return out;
}

QList<RequestState> RequestRules::allStates()
{
    QList<RequestState> out;
    for (const Named &n : kStates)
        out << RequestState(n.value);
    return out;
}

QList<RequestAction> RequestRules::allActions()
{
    QList<RequestAction> out;
    for (const Named &n : kActions)
        out << RequestAction(n.value);
    return out;
}

QString RequestRules::typeId(RequestType t) { return idOf(kTypes, t); }
std::optional<RequestType> RequestRules::typeFromId(const QString &id) { return fromId<RequestType>(kTypes, id); }
QString RequestRules::stateId(RequestState s) { return idOf(kStates, s); }
std::optional<RequestState> RequestRules::stateFromId(const QString &id) { return fromId<RequestState>(kStates, id); }
QString RequestRules::actionId(RequestAction a) { return idOf(kActions, a); }
std::optional<RequestAction> RequestRules::actionFromId(const QString &id) { return fromId<RequestAction>(kActions, id); }
QString RequestRules::channelId(RequestChannel c) { return idOf(kChannels, c); }
std::optional<RequestChannel> RequestRules::channelFromId(const QString &id) { return fromId<RequestChannel>(kChannels, id); }
QString RequestRules::methodId(IdentityMethod m) { return idOf(kMethods, m); }

std::optional<IdentityMethod> RequestRules::methodFromId(const QString &id)
{
    const QString normal = id.trimmed().toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
    if (normal == QLatin1String("face-recognition") || normal == QLatin1String("face-id"))
        return IdentityMethod::Face;
    return fromId<IdentityMethod>(kMethods, normal);
}

QString RequestRules::typeName(RequestType t)
{
    switch (t) {
    case RequestType::Access: return tr("Access");
    case RequestType::Copy: return tr("Copy");
    case RequestType::Portability: return tr("Portability");
    case RequestType::Correction: return tr("Correction or supplement");
    case RequestType::Deletion: return tr("Deletion");
    case RequestType::Withdrawal: return tr("Withdrawal of consent");
    case RequestType::Restriction: return tr("Restriction or objection");
    case RequestType::Explanation: return tr("Explanation of the processing rules");
    }
    return {};
}

QString RequestRules::stateName(RequestState s)
{
    switch (s) {
    case S::NeedsIdentity: return tr("needs identity");
    case S::Received: return tr("received");
    case S::IdentityVerified: return tr("identity verified");
    case S::InProgress: return tr("in progress");
    case S::AwaitingVendors: return tr("awaiting vendors");
    case S::Completed: return tr("completed");
    case S::Refused: return tr("refused");
    case S::Cancelled: return tr("cancelled");
    }
    return {};
}

QString RequestRules::actionName(RequestAction a)
{
    switch (a) {
    case A::VerifyIdentity: return tr("verify identity");
    case A::Start: return tr("start");
    case A::AwaitVendors: return tr("await vendors");
    case A::Complete: return tr("complete");
    case A::Refuse: return tr("refuse");
    case A::Cancel: return tr("cancel");
    case A::Pause: return tr("pause");
    case A::Resume: return tr("resume");
    case A::Extend: return tr("extend");
    case A::Assign: return tr("assign");
    }
    return {};
}

QString RequestRules::methodName(IdentityMethod m)
{
    switch (m) {
    case IdentityMethod::IdDocument: return tr("ID document seen at the counter");
    case IdentityMethod::PhoneCode: return tr("code sent to the phone on record");
    case IdentityMethod::MemberAccount: return tr("member account");
    case IdentityMethod::Face: return tr("face recognition (never accepted)");
    }
    return {};
}

QString RequestRules::refusalLetter(qint64 requestId, RequestType type, const QString &reason)
{
    return tr("Your request no. %1 (%2) has been refused.\n\nReason: %3\n\nUnder Article 50 of the Personal "
              "Information Protection Law, you have the right to file a complaint with the department that performs "
              "personal information protection duties, and the right to bring a lawsuit in a people's court.")
        .arg(requestId)
        .arg(typeName(type), reason.trimmed());
}

Deadline computeDeadline(const WorkingCalendar &calendar, const DeadlineInput &input, const QDate &today)
{
    Deadline d;
    bool estimated = false;
    for (const DeadlineInput::Pause &p : input.pauses) {
        const QDate end = p.to.isValid() ? p.to : today;
        d.paused |= !p.to.isValid();
        const WorkingCount c = calendar.workingDaysBetween(p.from, qMax(end, p.from));
        d.pausedDays += c.days;
        estimated |= c.estimated;
    }
    const WorkingDate due = calendar.addWorkingDays(input.receivedOn, input.baseDays + d.pausedDays + input.extensionDays);
    d.due = due.date;
    estimated |= due.estimated;
    d.overdue = today > d.due;
    const WorkingCount left = calendar.workingDaysBetween(today, d.due);
    // Late by a weekend alone is still late: an overdue request shows at least one day.
    d.daysLeft = d.overdue ? qMin(-1, left.days) : left.days;
    estimated |= left.estimated;
    d.estimated = estimated;
    if (estimated)
        d.uncoveredYears = calendar.uncoveredYears(qMin(input.receivedOn, today), qMax(d.due, today));
    return d;
}

} // namespace cd
