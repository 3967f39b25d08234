// The whole loop with the simulated vendor in its own plugin-host process: a sign is recorded, a
// camera recognises consented faces, a subject with separate consent is enrolled, captures pile up
// at the vendor; withdrawal (or expiry) of the consent owes an erasure, the job erases the files
// ON THE VENDOR'S DISK, and the deletion log holds the vendor's receipt with counts and a digest
// that this test recomputes from the files it saw. Count-only cameras keep only counts.
#include "tests/support/VendorFixture.h"

#include "core/cameras/CameraSigns.h"
#include "core/ledgers/AuditLog.h"
#include "core/ledgers/DeletionLog.h"

#include <QSet>
#include <QTimeZone>

using namespace cd;
using namespace cdptest;

namespace {

QDateTime hourOf(const QDateTime &t)
{
    const qint64 ms = t.toMSecsSinceEpoch();
    return QDateTime::fromMSecsSinceEpoch(ms - ms % 3600000, Qt::UTC);
}

// A complete hour in the past (the vendor's counts use real time; the console's clock is manual).
QDateTime pastHour(int hoursAgo) { return hourOf(QDateTime::currentDateTimeUtc()).addSecs(-3600 * hoursAgo); }

double summaryValue(const QCborValue &summary, const char *key)
{
    return summary.toMap().value(QLatin1String(key)).toDouble(-1);
}

} // namespace

