#include "FulfilmentService.h"
#include "core/access/Session.h"
#include "core/cameras/VendorErasures.h"
#include "core/consent/ConsentService.h"
#include "core/consent/SubjectErasure.h"
#include "core/ledgers/DeletionLog.h"
#include "core/store/Database.h"

namespace cd {

namespace {

QString typeWords(const LetterText &say, RequestType type)
{
    switch (type) {
    case RequestType::Access: return say(QT_TRANSLATE_NOOP("cd::ResponseLetter", "access to your information"));
    case RequestType::Copy: return say(QT_TRANSLATE_NOOP("cd::ResponseLetter", "a copy of your information"));
    case RequestType::Portability: return say(QT_TRANSLATE_NOOP("cd::ResponseLetter", "transfer of your information"));
    case RequestType::Correction: return say(QT_TRANSLATE_NOOP("cd::ResponseLetter", "correction of your information"));
    case RequestType::Deletion: return say(QT_TRANSLATE_NOOP("cd::ResponseLetter", "deletion of your information"));
    case RequestType::Withdrawal: return say(QT_TRANSLATE_NOOP("cd::ResponseLetter", "withdrawal of your consent"));
    case RequestType::Restriction: return say(QT_TRANSLATE_NOOP("cd::ResponseLetter", "restriction of processing"));
    case RequestType::Explanation: return say(QT_TRANSLATE_NOOP("cd::ResponseLetter", "an explanation of our rules"));
    }
    return {};
}

// Title and opening shared by every response letter.
ResponseLetter opening(const RequestRow &row, const LetterText &say, qint64 now)
{
    ResponseLetter l;
    l.language = say.language();
    l.title = say(QT_TRANSLATE_NOOP("cd::ResponseLetter", "Response to your request no. %1")).arg(row.id);
    l.sections.push_back(
        {QString(),
         {say(QT_TRANSLATE_NOOP("cd::ResponseLetter", "You asked for %1 on %2. Your customer reference: %3."))
              .arg(typeWords(say, row.type), letterDate(row.receivedAt), row.subjectPseudonym),
          say(QT_TRANSLATE_NOOP("cd::ResponseLetter", "We completed your request on %1.")).arg(letterDate(now))},
         {},
         {}});
    return l;
}

} // namespace

Result<qint64> FulfilmentService::subjectOf(qint64 requestId)
{
    auto q = m_session.db().query("SELECT coalesce(subject_id, 0) FROM requests WHERE id = ?1");
    q.bind(1, requestId);
    CD_TRY(q.single(makeError(ErrorCode::NotFound, tr("There is no request %1.").arg(requestId))));
    if (q.int64(0) == 0)
        return makeError(ErrorCode::Invalid, tr("Request %1 is not matched to a customer yet.").arg(requestId));
    return q.int64(0);
}

Result<int> FulfilmentService::pendingVendorErasures(qint64 requestId)
{
    auto q = m_session.db().query("SELECT count(*) FROM vendor_jobs j JOIN requests r ON r.subject_id = j.subject_id "
                                  "WHERE r.id = ?1 AND j.state = 'pending'");
    q.bind(1, requestId);
    CD_TRY(q.single());
    return int(q.int64(0));
}

Result<RequestRow> FulfilmentService::begin(qint64 requestId, const QString &language)
{
    CD_TRY(m_session.require(Permission::ProcessRequests, QStringLiteral("request.fulfil")));
    auto shown = m_requests.show(requestId);
    if (!shown)
        return shown.error();
    std::optional<RequestRow> row = shown->row;
    switch (row->state) {
    case RequestState::NeedsIdentity:
    case RequestState::Received:
        return makeError(ErrorCode::Invalid, tr("Verify the requester's identity before fulfilling request %1.").arg(requestId));
    case RequestState::Refused:
    case RequestState::Cancelled:
        return makeError(ErrorCode::Invalid, tr("Request %1 is closed (%2).").arg(requestId).arg(RequestRules::stateName(row->state)));
    case RequestState::Completed:
        return row.value();  // fulfilled: its letter can be written again
    case RequestState::IdentityVerified:
    case RequestState::InProgress:
    case RequestState::AwaitingVendors:
        break;
    }
    Database &db = m_session.db();
    Transaction tx(db);
    CD_TRY(tx.begin());
    auto q = db.query("UPDATE requests SET letter_lang = ?2 WHERE id = ?1");
    q.bind(1, requestId).bind(2, LetterText::normalise(language));
    CD_TRY(q.run());
    if (row->state == RequestState::IdentityVerified) {
        auto started = m_requests.apply(requestId, RequestAction::Start);
        if (!started)
            return started.error();
        row = started.value();
    }
    CD_TRY(tx.commit());
    return row.value();
}

Result<ErasureStep> FulfilmentService::eraseAndAwaitVendors(qint64 requestId)
{
    CD_TRY(m_session.require(Permission::ProcessRequests, QStringLiteral("request.fulfil")));
    auto subject = subjectOf(requestId);
    if (!subject)
        return subject.error();
    Database &db = m_session.db();
    ErasureStep step;
    {
        Transaction tx(db);
        CD_TRY(tx.begin());
        // The customer asks to be deleted (or withdraws): no consent of theirs can go on, and
        // SubjectErasure keeps the consents as proof once they have ended.
        auto withdrawn = ConsentService(m_session).withdrawAllForSubject(subject.value(), QStringLiteral("request"));
        if (!withdrawn)
            return withdrawn.error();
        step.consentsWithdrawn = withdrawn.value();
        auto erased = SubjectErasure(m_session).erase({subject.value(), QStringLiteral("request"), QString::number(requestId)});
        if (!erased)
            return erased.error();
        step.erasedLocally = !erased->alreadyErased;
        // Every vendor: the one that held the customer, and any that might (their receipt says).
        auto owed = VendorErasures(m_session).enqueueErase(subject.value(), 0, QStringLiteral("request"),
                                                           QString::number(requestId));
        if (!owed)
            return owed.error();
        // The withdrawal above queued the erasure at the vendors holding the customer first, as a
        // withdrawal's. This request is why they erase now: every erasure still owed for the
        // customer says so, so that their deletion-log entries name the request as the local one does.
        auto why = db.query("UPDATE vendor_jobs SET reason = 'request', reason_ref = ?2 WHERE subject_id = ?1 "
                            "AND op = 'erase-subject' AND state = 'pending'");
        why.bind(1, subject.value()).bind(2, QString::number(requestId));
        CD_TRY(why.run());
        auto pending = pendingVendorErasures(requestId);
        if (!pending)
            return pending.error();
        step.vendorErasuresOwed = pending.value();
        auto state = db.query("SELECT state FROM requests WHERE id = ?1");
        state.bind(1, requestId);
        CD_TRY(state.single());
        const bool inProgress = state.text(0) == RequestRules::stateId(RequestState::InProgress);
        if (inProgress) {
            auto moved = m_requests.apply(requestId, RequestAction::AwaitVendors);
            if (!moved)
                return moved.error();
        }
        CD_TRY(tx.commit());
    }
    // No older page image of the erased fields may stay in the -wal file. A reader holding the
    // log open only delays that to the next checkpoint.
    if (auto flushed = SubjectErasure(m_session).flushWriteAheadLog(); !flushed && flushed.error().code != ErrorCode::Busy)
        return flushed.error();
    return step;
}

Result<QStringList> FulfilmentService::correct(qint64 requestId, const SubjectCorrection &correction)
{
    auto subject = subjectOf(requestId);
    if (!subject)
        return subject.error();
    if (correction.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Say what to correct: the name, the phone or the birth date."));
    return SubjectService(m_session).correct(subject.value(), correction, requestId);
}

Result<RequestRow> FulfilmentService::completeWithLetter(qint64 requestId, const ResponseLetter &letter)
{
    Database &db = m_session.db();
    Transaction tx(db);
    CD_TRY(tx.begin());
    auto q = db.query("UPDATE requests SET response_letter = ?2 WHERE id = ?1");
    q.bind(1, requestId).bind(2, QString::fromUtf8(letter.toJson()));
    CD_TRY(q.run());
    auto done = m_requests.complete(requestId, letter.title);
    if (!done)
        return done.error();
    CD_TRY(tx.commit());
    return done;
}

Result<int> FulfilmentService::settleAwaitingVendors()
{
    CD_TRY(m_session.ensureUnlocked());
    Database &db = m_session.db();
    auto q = db.query("SELECT r.id, r.letter_lang FROM requests r WHERE r.state = 'awaiting-vendors' AND r.type IN "
                      "('deletion','withdrawal') AND NOT EXISTS (SELECT 1 FROM vendor_jobs j WHERE j.subject_id = "
                      "r.subject_id AND j.state = 'pending') ORDER BY r.id");
    auto ready = q.collect([](const Query &r) { return std::make_pair(r.int64(0), r.text(1)); });
    if (!ready)
        return ready.error();
    int completed = 0;
    for (const auto &[id, language] : ready.value()) {
        Transaction tx(db);
        CD_TRY(tx.begin());
        auto letter = erasureLetter(id, language);
        if (!letter)
            return letter.error();
        auto u = db.query("UPDATE requests SET response_letter = ?2 WHERE id = ?1");
        u.bind(1, id).bind(2, QString::fromUtf8(letter->toJson()));
        CD_TRY(u.run());
        auto done = m_requests.completeAwaited(id, letter->title);
        if (!done)
            return done.error();
        CD_TRY(tx.commit());
        ++completed;
    }
    return completed;
}

Result<ResponseLetter> FulfilmentService::letter(qint64 requestId)
{
    CD_TRY(m_session.require(Permission::ViewRequests, QStringLiteral("request.view")));
    auto q = m_session.db().query("SELECT response_letter FROM requests WHERE id = ?1");
    q.bind(1, requestId);
    CD_TRY(q.single(makeError(ErrorCode::NotFound, tr("There is no request %1.").arg(requestId))));
    return ResponseLetter::fromJson(q.text(0).toUtf8());
}

Result<ResponseLetter> FulfilmentService::erasureLetter(qint64 requestId, const QString &language)
{
    Database &db = m_session.db();
    auto r = db.query("SELECT r.type, r.received_at, s.pseudonym FROM requests r JOIN subjects s ON s.id = r.subject_id "
                      "WHERE r.id = ?1");
    r.bind(1, requestId);
    CD_TRY(r.single(makeError(ErrorCode::NotFound, tr("There is no request %1.").arg(requestId))));
    RequestRow row;
    row.id = requestId;
    row.type = RequestRules::typeFromId(r.text(0)).value_or(RequestType::Deletion);
    row.receivedAt = r.int64(1);
    row.subjectPseudonym = r.text(2);
    const LetterText say(language);
    ResponseLetter l = opening(row, say, m_session.clock().nowMs());

    auto withdrawn = db.query("SELECT count(*) FROM consents c JOIN subjects s ON s.id = c.subject_id "
                              "WHERE s.pseudonym = ?1 AND c.status = 'withdrawn'");
    withdrawn.bind(1, row.subjectPseudonym);
    CD_TRY(withdrawn.single());
    // Every deletion of this customer, here and at each vendor, with the vendor's receipt.
    auto d = db.query("SELECT at, location, category, counts, receipt_id, reason, reason_ref FROM deletion_log "
                      "WHERE subject_ref = ?1 ORDER BY seq");
    d.bind(1, row.subjectPseudonym);
    auto entries = d.collect([](const Query &q) {
        return QStringList{letterDate(q.int64(0)), q.text(1), q.text(2), q.text(3), q.text(4)};
    });
    if (!entries)
        return entries.error();
    LetterSection done{say(QT_TRANSLATE_NOOP("cd::ResponseLetter", "What we deleted")), {}, {}, {}};
    done.paragraphs << say(QT_TRANSLATE_NOOP("cd::ResponseLetter", "Consents withdrawn (kept only as proof of what "
                                                                  "you agreed to): %1."))
                           .arg(withdrawn.int64(0));
    done.paragraphs << say(QT_TRANSLATE_NOOP("cd::ResponseLetter",
                                            "Your name, phone number and birth date were erased from our records. "
                                            "Every camera vendor that held your face data erased it and gave us a "
                                            "receipt."));
    // One paragraph per entry, a field per line: a table's narrow columns would wrap the counts
    // and receipt ids, which the customer (and pdftotext) must read whole.
    for (const QStringList &e : entries.value()) {
        const bool local = e[1] == QLatin1String("local");
        QString entry = QStringLiteral("%1 · %2 · %3\n%4: %5")
                            .arg(e[0], local ? say(QT_TRANSLATE_NOOP("cd::ResponseLetter", "our store")) : e[1], e[2],
                                 say(QT_TRANSLATE_NOOP("cd::ResponseLetter", "Erased (counts)")), e[3]);
        if (!e[4].isEmpty())
            entry += QStringLiteral("\n%1: %2").arg(say(QT_TRANSLATE_NOOP("cd::ResponseLetter", "Receipt")), e[4]);
        done.paragraphs << entry;
    }
    l.sections.push_back(done);
    l.sections.push_back({say(QT_TRANSLATE_NOOP("cd::ResponseLetter", "What we keep, and why")),
                          {say(QT_TRANSLATE_NOOP("cd::ResponseLetter",
                                                "We keep your customer reference, which purposes you consented to, "
                                                "under which notice text and when, and this record of the deletion: "
                                                "the law requires us to be able to prove them (PIPL Art. 47)."))},
                          {},
                          {}});
    return l;
}

ResponseLetter FulfilmentService::accessRecordLetter(const RequestRow &row, const QString &language, qint64 now,
                                                     int consents, int vendors)
{
    const LetterText say(language);
    ResponseLetter l = opening(row, say, now);
    l.sections.push_back({say(QT_TRANSLATE_NOOP("cd::ResponseLetter", "What we did")),
                          {say(QT_TRANSLATE_NOOP("cd::ResponseLetter",
                                                "We gave you a letter and JSON and CSV copies of what we hold about "
                                                "you: your personal details, %1 consent records and what %2 camera "
                                                "vendors reported holding."))
                               .arg(consents)
                               .arg(vendors)},
                          {},
                          {}});
    return l;
}

ResponseLetter FulfilmentService::correctionLetter(const RequestRow &row, const QString &language, qint64 now,
                                                   const QStringList &fields)
{
    const LetterText say(language);
    QStringList names;
    for (const QString &f : fields)
        names << (f == QLatin1String("name")    ? say(QT_TRANSLATE_NOOP("cd::ResponseLetter", "Name"))
                  : f == QLatin1String("phone") ? say(QT_TRANSLATE_NOOP("cd::ResponseLetter", "Phone"))
                                                : say(QT_TRANSLATE_NOOP("cd::ResponseLetter", "Birth date")));
    ResponseLetter l = opening(row, say, now);
    l.sections.push_back({say(QT_TRANSLATE_NOOP("cd::ResponseLetter", "What we did")),
                          {names.isEmpty() ? say(QT_TRANSLATE_NOOP("cd::ResponseLetter",
                                                                  "Your information was already as you asked; nothing "
                                                                  "had to change."))
                                           : say(QT_TRANSLATE_NOOP("cd::ResponseLetter", "We corrected: %1."))
                                                 .arg(names.join(QStringLiteral(", ")))},
                          {},
                          {}});
    return l;
}

ResponseLetter FulfilmentService::noteLetter(const RequestRow &row, const QString &language, qint64 now, const QString &note)
{
    const LetterText say(language);
    ResponseLetter l = opening(row, say, now);
    l.sections.push_back({say(QT_TRANSLATE_NOOP("cd::ResponseLetter", "What we did")), {note.trimmed()}, {}, {}});
    return l;
}

} // namespace cd
