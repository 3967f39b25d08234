// A deletion request end to end through the console's real window, with the simulated vendor in
// its own plugin-host process (Part 4 acceptance). Two synthetic customers with face consent are
// enrolled at the vendor and have captures there. As the officer, in the window: take in a
// deletion request through the intake dialog, verify identity (ID document seen), fulfil it with
// the letter written to a temporary path. Afterwards the customer's name, phone and birth date
// are nowhere: not in the sqlcipher shell's dump with the raw key, not in a decrypted copy, not in
// any page or WAL frame of the files as they lie on disk (decrypted page by page, free pages and
// the unused space inside pages included), not in `strings` over any file; the vendor's disk has
// no file and no line about them; the deletion log has the local entry and the vendor's receipt;
// the letter (pdftotext) says what was deleted. Then the second customer's request with the
// plugin host killed while the fulfilment waits on it: the window shows the request awaiting
// vendors, the host comes back, and the scheduler's next round completes it by itself.
#include "tests/support/CipherPages.h"
#include "tests/support/StoreEvidence.h"
#include "tests/support/VendorFixture.h"
#include "tests/support/Widgets.h"

#include "core/i18n/Language.h"
#include "core/ledgers/DeletionLog.h"
#include "core/requests/RequestService.h"
#include "ui/requests/RequestActionDialog.h"
#include "ui/requests/RequestDetailDialog.h"
#include "ui/requests/RequestFulfilDialog.h"
#include "ui/requests/RequestIntakeDialog.h"
#include "ui/requests/RequestQueueModel.h"
#include "ui/requests/RequestsPage.h"
#include "ui/shell/MainWindow.h"
#include "vendors/VendorScheduler.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QtTest>

#include <csignal>
#include <thread>

using namespace cd;
using namespace cdptest;
using cdtest::child;

namespace {

struct Customer {
    Customer(const char *n, const char *p, QDate b) : name(QString::fromUtf8(n)), phone(QString::fromUtf8(p)), birth(b) {}
    QString name, phone;
    QDate birth;
    qint64 id = 0;
    QString pseudonym;
    qint64 images = 0;
    QStringList itemIds;  // what the vendor holds about them before any erasure
    QList<QByteArray> secrets() const
    {
        return {name.toUtf8(), phone.toUtf8(), birth.toString(Qt::ISODate).toUtf8()};
    }
};

// The visible one of a kind of dialog (closed ones linger until deleted); any name when null.
template <typename T>
T *visibleChild(QObject *parent, const char *name = nullptr)
{
    const QList<T *> all = name ? parent->findChildren<T *>(QLatin1String(name)) : parent->findChildren<T *>();
    for (T *w : all)
        if (w->isVisible())
            return w;
    return nullptr;
}

// Which of `secrets` occur in `bytes`, for a readable failure.
QString found(const QByteArray &bytes, const QList<QByteArray> &secrets)
{
    QStringList out;
    for (const QByteArray &s : secrets)
        if (bytes.contains(s))
            out << QString::fromUtf8(s);
    return out.join(QStringLiteral(", "));
}

bool waitUntilGone(qint64 pid)
{
    // SIGKILL is delivered asynchronously: wait until the process can run no more (zombie or reaped).
    for (int i = 0; i < 2000; ++i) {
        const QByteArray stat = cdtest::readFile(QStringLiteral("/proc/%1/stat").arg(pid));
        const qsizetype close = stat.lastIndexOf(')');
        if (stat.isEmpty() || (close > 0 && stat.mid(close + 2, 1) == "Z"))
            return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return false;
}

} // namespace

class TestDeletionE2e : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void deletionThroughTheWindow();
    void hostKilledMidRequestCompletesByItself();
    void closedConsoleLeavesNothing();
    void pageReaderSeesWhatDeletionLeaves();

private:
    QString vendorDir() const { return m_w.store.dbPath + QStringLiteral(".vendors/simvendor"); }
    Session &session() { return *m_window->session(); }
    RequestsPage *openRequestsPage();
    qint64 takeInDeletion(RequestsPage *page, const Customer &c);
    RequestDetailDialog *openAndVerify(RequestsPage *page, qint64 id);
    RequestFulfilDialog *openFulfil(RequestDetailDialog *detail, const QString &pdf);
    static int rowOf(RequestsPage *page, qint64 id);
    static QString queueState(RequestsPage *page, qint64 id);
    QByteArray vendorFilesText() const;
    void checkStoreFiles(const QList<QByteArray> &gone, const QList<QByteArray> &kept);

