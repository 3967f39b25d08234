#pragma once
// Fulfilling data-subject requests (PIPL Art. 45–47), the store's part: what must happen for each
// type, one call per step, each owning its transaction. Core decides; vendors/RequestFulfiller
// runs the steps that need a vendor (inventory, erasure) and the caller writes the files.
//   deletion / withdrawal: withdraw (every granted consent), erase the personal fields, owe an
//     erasure at every vendor, await vendors; completes (with its letter) only when every vendor
//     erasure of the customer has a receipt — settleAwaitingVendors() checks that.
//   correction: SubjectService::correct, before/after kept in encrypted correction records.
//   every fulfilment: a response letter stored with the request (what was done and when; the
//     pseudonym, counts and receipts, never a name or phone).
#include "ResponseLetter.h"
#include "core/base/Result.h"
#include "core/consent/SubjectService.h"
#include "core/requests/RequestService.h"

#include <QCoreApplication>

namespace cd {

class Session;

struct ErasureStep {
    int consentsWithdrawn = 0;
    bool erasedLocally = false;    // false: nothing was left to erase
    int vendorErasuresOwed = 0;    // pending vendor jobs for the customer (new and older ones)
};

class FulfilmentService {
    Q_DECLARE_TR_FUNCTIONS(cd::FulfilmentService)
public:
    explicit FulfilmentService(Session &session) : m_session(session), m_requests(session) {}

    // Makes a request ready to fulfil (viewing it, audited): identity verified -> in progress; in progress and
    // awaiting vendors stay; anything else (not verified, closed) is refused with the reason.
    // Records the letter's language.
    Result<RequestRow> begin(qint64 requestId, const QString &language);

    // Deletion or withdrawal, the store's part, in one transaction: withdraw, erase locally,
    // owe an erasure at every vendor, move to awaiting vendors; settleAwaitingVendors() then
    // completes it (at once when no vendor owes anything). Then the write-ahead log is emptied.
    Result<ErasureStep> eraseAndAwaitVendors(qint64 requestId);

    Result<QStringList> correct(qint64 requestId, const SubjectCorrection &correction);

    // Stores the letter and completes the request (in progress), in one transaction.
    Result<RequestRow> completeWithLetter(qint64 requestId, const ResponseLetter &letter);

    // Every deletion or withdrawal awaiting vendors whose customer has no vendor erasure pending:
    // its letter is written from the deletion log and it completes. Run after vendor jobs (the
    // scheduler and `jobs run` through VendorManager::runDueJobs). Returns how many completed.
    Result<int> settleAwaitingVendors();

    // The stored response letter (empty until the request completes).
    Result<ResponseLetter> letter(qint64 requestId);

    // Letters recording what was done (no personal fields).
    Result<ResponseLetter> erasureLetter(qint64 requestId, const QString &language);
    static ResponseLetter accessRecordLetter(const RequestRow &row, const QString &language, qint64 now, int consents,
                                             int vendors);
    static ResponseLetter correctionLetter(const RequestRow &row, const QString &language, qint64 now,
                                           const QStringList &fields);
    static ResponseLetter noteLetter(const RequestRow &row, const QString &language, qint64 now, const QString &note);

    // The customer a request is matched to (refused while it is not), and the vendor erasures
    // of that customer still without a receipt.
    Result<qint64> subjectOf(qint64 requestId);
    Result<int> pendingVendorErasures(qint64 requestId);

private:

    Session &m_session;
    RequestService m_requests;
};

} // namespace cd