class TestVendorE2E : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<VendorWorld> m_w;
    std::unique_ptr<VendorManager> m_m;

    QString vendorDir() const { return m_w->dataRoot() + QStringLiteral("/simvendor"); }
    Session &officer() { return m_w->officer(); }

    // Records a sign for the entrance zone and lets the first entrance camera recognise faces.
    void openEntranceForRecognition()
    {
        const qint64 entrance = m_w->zoneId(kSim, QStringLiteral("entrance"));
        QVERIFY(entrance > 0);
        CDT_OK(cd::CameraSigns(officer()).addSign(entrance, QStringLiteral("Face recognition notice at the entrance door"), 0,
                                QByteArrayLiteral("synthetic photo of the sign")));
        CDT_OK(m_m->setMode(kSim, QStringLiteral("cam-entrance-1"), cd::CameraMode::IdentifyConsented,
                            QStringLiteral("members programme")));
    }

    std::vector<DeletionEntry> deletions()
    {
        auto page = DeletionLog::page(officer().db(), 0, 100);
        return page ? page.value() : std::vector<DeletionEntry>{};
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(hostExecutable()), "consentdesk-plugin-host is not built");
        QVERIFY2(QFile::exists(simvendorFile()), "libsimvendor.so is not built");
    }

    void init()
    {
        m_w = std::make_unique<VendorWorld>();
        QCOMPARE(m_w->create(), QString());
        m_m = std::make_unique<VendorManager>(officer(), m_w->options({simvendorDir()}));
        m_m->startAll();
        VendorHost *h = m_m->host(kSim);
        QVERIFY(h);
        QCOMPARE(h->health(), VendorHealth::Ready);
        QCOMPARE(hostPids().size(), 1);
    }

    void cleanup()
    {
        m_m.reset();
        m_w.reset();
        QTRY_VERIFY_WITH_TIMEOUT(hostPids().isEmpty(), 3000);
    }

    void withdrawalErasesAtVendor()
    {
        auto subject = m_w->subject(QStringLiteral("Tester Quokka"), QStringLiteral("19900001111"));
        CDT_OK(subject);
        const QString pseudonym = subject->pseudonym;
        auto consent = m_w->faceConsent(subject->id);
        CDT_OK(consent);
        openEntranceForRecognition();
        CDT_OK(m_m->enroll(subject->id, kSim));
        QCOMPARE(m_w->faceDataHolders(), qint64(1));

        // An hour of visitors at the recognising camera; every visitor is the enrolled subject.
        const QDateTime from = pastHour(3);
        auto sim = m_m->simulate(kSim, from, from.addSecs(3600),
                                 QJsonObject{{QStringLiteral("visitorsPerHour"), 20},
                                             {QStringLiteral("enrolledShare"), 1.0}});
        CDT_OK(sim);
        const qint64 captures = qint64(summaryValue(sim.value(), "captures"));
        QCOMPARE(captures, qint64(20));

        // What the vendor holds, seen on its own disk.
        const QStringList held = simvendorItemIds(vendorDir(), pseudonym);
        const qint64 images = countFiles(vendorDir() + QStringLiteral("/captures/") + pseudonym, {QStringLiteral("*.img")});
        QCOMPARE(images, captures);
        QVERIFY(QFile::exists(vendorDir() + QStringLiteral("/templates/") + pseudonym + QStringLiteral(".tpl")));
        QCOMPARE(held.size(), int(images + 1));
        auto inventory = m_m->inventory(kSim, pseudonym);
        CDT_OK(inventory);
        QCOMPARE(inventory->countsByKind.value(QStringLiteral("face-image")), images);
        QCOMPARE(inventory->countsByKind.value(QStringLiteral("face-template")), qint64(1));

        // Withdrawal owes an erasure; the subject still counts as held until the receipt is in.
        CDT_OK(ConsentService(officer()).withdraw(consent.value(), QStringLiteral("counter")));
        QCOMPARE(m_w->faceDataHolders(), qint64(1));
        auto pending = cd::VendorErasures(officer()).pendingJobs(false);
        CDT_OK(pending);
        QCOMPARE(int(pending->size()), 1);
        QCOMPARE(pending->front().pseudonym, pseudonym);
        QCOMPARE(pending->front().reason, QStringLiteral("withdrawal"));
        QVERIFY(deletions().empty());

        auto done = m_m->runDueJobs();
        CDT_OK(done);
        QCOMPARE(done.value(), 1);

        // Gone on the vendor's side: no image, no template, not even the subject's directory.
        QVERIFY(simvendorItemIds(vendorDir(), pseudonym).isEmpty());
        QVERIFY(!QFile::exists(vendorDir() + QStringLiteral("/templates/") + pseudonym + QStringLiteral(".tpl")));
        QCOMPARE(countFiles(vendorDir(), {QStringLiteral("*.img"), QStringLiteral("*.tpl")}), qint64(0));
        QVERIFY(!QDir(vendorDir() + QStringLiteral("/captures/") + pseudonym).exists());

        // One deletion-log entry: the vendor's receipt for exactly what was there.
        const auto log = deletions();
        QCOMPARE(int(log.size()), 1);
        const DeletionEntry &e = log.front();
        QCOMPARE(e.location, kSim);
        QCOMPARE(e.subjectRef, pseudonym);
        QCOMPARE(e.reason, QStringLiteral("withdrawal"));
        QCOMPARE(e.reasonRef, QString::number(consent.value()));
        QCOMPARE(e.category, QStringLiteral("face-data"));
        QCOMPARE(e.counts, QStringLiteral("face-image=%1;face-template=1").arg(images));
        QVERIFY(e.receiptId.startsWith(QLatin1String("sim-")));
        QCOMPARE(e.digest, erasureDigestHex(held));
        QVERIFY(e.digest != erasureDigestHex({}));  // not the digest of nothing
        auto chain = DeletionLog::verify(officer().db());
        CDT_OK(chain);
        QVERIFY(chain->ok);
        QCOMPARE(chain->rows, qint64(1));

        // Audited, with the receipt; pseudonym only.
        auto audit = AuditLog::page(officer().db(), 0, 50, QStringLiteral("vendor.erase"));
        CDT_OK(audit);
        bool audited = false;
        for (const AuditEntry &a : audit.value()) {
            if (a.action == QLatin1String("vendor.erase") && a.objectId == pseudonym)
                audited = audited || a.detail.contains(e.receiptId);
        }
        QVERIFY2(audited, "no vendor.erase audit entry names the subject and the receipt");
        auto auditChain = AuditLog::verify(officer().db());
        CDT_OK(auditChain);
        QVERIFY(auditChain->ok);

        QCOMPARE(m_w->faceDataHolders(), qint64(0));
        auto left = cd::VendorErasures(officer()).pendingJobs(false);
        CDT_OK(left);
        QVERIFY(left->empty());
        auto again = m_m->runDueJobs(true);
        CDT_OK(again);
        QCOMPARE(again.value(), 0);
        QCOMPARE(int(deletions().size()), 1);
    }

    void expiryErasesOnlyThatSubject()
    {
        // Face consents last 365 days. A's consent is 200 days older than B's: on day 400 only
        // A's has expired, and only A's files may go.
        auto a = m_w->subject(QStringLiteral("Tester Alpha"), QStringLiteral("19900003333"));
        auto b = m_w->subject(QStringLiteral("Tester Beta"), QStringLiteral("19900004444"));
        CDT_OK(a);
        CDT_OK(b);
        auto consentA = m_w->faceConsent(a->id);
        CDT_OK(consentA);
        m_w->store.clock.advanceDays(200);
        CDT_OK(m_w->faceConsent(b->id));
        openEntranceForRecognition();
        auto enrolled = m_m->enrollAllConsented();
        CDT_OK(enrolled);
        QCOMPARE(enrolled.value(), 2);
        QCOMPARE(m_w->faceDataHolders(), qint64(2));
        const QDateTime from = pastHour(3);
        CDT_OK(m_m->simulate(kSim, from, from.addSecs(3600),
                             QJsonObject{{QStringLiteral("visitorsPerHour"), 10}, {QStringLiteral("enrolledShare"), 1.0},
                                         {QStringLiteral("capturesPerSubject"), 3}}));
        const QStringList heldA = simvendorItemIds(vendorDir(), a->pseudonym);
        const QStringList heldB = simvendorItemIds(vendorDir(), b->pseudonym);
        QVERIFY(heldA.size() >= 4);  // 3 bulk captures + template at least
        QVERIFY(heldB.size() >= 4);

        m_w->store.clock.advanceDays(200);
        auto expired = ConsentService(officer()).expireDue();
        CDT_OK(expired);
        QCOMPARE(expired.value(), 1);
        QCOMPARE(m_w->faceDataHolders(), qint64(2));  // A is owed an erasure, B is enrolled
        auto done = m_m->runDueJobs();
        CDT_OK(done);
        QCOMPARE(done.value(), 1);

        QVERIFY(simvendorItemIds(vendorDir(), a->pseudonym).isEmpty());
        QCOMPARE(simvendorItemIds(vendorDir(), b->pseudonym), heldB);  // untouched
        const auto log = deletions();
        QCOMPARE(int(log.size()), 1);
        QCOMPARE(log.front().subjectRef, a->pseudonym);
        QCOMPARE(log.front().reason, QStringLiteral("expiry"));
        QCOMPARE(log.front().reasonRef, QString::number(consentA.value()));
        QCOMPARE(log.front().digest, erasureDigestHex(heldA));
        QCOMPARE(m_w->faceDataHolders(), qint64(1));
    }

    void countOnlyKeepsOnlyCounts()
    {
        // Counting needs a sign at each zone too (Art. 26); then every camera counts.
        for (const char *zone : {"entrance", "checkout"})
            CDT_OK(cd::CameraSigns(m_w->officer()).addSign(m_w->zoneId(kSim, QLatin1String(zone)),
                                                           QStringLiteral("Counting notice"), 0,
                                                           QByteArrayLiteral("synthetic photo")));
        for (const char *device : {"cam-entrance-1", "cam-entrance-2", "cam-checkout-1"})
            CDT_OK(m_m->setMode(kSim, QLatin1String(device), cd::CameraMode::CountOnly, QStringLiteral("footfall")));
        const QDateTime hour = pastHour(2);
        auto sim = m_m->simulate(kSim, hour, hour.addSecs(3600), QJsonObject{{QStringLiteral("visitorsPerHour"), 30}});
        CDT_OK(sim);
        const qint64 visitors = qint64(summaryValue(sim.value(), "visitors"));
        QCOMPARE(visitors, qint64(90));  // three cameras, thirty each
        QCOMPARE(qint64(summaryValue(sim.value(), "captures")), qint64(0));
        QCOMPARE(countFiles(vendorDir(), {QStringLiteral("*.img"), QStringLiteral("*.tpl")}), qint64(0));

        auto stored = m_m->pollVisitorCounts();
        CDT_OK(stored);
        QVERIFY(stored.value() > 0);
        auto sumOfHour = [this, &hour](QSet<QString> *zones) {
            auto rows = cd::CameraCounts(officer()).visitorCounts(hour.toMSecsSinceEpoch());
            qint64 sum = 0;
            for (const VisitorCountRow &r : rows.value()) {
                if (r.hourStart != hour.toMSecsSinceEpoch())
                    return qint64(-1);  // nothing outside the simulated hour
                if (zones)
                    zones->insert(r.zoneKey);
                sum += r.visitors;
            }
            return sum;
        };
        QSet<QString> zones;
        QCOMPARE(sumOfHour(&zones), visitors);
        QCOMPARE(zones, (QSet<QString>{QStringLiteral("entrance"), QStringLiteral("checkout")}));
        // Polling again adds nothing twice.
        CDT_OK(m_m->pollVisitorCounts());
        QCOMPARE(sumOfHour(nullptr), visitors);

        // An enrolled subject walking past count-only cameras leaves no image either.
        auto subject = m_w->subject(QStringLiteral("Tester Gamma"), QStringLiteral("19900005555"));
        CDT_OK(subject);
        CDT_OK(m_w->faceConsent(subject->id));
        CDT_OK(m_m->enroll(subject->id, kSim));
        const QDateTime next = pastHour(1);
        auto sim2 = m_m->simulate(kSim, next, next.addSecs(3600),
                                  QJsonObject{{QStringLiteral("visitorsPerHour"), 30}, {QStringLiteral("enrolledShare"), 1.0}});
        CDT_OK(sim2);
        QCOMPARE(qint64(summaryValue(sim2.value(), "captures")), qint64(0));
        QCOMPARE(countFiles(vendorDir(), {QStringLiteral("*.img")}), qint64(0));
        QCOMPARE(countFiles(vendorDir(), {QStringLiteral("*.tpl")}), qint64(1));  // the enrolment template only
    }
};

QTEST_GUILESS_MAIN(TestVendorE2E)
#include "tst_vendor_e2e.moc"
