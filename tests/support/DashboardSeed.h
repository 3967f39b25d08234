#pragma once
// A store with a year of records for the dashboard's tests, made through the real services on an
// injected clock: consents of the standard purposes month after month (some withdrawn later),
// requests answered on time, late, refused, cancelled and open, deletion-log entries, visitor
// counts, and the compliance state that gives one open item of each kind the core can see. What
// the figures should say is counted by the tests from the tables, not taken from here.
#include "tests/support/ComplianceFixture.h"
#include "tests/support/StoreFixture.h"

#include "core/cameras/CameraCounts.h"
#include "core/cameras/CameraInventory.h"
#include "core/cameras/CameraSigns.h"
#include "core/consent/ConsentService.h"
#include "core/consent/PurposeService.h"
#include "core/consent/SubjectService.h"
#include "core/demo/DemoData.h"
#include "core/ledgers/DeletionLog.h"
#include "core/requests/RequestService.h"
#include "core/retention/RetentionService.h"

namespace cdtest {

// A Friday; the requests' deadlines run through the National Day holiday, which the calendar knows.
inline QDateTime dashboardNow() { return QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC); }

struct DashboardSeed {
    qint64 vendorId = 0;
    qint64 onTime = 0, late = 0, refused = 0, cancelled = 0, openFresh = 0, openOverdue = 0;  // request ids
};