    VendorWorld m_w;
    std::unique_ptr<MainWindow> m_window;
    QByteArray m_key;  // the raw data key, for the outsider's checks
    Customer m_a{"Quokka Erasable", "13911112222", QDate(1987, 3, 14)};
    Customer m_b{"Numbat Waitlong", "13933334444", QDate(1993, 11, 2)};
    qint64 m_requestA = 0, m_requestB = 0;
    QString m_letterA, m_letterB;
};

void TestDeletionE2e::initTestCase()
{
    QString missing;
    QVERIFY2(cdtest::haveTools({QStringLiteral("sqlcipher"), QStringLiteral("strings"), QStringLiteral("pdftotext")},
                               &missing),
             qPrintable(missing + QStringLiteral(" is not installed")));
    QVERIFY2(QFile::exists(hostExecutable()), "consentdesk-plugin-host is not built");
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ConsentDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("ConsentDeskDeletionE2e"));
    QVERIFY(i18n::setLanguage(QStringLiteral("en")));
    QCOMPARE(m_w.create(), QString());
    for (Customer *c : {&m_a, &m_b}) {
        auto s = m_w.subject(c->name, c->phone, c->birth);
        CDT_OK(s);
        c->id = s->id;
        c->pseudonym = s->pseudonym;
        CDT_OK(m_w.faceConsent(c->id));
        CDT_OK(m_w.consent(c->id, m_w.membership, m_w.membershipNotice, false));
    }
    // As the officer did it on the Cameras page before: recognition at the entrance (sign posted),
    // both customers enrolled, three captures each, on the vendor's disk beside the database.
    {
        VendorManager vendors(m_w.officer(), VendorManagerOptions::defaultsFor(m_w.store.dbPath));
        vendors.startAll();
        QVERIFY(vendors.host(kSim) && vendors.host(kSim)->health() == VendorHealth::Ready);
        const qint64 entrance = m_w.zoneId(kSim, QStringLiteral("entrance"));
        QVERIFY(entrance > 0);
        CDT_OK(CameraSigns(m_w.officer()).addSign(entrance, QStringLiteral("Face recognition notice"), 0,
                                                  QByteArrayLiteral("photo")));
        CDT_OK(vendors.setMode(kSim, QStringLiteral("cam-entrance-1"), CameraMode::IdentifyConsented,
                               QStringLiteral("members")));
        CDT_OK(vendors.enroll(m_a.id, kSim));
        CDT_OK(vendors.enroll(m_b.id, kSim));
        const QDateTime to = QDateTime::currentDateTimeUtc().addSecs(-3600);
        CDT_OK(vendors.simulate(kSim, to.addSecs(-3600), to,
                                QJsonObject{{QStringLiteral("visitorsPerHour"), 0},
                                            {QStringLiteral("capturesPerSubject"), 3}}));
    }
    QTRY_VERIFY_WITH_TIMEOUT(hostPids().isEmpty(), 5000);
    for (Customer *c : {&m_a, &m_b}) {
        c->images = countFiles(vendorDir() + QStringLiteral("/captures/") + c->pseudonym, {QStringLiteral("*.img")});
        QCOMPARE(c->images, qint64(3));
        c->itemIds = simvendorItemIds(vendorDir(), c->pseudonym);
        QCOMPARE(c->itemIds.size(), 4);  // and the template
    }
    m_w.officer().lock();  // the console is the only connection from here on

    // The officer signs in to the console; its vendors start with the window.
    QString why;
    auto officer = m_w.store.unlock(cdtest::kOfficer, cdtest::kOfficerPass, &why);
    QVERIFY2(officer, qPrintable(why));
    m_window = std::make_unique<MainWindow>(m_w.store.dbPath, std::move(officer), m_w.store.clock);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_key = cdtest::rawKey(session());
    QTRY_COMPARE_WITH_TIMEOUT(hostPids().size(), 1, 10000);
    // Control: the vendor's files do name the pseudonyms before any erasure.
    const QByteArray files = vendorFilesText();
    QVERIFY(files.contains(m_a.pseudonym.toUtf8()) && files.contains(m_b.pseudonym.toUtf8()));
}

