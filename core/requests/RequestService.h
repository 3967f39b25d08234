#pragma once
// Data-subject requests: intake, identity, the state machine, deadlines and the timeline.
// Each use case is one call that owns its transaction; every change goes through the one
// transition table (RequestRules) and is audited with its actor; refusals of a permission or
// of a rule are audited before anything is rolled back. Fulfilment (access packages, erasure
// fan-out to vendors, letters) is for later work: it hooks in at the awaiting-vendors state and
// at complete().
#include "core/base/Result.h"
#include "core/domain/RequestRules.h"
#include "core/domain/WorkingCalendar.h"

#include <QCoreApplication>
#include <optional>
#include <vector>

namespace cd {

class Session;

struct RequestIntake {
    RequestType type = RequestType::Access;
    RequestChannel channel = RequestChannel::Counter;
    qint64 subjectId = 0;   // 0: not matched to a customer yet (needs identity)
    QString contactName;    // how to reach an unmatched requester (encrypted database only)
    QString contactPhone;
    QString details;        // what the customer asks for, in their words
};

// Everything an action may need; each action reads only its own fields.
struct RequestActionInput {
    QString note;                  // reason for refuse, cancel, extend (required); optional otherwise
    IdentityMethod method = IdentityMethod::IdDocument;  // verify-identity
    qint64 subjectId = 0;          // verify-identity of an unmatched request: who it turned out to be
    qint64 assigneeId = 0;         // assign
    int extensionDays = 0;         // extend
};

struct RequestRow {
    qint64 id = 0;
    RequestType type = RequestType::Access;
    RequestState state = RequestState::Received;
    RequestChannel channel = RequestChannel::Counter;
    QString subjectPseudonym;   // empty when unmatched
    QString maskedContact;      // masked name and phone of an unmatched requester
    qint64 receivedAt = 0;
    QDate receivedOn;
    int responseDays = 0;
    int extensionDays = 0;
    QString assignedTo;         // user name
    qint64 closedAt = 0;
    Deadline deadline;          // meaningful while open
    bool shownBecauseOverdue = false;  // outside the filter, but overdue requests are always listed
};

struct RequestEvent {
    qint64 at = 0;
    QString actor;
    QString action;      // RequestRules action id, or "intake"
    QString fromState, toState;
    QString note;
};

struct RequestDetail {
    RequestRow row;
    QString details;
    QString identityMethod;  // id, empty until verified
    QString identityBy;
    qint64 identityAt = 0;
    QString extensionReason;
    QString refusalReason;
    QString refusalLetter;
    std::vector<RequestEvent> events;
};

struct RequestPage {
    std::vector<RequestRow> rows;
    qint64 total = 0;    // rows the whole queue has for this filter (overdue ones included)
    qint64 overdue = 0;  // of which overdue
};

struct RequestFilter {
    std::optional<RequestState> state;
    std::optional<RequestType> type;
    bool includeClosed = false;  // closed requests too (newest first, after the open ones)
    int closedLimit = 100;
};

class RequestService {
    Q_DECLARE_TR_FUNCTIONS(cd::RequestService)
public:
    // The calendar comes from the compiled-in years plus <database directory>/calendar/.
    explicit RequestService(Session &session);
    RequestService(Session &session, WorkingCalendar calendar);

    const WorkingCalendar &calendar() const { return m_calendar; }

    // Received when matched to a customer, else needs-identity. Refused (Conflict) when the
    // customer already has an open request of that type.
    Result<RequestRow> intake(const RequestIntake &in);
    // Any action of the table: checked against the state, the pause and the role, audited.
    Result<RequestRow> apply(qint64 requestId, RequestAction action, const RequestActionInput &in = {});

    Result<RequestRow> verifyIdentity(qint64 id, IdentityMethod method, qint64 subjectId = 0);
    Result<RequestRow> assign(qint64 id, qint64 officerUserId);
    Result<RequestRow> refuse(qint64 id, const QString &reason);
    Result<RequestRow> cancel(qint64 id, const QString &reason);
    Result<RequestRow> pause(qint64 id, const QString &note = {});
    Result<RequestRow> resume(qint64 id);
    Result<RequestRow> extend(qint64 id, int workingDays, const QString &reason);
    // The hook for fulfilment: closes a request that is in progress or awaiting vendors.
    Result<RequestRow> complete(qint64 id, const QString &note = {});
    // The hook for vendor receipts: closes a request awaiting vendors once every erasure has its
    // receipt. Not a decision (the officer made it when fulfilling), so any role may record it,
    // the jobs timer included; refused from any other state.
    Result<RequestRow> completeAwaited(qint64 id, const QString &note = {});

    // Open requests by days left (overdue first); overdue ones are listed whatever the filter.
    Result<std::vector<RequestRow>> list(const RequestFilter &filter = {});
    // The same queue a page at a time: every open request's deadline is computed and sorted, but
    // only rows [offset, offset + limit) are read in full. Closed ones follow when asked for.
    Result<RequestPage> listPage(const RequestFilter &filter, int offset, int limit);
    // The request and its timeline. Audited: it may show the customer's own words.
    Result<RequestDetail> show(qint64 id);
    // Another open request of the same customer and type (0: none).
    Result<qint64> findOpenDuplicate(qint64 subjectId, RequestType type, qint64 exceptId = 0);

    // Settings (officer): the response deadline for new requests, and the longest extension.
    Result<int> responseDays();
    Result<void> setResponseDays(int workingDays);
    Result<int> maxExtensionDays();
    Result<void> setMaxExtensionDays(int workingDays);

    static constexpr int kDefaultResponseDays = 15;
    static constexpr int kDefaultMaxExtensionDays = 15;

private:
    Result<RequestRow> load(qint64 id);
    Result<RequestRow> applyAs(qint64 id, RequestAction action, const RequestActionInput &in, bool checkRole);
    Result<void> validateAction(const RequestRow &r, RequestAction action, const RequestActionInput &in);
    Result<void> record(qint64 id, RequestAction action, RequestState from, RequestState to, const QString &note,
                        const QString &auditDetail);
    Result<void> refuseRule(qint64 id, RequestAction action);
    Result<int> setting(const char *key, int fallback);
    Result<void> setSetting(const char *key, int value, int min, int max);

    Session &m_session;
    WorkingCalendar m_calendar;
};

} // namespace cd