// Returns the error, or an empty string. Leaves the clock at dashboardNow().
inline QString seedDashboard(TestStore &store, DashboardSeed &seed)
{
    cd::Session &s = *store.officer;
    const QDateTime now = dashboardNow();
    auto at = [&](int daysBefore, int hour = 0) { store.clock.set(now.addDays(-daysBefore).addSecs(hour * 3600)); };
#define SEED_TRY(expr)                                                                                          \
    if (auto seedR_ = (expr); !seedR_)                                                                         \
        return QStringLiteral(#expr ": ") + seedR_.error().message;

    at(400);
    // The camera vendor first, with an agreement that ends 20 days after "now"; the face purpose's
    // assessment is due for review 10 days before "now". Both are open items then.
    auto vendor = cd::CameraInventory(s).upsertVendor(QStringLiteral("simvendor"), QStringLiteral("Sim"),
                                                      QStringLiteral("1"), QStringLiteral("libsim.so"),
                                                      cd::ProcessingLocation::OnDevice);
    SEED_TRY(vendor);
    seed.vendorId = vendor->id;
    cd::AgreementInput agreement = completeAgreement(QStringLiteral("simvendor"), cd::ProcessingLocation::OnDevice,
                                                     store.clock.today());
    agreement.facts.validUntil = now.date().addDays(20);
    SEED_TRY(cd::VendorAgreementService(s).set(agreement));
    SEED_TRY(approvedPiia(s, cd::PiiaScope::Purpose, QStringLiteral("face-recognition"), 390));
    SEED_TRY(cd::demo::addStandardPurposes(s));

    // Two zones, a counting camera in each; only the entrance has a sign. The modes are written
    // directly: a store from before count-only cameras needed a sign (Part 5) has this state.
    cd::DeviceRecord cam1, cam2;
    cam1.vendorId = cam2.vendorId = vendor->id;
    cam1.vendorCode = cam2.vendorCode = QStringLiteral("simvendor");
    cam1.key = QStringLiteral("cam-1");
    cam1.name = QStringLiteral("Door camera");
    cam1.zoneKey = QStringLiteral("entrance");
    cam2.key = QStringLiteral("cam-2");
    cam2.name = QStringLiteral("Till camera");
    cam2.zoneKey = QStringLiteral("checkout");
    SEED_TRY(cd::CameraInventory(s).syncInventory(
        vendor->id, {{QStringLiteral("entrance"), QStringLiteral("Entrance")}, {QStringLiteral("checkout"), QStringLiteral("Checkout")}},
        {cam1, cam2}));
    auto door = cd::CameraInventory(s).device(vendor->id, cam1.key);
    SEED_TRY(door);
    SEED_TRY(cd::CameraSigns(s).addSign(door->zoneId, QStringLiteral("Sign at the door"), store.clock.nowMs(),
                                        QByteArrayLiteral("synthetic photo")));
    SEED_TRY(s.db().exec("UPDATE camera_devices SET mode = 'count-only'"));

    // Consents: each month from 13 months back, 1-3 customers with membership and text offers;
    // each month the text-offer consent of a customer from two months before is withdrawn.
    auto membership = cd::PurposeService(s).findByCode(QStringLiteral("membership"));
    SEED_TRY(membership);
    auto offers = cd::PurposeService(s).findByCode(QStringLiteral("marketing-sms"));
    SEED_TRY(offers);
    auto n1 = cd::PurposeService(s).currentNotice(membership->id);
    SEED_TRY(n1);
    auto n2 = cd::PurposeService(s).currentNotice(offers->id);
    SEED_TRY(n2);
    std::vector<std::vector<qint64>> offerConsents;  // per month
    std::vector<qint64> subjects;
    for (int m = 0; m < 13; ++m) {
        at(390 - 30 * m, 2);
        offerConsents.emplace_back();
        for (int k = 0; k <= m % 3; ++k) {
            cd::SubjectInput in;
            in.name = QStringLiteral("测试%1").arg(m * 10 + k);
            in.phone = QStringLiteral("1380000%1").arg(m * 10 + k, 4, 10, QLatin1Char('0'));
            in.ageBand = cd::AgeBand::Adult;
            auto subject = cd::SubjectService(s).create(in);
            SEED_TRY(subject);
            subjects.push_back(subject->id);
            cd::RegistrationInput reg;
            reg.subjectId = subject->id;
            reg.purposes = {{membership->id, n1->id, false}, {offers->id, n2->id, false}};
            auto ids = cd::ConsentService(s).registerConsent(reg);
            SEED_TRY(ids);
            offerConsents.back().push_back(ids->back());
        }
        if (m >= 2)
            SEED_TRY(cd::ConsentService(s).withdraw(offerConsents[std::size_t(m - 2)].front(), QStringLiteral("counter")));
    }

    // Requests, each for its own customer. Closed requests are kept 30 days here, so that three
    // are due for the retention sweep already and the cancelled one falls due within the week.
    cd::RetentionSettings retention;
    retention.closedRequestDays = 30;
    SEED_TRY(cd::RetentionService(s).setSettings(retention));
    cd::RequestService requests(s);
    std::size_t next = 0;
    auto take = [&](cd::RequestType type, int daysBefore, qint64 &id) -> QString {
        at(daysBefore, 1);
        cd::RequestIntake in;
        in.type = type;
        in.subjectId = subjects.at(next++);
        auto row = requests.intake(in);
        if (!row)
            return row.error().message;
        id = row->id;
        return {};
    };
    auto start = [&](qint64 id, int daysBefore) -> QString {
        at(daysBefore, 3);
        if (auto r = requests.verifyIdentity(id, cd::IdentityMethod::IdDocument); !r)
            return r.error().message;
        if (auto r = requests.apply(id, cd::RequestAction::Start); !r)
            return r.error().message;
        return {};
    };
    auto complete = [&](qint64 id, int daysBefore) -> QString {
        at(daysBefore, 4);
        auto r = requests.complete(id);
        return r ? QString() : r.error().message;
    };
    auto refuse = [&](qint64 id, int daysBefore) -> QString {
        at(daysBefore, 2);
        auto r = requests.refuse(id, QStringLiteral("Synthetic: the request repeats one answered last month."));
        return r ? QString() : r.error().message;
    };
    auto cancel = [&](qint64 id, int daysBefore) -> QString {
        at(daysBefore, 2);
        auto r = requests.cancel(id, QStringLiteral("Synthetic: withdrawn by the customer."));
        return r ? QString() : r.error().message;
    };
    // In the order of time (a braced list is evaluated left to right).
    for (const QString &e : {take(cd::RequestType::Access, 100, seed.onTime), start(seed.onTime, 99),
                             complete(seed.onTime, 95), take(cd::RequestType::Copy, 80, seed.late),
                             start(seed.late, 79), take(cd::RequestType::Deletion, 60, seed.refused),
                             refuse(seed.refused, 58), complete(seed.late, 40),
                             take(cd::RequestType::Explanation, 30, seed.openOverdue),
                             take(cd::RequestType::Access, 28, seed.cancelled), cancel(seed.cancelled, 26),
                             take(cd::RequestType::Correction, 3, seed.openFresh)})
        if (!e.isEmpty())
            return e;

    // Deletion-log entries by reason on a few days, one of them before the period.
    const std::pair<int, const char *> deletions[] = {{400, "retention"}, {200, "withdrawal"}, {200, "withdrawal"},
                                                      {200, "request"},   {45, "retention"},   {2, "withdrawal"}};
    for (const auto &[daysBefore, reason] : deletions) {
        cd::DeletionEntry e;
        e.at = now.addDays(-daysBefore).addSecs(5 * 3600).toMSecsSinceEpoch();
        e.reason = QLatin1String(reason);
        e.reasonRef = QStringLiteral("seed");
        e.category = QStringLiteral("personal-fields");
        e.subjectRef = QStringLiteral("S-SEED");
        e.location = QStringLiteral("local");
        e.counts = QStringLiteral("name=1");
        SEED_TRY(cd::DeletionLog::append(s.db(), e));
    }

    // Visitor counts per zone and hour, one hour before the period.
    std::vector<cd::VisitorCountRow> counts;
    const qint64 hour = 3'600'000;
    for (int d : {380, 300, 150, 20, 1}) {
        const qint64 h = now.addDays(-d).toMSecsSinceEpoch() / hour * hour;
        counts.push_back({QStringLiteral("simvendor"), QStringLiteral("entrance"), h, 10 + d % 7});
        counts.push_back({QStringLiteral("simvendor"), QStringLiteral("checkout"), h + hour, 3 + d % 5});
    }
    store.clock.set(now);
    SEED_TRY(cd::CameraCounts(s).storeVisitorCounts(vendor->id, counts));
#undef SEED_TRY
    return {};
}

} // namespace cdtest