void TestDeletionE2e::cleanupTestCase()
{
    m_window.reset();
    QTRY_VERIFY_WITH_TIMEOUT(hostPids().isEmpty(), 5000);
}

// Every file name under the vendor's directory, and every file's bytes.
QByteArray TestDeletionE2e::vendorFilesText() const
{
    QByteArray all;
    QDirIterator it(vendorDir(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString f = it.next();
        all += f.toUtf8() + '\n' + cdtest::readFile(f) + '\n';
    }
    return all;
}

RequestsPage *TestDeletionE2e::openRequestsPage()
{
    auto *nav = child<QListWidget>(m_window.get(), "navigation");
    if (!nav)
        return nullptr;
    for (int i = 0; i < nav->count(); ++i) {
        if (nav->item(i)->text() == QLatin1String("Requests")) {
            nav->scrollToItem(nav->item(i));
            QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, nav->visualItemRect(nav->item(i)).center());
        }
    }
    auto *page = child<RequestsPage>(m_window.get(), "requestsPage");
    return page && m_window->currentPage() == page ? page : nullptr;
}

// Through the intake dialog: a deletion at the counter for the customer found by phone.
qint64 TestDeletionE2e::takeInDeletion(RequestsPage *page, const Customer &c)
{
    QTest::mouseClick(child<QPushButton>(page, "newRequestButton"), Qt::LeftButton);
    RequestIntakeDialog *intake = nullptr;
    [&] { QTRY_VERIFY((intake = visibleChild<RequestIntakeDialog>(page, "requestIntakeDialog")) != nullptr); }();
    if (!intake)
        return 0;
    auto *type = child<QComboBox>(intake, "intakeTypeCombo");
    type->setCurrentIndex(type->findData(int(RequestType::Deletion)));
    auto *channel = child<QComboBox>(intake, "intakeChannelCombo");
    channel->setCurrentIndex(channel->findData(int(RequestChannel::Counter)));
    auto *search = child<QLineEdit>(intake, "subjectSearchEdit");
    search->setFocus();
    QTest::keyClicks(search, c.phone);
    QTest::keyClick(search, Qt::Key_Return);
    auto *ok = child<QPushButton>(intake, "intakeOkButton");
    [&] { QTRY_VERIFY(ok->isEnabled()); }();  // exactly one customer found and chosen
    if (!ok->isEnabled() || !child<QListWidget>(intake, "subjectResults")->currentItem()->text().contains(c.pseudonym))
        return 0;
    auto *details = child<QPlainTextEdit>(intake, "intakeDetailsEdit");
    details->setFocus();
    QTest::keyClicks(details, QStringLiteral("Delete all my data, the camera vendor's included."));
    QTest::mouseClick(ok, Qt::LeftButton);
    // "Request N was taken in."
    QMessageBox *box = nullptr;
    [&] { QTRY_VERIFY((box = visibleChild<QMessageBox>(page)) != nullptr); }();
    if (!box)
        return 0;
    const QString text = box->text();
    box->button(QMessageBox::Ok) ? QTest::mouseClick(box->button(QMessageBox::Ok), Qt::LeftButton) : box->accept();
    const QString prefix = QStringLiteral("Request ");
    return text.startsWith(prefix) ? text.mid(prefix.size()).section(QLatin1Char(' '), 0, 0).toLongLong() : 0;
}

