#include "RequestFulfiller.h"
#include "VendorManager.h"
#include "core/access/Session.h"

#include <algorithm>

namespace cd {

namespace {

void say(const FulfilOptions &o, const QString &step)
{
    if (o.progress)
        o.progress(step);
}

Result<void> deliver(const FulfilOptions &o, const ResponseLetter &letter, const SubjectPackage *package)
{
    return o.deliver ? o.deliver(letter, package) : Result<void>();
}

} // namespace

Result<void> RequestFulfiller::askVendors(SubjectPackage &package, const FulfilOptions &options)
{
    // Every running vendor is asked, not only those the customer was enrolled at: what a vendor
    // holds is what it reports, and a vendor that holds something must be listed.
    for (VendorHost *h : m_vendors.hosts()) {
        const QString code = h->health() == VendorHealth::Ready ? h->info().id : QString();
        if (code.isEmpty())
            continue;
        say(options, tr("Asking %1 what it holds").arg(code));
        auto inv = m_vendors.inventory(code, package.pseudonym);
        auto it = std::find_if(package.vendors.begin(), package.vendors.end(),
                               [&](const PackageVendor &v) { return v.code == code; });
        if (it == package.vendors.end()) {
            if (!inv || inv->countsByKind.isEmpty())
                continue;  // never shared with it, and it holds nothing
            package.vendors.push_back(PackageVendor{code, h->info().name, 0, 0, false, {}, {}});
            it = package.vendors.end() - 1;
        }
        it->answered = inv.ok();
        if (inv)
            it->held = inv->countsByKind;
        else
            it->error = inv.error().message;
    }
    for (PackageVendor &v : package.vendors)
        if (!v.answered && v.error.isEmpty())
            v.error = tr("The vendor is not running.");
    return {};
}

Result<FulfilOutcome> RequestFulfiller::fulfil(qint64 requestId, const FulfilOptions &options)
{
    FulfilmentService service(m_session);
    auto begun = service.begin(requestId, options.language);
    if (!begun)
        return begun.error();
    FulfilOutcome out;
    out.row = begun.value();
    const QString language = LetterText::normalise(options.language);
    const qint64 now = m_session.clock().nowMs();

    auto finish = [&](const ResponseLetter &letter, const SubjectPackage *package) -> Result<FulfilOutcome> {
        say(options, tr("Writing the letter"));
        CD_TRY(deliver(options, package ? SubjectPackages::letter(*package) : letter, package));
        auto done = service.completeWithLetter(requestId, letter);
        if (!done)
            return done.error();
        out.row = done.value();
        out.letter = letter;
        out.delivered = true;
        return out;
    };

    if (out.row.state == RequestState::Completed) {
        auto stored = service.letter(requestId);
        if (!stored)
            return stored.error();
        out.letter = stored.value();
        if (out.letter.isEmpty())
            return makeError(ErrorCode::Invalid, tr("Request %1 was completed without a response letter.").arg(requestId));
        CD_TRY(deliver(options, out.letter, nullptr));
        out.delivered = true;
        return out;
    }

    switch (out.row.type) {
    case RequestType::Access:
    case RequestType::Copy:
    case RequestType::Portability: {
        auto subject = service.subjectOf(requestId);
        if (!subject)
            return subject.error();
        say(options, tr("Collecting what the store holds"));
        auto package = SubjectPackages(m_session).build(subject.value(), requestId, language);
        if (!package)
            return package.error();
        CD_TRY(askVendors(package.value(), options));
        // A console that locked while the vendors were asked may have cut their answers short:
        // the request stays in progress rather than completing with a package that lacks them.
        if (m_vendors.stopRequested())
            return makeError(ErrorCode::Failed, tr("Stopped because the console was locked; fulfil the request "
                                                   "again to send the package."));
        return finish(FulfilmentService::accessRecordLetter(out.row, language, now, int(package->consents.size()),
                                                            int(package->vendors.size())),
                      &package.value());
    }
    case RequestType::Correction: {
        say(options, tr("Correcting the customer's record"));
        auto fields = service.correct(requestId, options.correction);
        if (!fields)
            return fields.error();
        return finish(FulfilmentService::correctionLetter(out.row, language, now, fields.value()), nullptr);
    }
    case RequestType::Restriction:
    case RequestType::Explanation:
        if (options.note.trimmed().isEmpty())
            return makeError(ErrorCode::Invalid, tr("Say in a note what was done for this request; it goes into the "
                                                    "response letter."));
        return finish(FulfilmentService::noteLetter(out.row, language, now, options.note), nullptr);
    case RequestType::Deletion:
    case RequestType::Withdrawal:
        break;
    }

    if (out.row.state == RequestState::InProgress) {
        say(options, tr("Erasing the customer's personal data in the store"));
        auto step = service.eraseAndAwaitVendors(requestId);
        if (!step)
            return step.error();
    }
    // Erase at the vendors now; runDueJobs also completes every request whose receipts are all in.
    say(options, tr("Erasing at the camera vendors"));
    auto ran = m_vendors.runDueJobs(true);
    if (!ran)
        return ran.error();
    auto shown = RequestService(m_session).show(requestId);
    if (!shown)
        return shown.error();
    out.row = shown->row;
    auto pending = service.pendingVendorErasures(requestId);
    if (!pending)
        return pending.error();
    out.vendorErasuresPending = pending.value();
    if (out.row.state != RequestState::Completed)
        return out;
    auto stored = service.letter(requestId);
    if (!stored)
        return stored.error();
    out.letter = stored.value();
    CD_TRY(deliver(options, out.letter, nullptr));
    out.delivered = true;
    return out;
}

} // namespace cd
