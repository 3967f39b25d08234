// A deletion request end to end with the simulated vendor in its own plugin-host process:
// afterwards the customer's name, phone and birth date are nowhere in the database (the sqlcipher
// shell with the raw key), nor in any file of the store after a checkpoint (strings and a raw
// byte search); the vendor's files for the pseudonym are gone on its own disk; the deletion log
// holds the local entry and the vendor's with its receipt; the letter's PDF (pdftotext) names
// the pseudonym and the counts. With the plugin host killed mid-request the request waits for
// the vendor and completes by itself once the restarted host has erased. And an access package
// that lists what the vendor reported holding.
#include "tests/support/StoreEvidence.h"
#include "tests/support/VendorFixture.h"

#include "core/consent/SubjectErasure.h"
#include "core/ledgers/DeletionLog.h"
#include "core/reporting/LetterPdf.h"
#include "core/requests/RequestService.h"
#include "vendors/RequestFulfiller.h"
#include "vendors/VendorScheduler.h"

#include <QDirIterator>
#include <csignal>

using namespace cd;
using namespace cdptest;

namespace {

const QString kName = QStringLiteral("Tester Wombat");
const QString kPhone = QStringLiteral("13700001234");
const QDate kBirth(1991, 7, 23);

} // namespace

class TestRequestFulfilment : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<VendorWorld> m_w;
    std::unique_ptr<VendorManager> m_m;
    qint64 m_subject = 0;
    QString m_pseudonym;
    qint64 m_images = 0;

    QString vendorDir() const { return m_w->dataRoot() + QStringLiteral("/simvendor"); }
    Session &officer() { return m_w->officer(); }

    qint64 verifiedRequest(RequestType type)
    {
        RequestService requests(officer());
        RequestIntake in;
        in.type = type;
        in.subjectId = m_subject;
        auto row = requests.intake(in);
        if (!row || !requests.verifyIdentity(row->id, IdentityMethod::IdDocument))
            return 0;
        return row->id;
    }

    RequestState stateOf(qint64 id)
    {
        auto d = RequestService(officer()).show(id);
        return d ? d->row.state : RequestState::Cancelled;
    }

    QByteArray dumpWithKey() { return cdtest::dumpWithKey(m_w->store.dbPath, cdtest::rawKey(officer())); }

    QList<QByteArray> secrets() const
    {
        return {kName.toUtf8(), kPhone.toUtf8(), kBirth.toString(Qt::ISODate).toUtf8()};
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(hostExecutable()), "consentdesk-plugin-host is not built");
        QString missing;
        QVERIFY2(cdtest::haveTools({QStringLiteral("sqlcipher"), QStringLiteral("pdftotext"), QStringLiteral("strings")},
                                   &missing),
                 qPrintable(missing));
    }

    // A customer with separate face consent, enrolled at the vendor, with captures on its disk.
    void init()
    {
        m_w = std::make_unique<VendorWorld>();
        QCOMPARE(m_w->create(), QString());
        m_m = std::make_unique<VendorManager>(officer(), m_w->options({simvendorDir()}));
        m_m->startAll();
        QVERIFY(m_m->host(kSim));
        auto subject = m_w->subject(kName, kPhone, kBirth);
        CDT_OK(subject);
        m_subject = subject->id;
        m_pseudonym = subject->pseudonym;
        CDT_OK(m_w->faceConsent(m_subject));
        CDT_OK(m_w->consent(m_subject, m_w->membership, m_w->membershipNotice, false));
        const qint64 entrance = m_w->zoneId(kSim, QStringLiteral("entrance"));
        CDT_OK(CameraSigns(officer()).addSign(entrance, QStringLiteral("Face recognition notice"), 0, QByteArrayLiteral("photo")));
        CDT_OK(m_m->setMode(kSim, QStringLiteral("cam-entrance-1"), CameraMode::IdentifyConsented, QStringLiteral("members")));
        CDT_OK(m_m->enroll(m_subject, kSim));
        // A whole past hour (the vendor's counts use real time; the console's clock is manual).
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QDateTime from = QDateTime::fromMSecsSinceEpoch(now - now % 3600000, Qt::UTC).addSecs(-3 * 3600);
        auto sim = m_m->simulate(kSim, from, from.addSecs(3600),
                                 QJsonObject{{QStringLiteral("visitorsPerHour"), 12}, {QStringLiteral("enrolledShare"), 1.0}});
        CDT_OK(sim);
        m_images = countFiles(vendorDir() + QStringLiteral("/captures/") + m_pseudonym, {QStringLiteral("*.img")});
        QCOMPARE(m_images, qint64(sim->toMap().value(QLatin1String("captures")).toDouble(-1)));
        QVERIFY(m_images > 0);
    }

    void cleanup()
    {
        m_m.reset();
        m_w.reset();
        QTRY_VERIFY_WITH_TIMEOUT(hostPids().isEmpty(), 3000);
    }

    void deletionEndToEnd()
    {
        const qint64 id = verifiedRequest(RequestType::Deletion);
        QVERIFY(id > 0);
        const QString pdf = m_w->store.dir.filePath(QStringLiteral("letter.pdf"));
        FulfilOptions o;
        o.language = QStringLiteral("en");
        QStringList steps;
        o.progress = [&](const QString &s) { steps << s; };
        o.deliver = [&](const ResponseLetter &letter, const SubjectPackage *package) -> Result<void> {
            if (package)
                return makeError(ErrorCode::Failed, QStringLiteral("a deletion has no package"));
            return reporting::LetterPdf::write(letter, pdf);
        };
        auto done = RequestFulfiller(officer(), *m_m).fulfil(id, o);
        CDT_OK(done);
        QCOMPARE(done->row.state, RequestState::Completed);
        QVERIFY(done->delivered);
        QCOMPARE(done->vendorErasuresPending, 0);
        QVERIFY(steps.size() >= 2);

        // The vendor's files for the pseudonym are gone, on its own disk.
        QVERIFY(simvendorItemIds(vendorDir(), m_pseudonym).isEmpty());
        QVERIFY(!QDir(vendorDir() + QStringLiteral("/captures/") + m_pseudonym).exists());
        QDirIterator files(vendorDir(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {  // neither a file's name nor its lines (the enrolment log)
            const QString f = files.next();
            QVERIFY2(!f.contains(m_pseudonym), qPrintable(f));
            QVERIFY2(!cdtest::readFile(f).contains(m_pseudonym.toUtf8()), qPrintable(f));
        }

        // The deletion log: the local erasure and the vendor's, with its receipt.
        auto page = DeletionLog::page(officer().db(), 0, 100);
        CDT_OK(page);
        QString receipt;
        bool local = false;
        for (const DeletionEntry &e : page.value()) {
            QCOMPARE(e.subjectRef, m_pseudonym);
            if (e.location == QLatin1String("local")) {
                local = true;
                QCOMPARE(e.reason, QStringLiteral("request"));
                QCOMPARE(e.reasonRef, QString::number(id));
                QVERIFY(e.counts.contains(QLatin1String("name=1")) && e.counts.contains(QLatin1String("birth-date=1")));
            } else {
                QCOMPARE(e.location, kSim);
                QCOMPARE(e.counts, QStringLiteral("face-image=%1;face-template=1").arg(m_images));
                QVERIFY(e.receiptId.startsWith(QLatin1String("sim-")));
                receipt = e.receiptId;
            }
        }
        QVERIFY(local);
        QVERIFY(!receipt.isEmpty());
        auto chain = DeletionLog::verify(officer().db());
        CDT_OK(chain);
        QVERIFY(chain->ok);

        // The letter's PDF says so.
        const QString text = cdtest::pdfText(pdf);
        QVERIFY2(text.contains(m_pseudonym), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("face-image=%1;face-template=1").arg(m_images)), qPrintable(text));
        QVERIFY2(text.contains(receipt), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("name=1")));
        for (const QByteArray &s : secrets())
            QVERIFY(!text.toUtf8().contains(s));

        // Nowhere in the database, read with the raw key...
        const QByteArray dump = dumpWithKey();
        QVERIFY2(dump.contains(m_pseudonym.toUtf8()), "control: the shell decrypted the database");
        for (const QByteArray &s : secrets())
            QVERIFY2(!dump.contains(s), s.constData());
        // ...nor in any file of the store (database, -wal, -shm, keyslots, vendor data, letter)
        // after a checkpoint.
        CDT_OK(SubjectErasure(officer()).flushWriteAheadLog());
        QDirIterator all(m_w->store.dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int scanned = 0;
        while (all.hasNext()) {
            const QString f = all.next();
            const QByteArray raw = cdtest::readElsewhere(f);  // the session still has the database open
            const QByteArray printable = cdtest::stringsOf(f);
            for (const QByteArray &s : secrets()) {
                QVERIFY2(!raw.contains(s), qPrintable(f));
                QVERIFY2(!printable.contains(s), qPrintable(f));
            }
            ++scanned;
        }
        QVERIFY(scanned >= 4);
        QVERIFY(QFile::exists(m_w->store.dbPath + QStringLiteral("-wal")) || QFile::exists(m_w->store.dbPath));
    }

    void vendorDownMidRequestCompletesLater()
    {
        const qint64 id = verifiedRequest(RequestType::Withdrawal);
        QVERIFY(id > 0);
        const QList<qint64> pids = hostPids();
        QCOMPARE(pids.size(), 1);
        QCOMPARE(::kill(pid_t(pids.front()), SIGKILL), 0);

        int delivered = 0;
        FulfilOptions o;
        o.deliver = [&](const ResponseLetter &, const SubjectPackage *) -> Result<void> { ++delivered; return {}; };
        auto first = RequestFulfiller(officer(), *m_m).fulfil(id, o);
        CDT_OK(first);
        QCOMPARE(first->row.state, RequestState::AwaitingVendors);
        QCOMPARE(first->vendorErasuresPending, 1);
        QVERIFY(first->letter.isEmpty());
        QCOMPARE(delivered, 0);
        // The store's part is done; the vendor still holds the captures.
        auto view = SubjectService(officer()).view(m_subject);
        CDT_OK(view);
        QVERIFY(view->name.isEmpty());
        QCOMPARE(countFiles(vendorDir() + QStringLiteral("/captures/") + m_pseudonym, {QStringLiteral("*.img")}), m_images);
        auto letter = FulfilmentService(officer()).letter(id);
        CDT_OK(letter);
        QVERIFY(letter->isEmpty());

        // The host is restarted by its supervisor; once the retry is due, the scheduler's round
        // erases and the request completes by itself.
        QTRY_VERIFY_WITH_TIMEOUT(m_m->host(kSim) && m_m->host(kSim)->health() == VendorHealth::Ready, 20000);
        m_w->store.clock.advanceSecs(120);
        VendorScheduler scheduler(*m_m);
        scheduler.start(100, 3600000);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), RequestState::Completed, 20000);
        scheduler.stop();
        QVERIFY(simvendorItemIds(vendorDir(), m_pseudonym).isEmpty());
        letter = FulfilmentService(officer()).letter(id);
        CDT_OK(letter);
        QVERIFY(letter->toPlainText().contains(QStringLiteral("face-image=%1").arg(m_images)));
        // Fulfilling again now only writes the letter.
        auto again = RequestFulfiller(officer(), *m_m).fulfil(id, o);
        CDT_OK(again);
        QCOMPARE(delivered, 1);
    }

    void accessPackageListsWhatTheVendorHolds()
    {
        const qint64 id = verifiedRequest(RequestType::Access);
        FulfilOptions o;
        o.language = QStringLiteral("zh_CN");
        std::optional<SubjectPackage> got;
        const QString pdf = m_w->store.dir.filePath(QStringLiteral("package.pdf"));
        o.deliver = [&](const ResponseLetter &letter, const SubjectPackage *package) -> Result<void> {
            if (package)
                got = *package;
            return reporting::LetterPdf::write(letter, pdf);
        };
        auto done = RequestFulfiller(officer(), *m_m).fulfil(id, o);
        CDT_OK(done);
        QCOMPARE(done->row.state, RequestState::Completed);
        QVERIFY(got);
        QCOMPARE(int(got->vendors.size()), 1);
        QVERIFY(got->vendors.front().answered);
        QCOMPARE(got->vendors.front().held.value(QStringLiteral("face-image")), m_images);
        QVERIFY(got->vendors.front().enrolledAt > 0);
        // Chinese purpose names are embedded and extracted.
        const QString text = cdtest::pdfText(pdf);
        QVERIFY2(text.contains(kName) && text.contains(m_pseudonym), qPrintable(text));
        const QString purpose = got->consents.front().purpose;
        QVERIFY2(purpose.at(0).unicode() > 0x2e80, qPrintable(purpose));  // the Chinese name
        QVERIFY2(text.contains(purpose.left(3)), qPrintable(text));  // a table cell may wrap after that
    }
};

QTEST_MAIN(TestRequestFulfilment)
#include "tst_request_fulfilment.moc"