// Selects the request in the queue, opens it and verifies identity with the ID document seen.
RequestDetailDialog *TestDeletionE2e::openAndVerify(RequestsPage *page, qint64 id)
{
    auto *view = child<QTableView>(page, "requestsView");
    [&] { QTRY_VERIFY(rowOf(page, id) >= 0); }();
    if (rowOf(page, id) < 0)
        return nullptr;
    const QModelIndex index = page->model()->index(rowOf(page, id), RequestQueueModel::IdColumn);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    QTest::mouseClick(child<QPushButton>(page, "openRequestButton"), Qt::LeftButton);
    RequestDetailDialog *detail = nullptr;
    [&] { QTRY_VERIFY((detail = visibleChild<RequestDetailDialog>(page, "requestDetailDialog")) != nullptr); }();
    if (!detail || detail->detail().row.id != id || detail->detail().row.state != RequestState::Received)
        return nullptr;
    QTest::mouseClick(detail->actionButton(RequestAction::VerifyIdentity), Qt::LeftButton);
    RequestActionDialog *verify = nullptr;
    [&] { QTRY_VERIFY((verify = visibleChild<RequestActionDialog>(detail, "requestActionDialog")) != nullptr); }();
    if (!verify)
        return nullptr;
    auto *method = child<QComboBox>(verify, "identityMethodCombo");
    method->setCurrentIndex(method->findData(int(IdentityMethod::IdDocument)));
    QTest::mouseClick(child<QPushButton>(verify, "actionOkButton"), Qt::LeftButton);
    [&] { QTRY_COMPARE(detail->detail().row.state, RequestState::IdentityVerified); }();
    return detail->detail().row.state == RequestState::IdentityVerified ? detail : nullptr;
}

// Fulfil… with the English letter, to the path the file dialog would have set.
RequestFulfilDialog *TestDeletionE2e::openFulfil(RequestDetailDialog *detail, const QString &pdf)
{
    auto *button = child<QPushButton>(detail, "fulfilButton");
    if (!button->isVisible() || !button->isEnabled())
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    RequestFulfilDialog *dialog = nullptr;
    [&] { QTRY_VERIFY((dialog = visibleChild<RequestFulfilDialog>(detail, "requestFulfilDialog")) != nullptr); }();
    if (!dialog)
        return nullptr;
    auto *language = child<QComboBox>(dialog, "letterLanguageCombo");
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    dialog->setOutputPath(pdf);  // what Browse…'s file dialog sets
    return child<QPushButton>(dialog, "runFulfilButton")->isEnabled() ? dialog : nullptr;
}

// The request's row in the queue, or -1.
int TestDeletionE2e::rowOf(RequestsPage *page, qint64 id)
{
    RequestQueueModel *model = page->model();
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, 0).data(RequestQueueModel::RequestIdRole).toLongLong() == id)
            return r;
    return -1;
}

// The State column of the request's row in the queue, as the window shows it.
QString TestDeletionE2e::queueState(RequestsPage *page, qint64 id)
{
    const int row = rowOf(page, id);
    return row < 0 ? QString() : page->model()->index(row, RequestQueueModel::StateColumn).data().toString();
}

// What someone with the key and the files finds: `gone` must be nowhere, `kept` (a control: a
// customer not erased yet) must be found by each reading that can see personal data.
void TestDeletionE2e::checkStoreFiles(const QList<QByteArray> &gone, const QList<QByteArray> &kept)
{
    const QString db = m_w.store.dbPath;
    // The sqlcipher shell with the raw key: every table as SQL.
    const QByteArray dump = cdtest::dumpWithKey(db, m_key);
    QVERIFY2(dump.contains("CREATE TABLE subjects"), "control: the shell decrypted the database");
    QVERIFY2(found(dump, gone).isEmpty(), qPrintable(QStringLiteral("in the dump: ") + found(dump, gone)));
    for (const QByteArray &k : kept)
        QVERIFY2(dump.contains(k), "control: the dump shows a customer not erased");
    // A decrypted copy of the live rows (sqlcipher_export), read with strings.
    const QString plain = m_w.store.dir.filePath(QStringLiteral("plain-copy.db"));
    QFile::remove(plain);
    const QByteArray exported = cdtest::exportPlain(db, m_key, plain);
    QVERIFY2(exported.trimmed().isEmpty() && QFileInfo(plain).size() > 0, exported.constData());
    const QByteArray plainStrings = cdtest::stringsOf(plain);
    QVERIFY2(found(plainStrings, gone).isEmpty(), qPrintable(QStringLiteral("in the copy: ") + found(plainStrings, gone)));
    for (const QByteArray &k : kept)
        QVERIFY2(plainStrings.contains(k), "control: the decrypted copy shows a customer not erased");
    QVERIFY(QFile::remove(plain));
    // Every page and every WAL frame as they lie on disk, decrypted: freed pages and the gaps in
    // pages that an erased row left behind are in here; sqlcipher_export never copies them.
    const cdtest::PlainPages pages = cdtest::decryptDatabase(cdtest::readElsewhere(db), m_key);
    QVERIFY2(pages.error.isEmpty(), qPrintable(pages.error));
    QVERIFY(pages.pages > 10);
    QVERIFY2(found(pages.bytes, gone).isEmpty(), qPrintable(QStringLiteral("in a database page: ") + found(pages.bytes, gone)));
    const cdtest::PlainPages frames = cdtest::decryptWal(cdtest::readElsewhere(db + QStringLiteral("-wal")), m_key);
    QVERIFY2(frames.error.isEmpty(), qPrintable(frames.error));
    QVERIFY2(found(frames.bytes, gone).isEmpty(), qPrintable(QStringLiteral("in a WAL frame: ") + found(frames.bytes, gone)));
    for (const QByteArray &k : kept)
        QVERIFY2((pages.bytes + frames.bytes).contains(k), "control: the decrypted pages show a customer not erased");
    // strings and a byte search over every file of the store (read by other processes: see
    // readElsewhere): database, -wal, -shm, keyslots, checkpoints, the vendor's files, the letters.
    QDirIterator all(m_w.store.dir.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    QStringList scanned;
    while (all.hasNext()) {
        const QString f = all.next();
        const QByteArray bytes = cdtest::stringsOf(f) + '\n' + cdtest::readElsewhere(f);
        QVERIFY2(found(bytes, gone).isEmpty(), qPrintable(f + QStringLiteral(": ") + found(bytes, gone)));
        scanned << QFileInfo(f).fileName();
    }
    QVERIFY2(scanned.contains(QFileInfo(m_w.store.keysPath()).fileName()), qPrintable(scanned.join(QLatin1Char(' '))));
}

void TestDeletionE2e::deletionThroughTheWindow()
{
    RequestsPage *page = openRequestsPage();
    QVERIFY(page);
    m_requestA = takeInDeletion(page, m_a);
    QVERIFY(m_requestA > 0);
    RequestDetailDialog *detail = openAndVerify(page, m_requestA);
    QVERIFY(detail);
    QVERIFY(detail->detail().identityMethod == RequestRules::methodId(IdentityMethod::IdDocument));
    m_letterA = m_w.store.dir.filePath(QStringLiteral("letters/deletion-a.pdf"));
    QVERIFY(QDir().mkpath(QFileInfo(m_letterA).path()));
    RequestFulfilDialog *fulfil = openFulfil(detail, m_letterA);
    QVERIFY(fulfil);
    QTest::mouseClick(child<QPushButton>(fulfil, "runFulfilButton"), Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(fulfil->outcome().contains(QLatin1String("fulfilled and completed")),
                              qPrintable(fulfil->outcome()), 30000);
    QTRY_COMPARE(detail->detail().row.state, RequestState::Completed);
    QVERIFY(cdtest::readFile(m_letterA).startsWith("%PDF"));
    fulfil->close();
    detail->close();

    // The vendor's side: no file, no file name and no line about the customer is left.
    QVERIFY(simvendorItemIds(vendorDir(), m_a.pseudonym).isEmpty());
    QVERIFY(!QDir(vendorDir() + QStringLiteral("/captures/") + m_a.pseudonym).exists());
    const QByteArray vendorFiles = vendorFilesText();
    QVERIFY2(!vendorFiles.contains(m_a.pseudonym.toUtf8()), "the vendor's files still name the customer");
    QVERIFY2(vendorFiles.contains(m_b.pseudonym.toUtf8()), "control: the other customer is still enrolled");
    QCOMPARE(simvendorItemIds(vendorDir(), m_b.pseudonym).size(), 4);

    // The deletion log: the store's erasure and the vendor's, with its receipt, for this request.
    auto entries = DeletionLog::page(session().db(), 0, 100);
    CDT_OK(entries);
    QString receipt;
    bool local = false;
    int forA = 0;
    for (const DeletionEntry &e : entries.value()) {
        if (e.subjectRef != m_a.pseudonym)
            continue;
        ++forA;
        QCOMPARE(e.reason, QStringLiteral("request"));
        QCOMPARE(e.reasonRef, QString::number(m_requestA));
        if (e.location == QLatin1String("local")) {
            local = true;
            QVERIFY2(e.counts.contains(QLatin1String("name=1")) && e.counts.contains(QLatin1String("phone=1"))
                         && e.counts.contains(QLatin1String("birth-date=1")),
                     qPrintable(e.counts));
        } else {
            QCOMPARE(e.location, kSim);
            QCOMPARE(e.counts, QStringLiteral("face-image=3;face-template=1"));
            QVERIFY(e.receiptId.startsWith(QLatin1String("sim-")));
            QCOMPARE(e.digest, erasureDigestHex(m_a.itemIds));  // over exactly what it held
            receipt = e.receiptId;
        }
    }
    QCOMPARE(forA, 2);
    QVERIFY(local);
    QVERIFY(!receipt.isEmpty());
    // The same, as the sqlcipher shell with the key reads the table.
    const QByteArray rows = cdtest::sqlcipherShell(
        m_w.store.dbPath, m_key,
        "SELECT location || '|' || reason_ref || '|' || receipt_id FROM deletion_log WHERE subject_ref = '"
            + m_a.pseudonym.toUtf8() + "' ORDER BY seq;\n");
    QVERIFY2(rows.contains("local|" + QByteArray::number(m_requestA) + "|\n"), rows.constData());
    QVERIFY2(rows.contains("simvendor|" + QByteArray::number(m_requestA) + "|" + receipt.toUtf8()), rows.constData());

    // The letter says what was deleted, with the receipt, and names nothing personal.
    const QString text = cdtest::pdfText(m_letterA);
    const QString words = cdtest::pdfProse(m_letterA);
    QVERIFY2(words.contains(QLatin1String("What we deleted")), qPrintable(words));
    QVERIFY2(words.contains(QLatin1String("Your name, phone number and birth date were erased from our records.")),
             qPrintable(words));
    QVERIFY2(words.contains(QLatin1String("Every camera vendor that held your face data erased it and gave us a receipt.")),
             qPrintable(words));
    QVERIFY2(text.contains(m_a.pseudonym), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("face-image=3;face-template=1")), qPrintable(text));
    QVERIFY2(text.contains(receipt), qPrintable(text));
    QVERIFY2(found(text.toUtf8(), m_a.secrets()).isEmpty(), qPrintable(text));

    // And the store's files, the console still open (the fulfilment checkpointed the WAL).
    checkStoreFiles(m_a.secrets(), m_b.secrets());
}

void TestDeletionE2e::hostKilledMidRequestCompletesByItself()
{
    RequestsPage *page = openRequestsPage();
    QVERIFY(page);
    auto *closed = child<QCheckBox>(page, "includeClosedCheck");
    QTest::mouseClick(closed, Qt::LeftButton, {}, QPoint(4, closed->height() / 2));  // a completed request stays listed
    QVERIFY(closed->isChecked());
    m_requestB = takeInDeletion(page, m_b);
    QVERIFY(m_requestB > 0);
    RequestDetailDialog *detail = openAndVerify(page, m_requestB);
    QVERIFY(detail);
    m_letterB = m_w.store.dir.filePath(QStringLiteral("letters/deletion-b.pdf"));
    QVERIFY(QDir().mkpath(QFileInfo(m_letterB).path()));
    RequestFulfilDialog *fulfil = openFulfil(detail, m_letterB);
    QVERIFY(fulfil);

    // The plugin host hangs (stopped), so the fulfilment's vendor call waits on it; once the
    // store's part is done and the request waits for the vendor, the host is killed. A timer
    // watches, so this works whether the window waits for the call or goes on meanwhile.
    const QList<qint64> pids = hostPids();
    QCOMPARE(pids.size(), 1);
    const qint64 hostPid = pids.front();
    QCOMPARE(::kill(pid_t(hostPid), SIGSTOP), 0);
    bool killed = false;
    QTimer watch;
    connect(&watch, &QTimer::timeout, this, [&] {
        auto state = session().db().query("SELECT state FROM requests WHERE id = ?1");  // not an audited view
        state.bind(1, m_requestB);
        if (killed || !state.single() || state.text(0) != RequestRules::stateId(RequestState::AwaitingVendors))
            return;
        killed = ::kill(pid_t(hostPid), SIGKILL) == 0 && waitUntilGone(hostPid);
        watch.stop();
    });
    watch.start(20);
    QTest::mouseClick(child<QPushButton>(fulfil, "runFulfilButton"), Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(fulfil->outcome().contains(QLatin1String("awaiting vendors")), qPrintable(fulfil->outcome()),
                              30000);
    watch.stop();
    QVERIFY(killed);

    // The window shows it waiting: the detail and the queue.
    QTRY_COMPARE(detail->detail().row.state, RequestState::AwaitingVendors);
    QVERIFY2(child<QLabel>(detail, "requestSummary")->text().contains(QLatin1String("awaiting vendors")),
             qPrintable(child<QLabel>(detail, "requestSummary")->text()));
    QTRY_COMPARE(queueState(page, m_requestB), QStringLiteral("awaiting vendors"));
    QVERIFY(!QFile::exists(m_letterB));  // the letter comes with the last receipt
    // The store's part is done; the vendor still holds everything (the erasure never ran there).
    QVERIFY(found(cdtest::dumpWithKey(m_w.store.dbPath, m_key), m_b.secrets()).isEmpty());
    QCOMPARE(simvendorItemIds(vendorDir(), m_b.pseudonym).size(), 4);

    // The supervisor restarts the host; the retry is due after its back-off (the console's clock),
    // and the scheduler's next round erases and completes the request with nobody touching it.
    QTRY_VERIFY_WITH_TIMEOUT(hostPids().size() == 1 && hostPids().front() != hostPid, 20000);
    QCOMPARE(queueState(page, m_requestB), QStringLiteral("awaiting vendors"));  // not due yet
    m_w.store.clock.advanceSecs(10 * 60);
    auto *scheduler = m_window->findChild<VendorScheduler *>();
    QVERIFY(scheduler && scheduler->isRunning());
    scheduler->runNow();  // the jobs timer's tick, without waiting 30 s for it
    QTRY_COMPARE_WITH_TIMEOUT(queueState(page, m_requestB), QStringLiteral("completed"), 20000);
    QTRY_COMPARE(detail->detail().row.state, RequestState::Completed);
    QVERIFY(simvendorItemIds(vendorDir(), m_b.pseudonym).isEmpty());
    QVERIFY2(!vendorFilesText().contains(m_b.pseudonym.toUtf8()), "the vendor's files still name the customer");

    // Fulfil again now only writes the letter, with the receipt the retry brought.
    fulfil->close();
    fulfil = openFulfil(detail, m_letterB);
    QVERIFY(fulfil);
    QTest::mouseClick(child<QPushButton>(fulfil, "runFulfilButton"), Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(fulfil->outcome().contains(QLatin1String("fulfilled and completed")),
                              qPrintable(fulfil->outcome()), 30000);
    auto entries = DeletionLog::page(session().db(), 0, 100);
    CDT_OK(entries);
    QString receipt;
    for (const DeletionEntry &e : entries.value())
        if (e.subjectRef == m_b.pseudonym && e.location == kSim)
            receipt = e.receiptId;
    QVERIFY(!receipt.isEmpty());
    const QString text = cdtest::pdfText(m_letterB);
    QVERIFY2(text.contains(receipt) && text.contains(QLatin1String("face-image=3;face-template=1")), qPrintable(text));
    fulfil->close();
    detail->close();
}

void TestDeletionE2e::closedConsoleLeavesNothing()
{
    QVERIFY(m_requestA > 0 && m_requestB > 0);
    // Closing the console closes its connection, the last one: SQLite checkpoints the WAL then.
    m_window.reset();
    QTRY_VERIFY_WITH_TIMEOUT(hostPids().isEmpty(), 5000);
    QVERIFY(QFileInfo(m_w.store.dbPath + QStringLiteral("-wal")).size() == 0);
    checkStoreFiles(m_a.secrets() + m_b.secrets(), {});
}

// A control for the page reader: on a copy of the store, a row deleted with secure_delete off
// leaves its bytes in the file, and the decrypted pages show them; with it on (as the console
// opens every connection) they are gone. So the page check above can see what a deletion leaves.
void TestDeletionE2e::pageReaderSeesWhatDeletionLeaves()
{
    QVERIFY(!m_window);  // the store is closed: its files can be copied whole
    const QByteArray marker = "SYNTHETIC-DELETED-ROW-MARKER";
    for (const bool secure : {false, true}) {
        const QString copy = m_w.store.dir.filePath(secure ? QStringLiteral("copy-on.db") : QStringLiteral("copy-off.db"));
        QVERIFY(QFile::copy(m_w.store.dbPath, copy));
        const QByteArray out = cdtest::sqlcipherShell(
            copy, m_key,
            "PRAGMA secure_delete = " + QByteArray(secure ? "ON" : "OFF") + ";\nCREATE TABLE scratch(x);\n"
            "INSERT INTO scratch VALUES ('" + marker + "');\nDELETE FROM scratch;\nDROP TABLE scratch;\n"
            "PRAGMA wal_checkpoint(TRUNCATE);\n");
        QVERIFY2(out.contains("0|"), out.constData());  // the checkpoint's busy flag: it completed
        const cdtest::PlainPages pages = cdtest::decryptDatabase(cdtest::readFile(copy), m_key);
        QVERIFY2(pages.error.isEmpty(), qPrintable(pages.error));
        QCOMPARE(pages.bytes.contains(marker), !secure);
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(copy + suffix);
    }
}

QTEST_MAIN(TestDeletionE2e)
#include "tst_deletion_e2e.moc"
