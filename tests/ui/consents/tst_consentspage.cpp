// The consents page around registration: withdrawing, a customer's details (audited), what a
// read-only role may do, switching language live, and screenshots on request. Real widgets, real
// encrypted database, fields found by objectName.
#include "ui/consents/ConsentTableModel.h"
#include "tests/support/ConsentUiFixture.h"
#include "ui/consents/SubjectDetailsDialog.h"
#include "ui/consents/WithdrawDialog.h"
#include "core/ledgers/AuditLog.h"
#include "core/consent/ConsentService.h"

#include <QDir>
#include <QLabel>
#include <QTableView>

using namespace cdtest;

class TestConsentsPage : public QObject {
    Q_OBJECT

private slots:
    void init() { applyLanguageRow(); }
    void withdrawAndDetailsFromThePage_data() { addLanguageRows(); }
    void withdrawAndDetailsFromThePage();
    void auditorSeesButCannotChange();
    void liveLanguageSwitch();
    void screenshots();
    void cleanupTestCase() { QVERIFY(cd::i18n::setLanguage(QStringLiteral("en"))); }
};

void TestConsentsPage::withdrawAndDetailsFromThePage()
{
    Store store;
    QString why;
    QVERIFY2(store.open(&why), qPrintable(why));
    ConsentsPage page(*store.session);
    page.resize(1200, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    registerAdult(page, store, QStringLiteral("Synthetic Adult G"), QStringLiteral("13900004444"),
                  {"membership", "marketing-sms"});
    auto *view = child<QTableView>(&page, "consentsView");
    QTRY_COMPARE(view->model()->rowCount(), 2);

    // Nothing selected: nothing to withdraw or show.
    view->clearSelection();
    view->setCurrentIndex({});
    QVERIFY(!child<QPushButton>(&page, "withdrawButton")->isEnabled());
    QVERIFY(!child<QPushButton>(&page, "detailsButton")->isEnabled());

    view->selectRow(1);
    auto *withdraw = child<QPushButton>(&page, "withdrawButton");
    QVERIFY(withdraw->isEnabled());
    const qint64 consentId = view->model()->index(1, 0).data(ConsentTableModel::ConsentIdRole).toLongLong();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QTest::mouseClick(withdraw, Qt::LeftButton);
    auto *withdrawDialog = page.findChild<WithdrawDialog *>(QStringLiteral("withdrawDialog"));
    QVERIFY(withdrawDialog);
    QVERIFY(QTest::qWaitForWindowExposed(withdrawDialog));
    QVERIFY(child<QLabel>(withdrawDialog, "withdrawSummary")->text().contains(QString::number(consentId)));
    chooseData(child<QComboBox>(withdrawDialog, "withdrawChannelCombo"), QStringLiteral("phone"));
    QTest::mouseClick(child<QPushButton>(withdrawDialog, "withdrawConfirmButton"), Qt::LeftButton);
    QCOMPARE(withdrawDialog->result(), int(QDialog::Accepted));
    QTRY_COMPARE(view->model()->index(1, 0).data(ConsentTableModel::StatusIdRole).toString(), QStringLiteral("withdrawn"));
    QCOMPARE(view->model()->index(1, 0).data(ConsentTableModel::ConsentIdRole).toLongLong(), consentId);
    QVERIFY(!withdraw->isEnabled());  // still selected, and no longer in force
    cd::ConsentService consents(*store.session);
    auto withdrawn = consents.get(consentId);
    QVERIFY(withdrawn.ok());
    QCOMPARE(withdrawn->withdrawalChannel, QStringLiteral("phone"));
    auto audit = cd::AuditLog::page(store.session->db(), 0, 10, QStringLiteral("consent.withdraw"));
    QVERIFY(audit.ok());
    QCOMPARE(audit->size(), std::size_t(1));

    // Details: the full record, and the look at it is in the audit log.
    auto *details = child<QPushButton>(&page, "detailsButton");
    QVERIFY(details->isEnabled());
    QTest::mouseClick(details, Qt::LeftButton);
    auto *detailsDialog = page.findChild<SubjectDetailsDialog *>(QStringLiteral("subjectDetailsDialog"));
    QVERIFY(detailsDialog);
    QVERIFY(detailsDialog->loaded());
    QCOMPARE(child<QLabel>(detailsDialog, "subjectNameLabel")->text(), QStringLiteral("Synthetic Adult G"));
    QCOMPARE(child<QLabel>(detailsDialog, "subjectPhoneLabel")->text(), QStringLiteral("13900004444"));
    QVERIFY(!child<QLabel>(detailsDialog, "auditNoteLabel")->text().isEmpty());
    QCOMPARE(child<QTableView>(detailsDialog, "subjectConsentsView")->model()->rowCount(), 2);
    auto views = cd::AuditLog::page(store.session->db(), 0, 10, QStringLiteral("subject.view"));
    QVERIFY(views.ok());
    QCOMPARE(views->size(), std::size_t(1));
    detailsDialog->close();
}

void TestConsentsPage::auditorSeesButCannotChange()
{
    Store store;
    QString why;
    QVERIFY2(store.open(&why), qPrintable(why));
    store.session.reset();
    // The fixture's auditor (the one set of test users).
    auto auditor = store.base.unlockAs(cdtest::auditorUser(), &why);
    QVERIFY2(auditor, qPrintable(why));
    ConsentsPage page(*auditor);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(!child<QPushButton>(&page, "registerButton")->isEnabled());
    QVERIFY(!child<QPushButton>(&page, "withdrawButton")->isEnabled());
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    child<QLineEdit>(&page, "searchEdit")->setFocus();
    QTest::keyClick(child<QLineEdit>(&page, "searchEdit"), Qt::Key_N, Qt::ControlModifier);
    QVERIFY(!page.findChild<RegisterConsentDialog *>());
}

void TestConsentsPage::liveLanguageSwitch()
{
    Store store;
    QString why;
    QVERIFY2(store.open(&why), qPrintable(why));
    cd::PurposeService purposeService(*store.session);
    auto membership = purposeService.findByCode(QStringLiteral("membership"));
    QVERIFY(membership.ok());
    ConsentsPage page(*store.session);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    // Ctrl+N from the search field opens the dialog.
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    child<QLineEdit>(&page, "searchEdit")->setFocus();
    QTest::keyClick(child<QLineEdit>(&page, "searchEdit"), Qt::Key_N, Qt::ControlModifier);
    auto *dialog = page.findChild<RegisterConsentDialog *>(QStringLiteral("registerConsentDialog"));
    QVERIFY(dialog);
    fillNewSubject(dialog, QStringLiteral("Synthetic Adult H"), QString(), cd::AgeBand::Adult);
    clickNext(dialog);
    auto *list = child<QListWidget>(dialog, "purposeList");
    auto itemText = [&] {
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->data(Qt::UserRole).toLongLong() == membership->id)
                return list->item(i)->text();
        }
        return QString();
    };
    auto *purposeFilter = child<QComboBox>(&page, "purposeFilter");
    QVERIFY(itemText().startsWith(membership->nameEn));
    tickPurpose(list, membership->id);
    QVERIFY(purposeFilter->findText(membership->nameEn) >= 0);

    QVERIFY(cd::i18n::setLanguage(QStringLiteral("zh_CN")));
    QTRY_VERIFY(itemText().startsWith(membership->nameZh));
    QTRY_VERIFY(purposeFilter->findText(membership->nameZh) >= 0);
    // Retranslating keeps what was ticked and typed.
    QCOMPARE(list->item(list->currentRow())->checkState(), Qt::Checked);
    QTest::mouseClick(child<QPushButton>(dialog, "backButton"), Qt::LeftButton);
    QCOMPARE(child<QLineEdit>(dialog, "subjectNameEdit")->text(), QStringLiteral("Synthetic Adult H"));

    QVERIFY(cd::i18n::setLanguage(QStringLiteral("en")));
    QTRY_VERIFY(purposeFilter->findText(membership->nameEn) >= 0);
    clickNext(dialog);
    QVERIFY(itemText().startsWith(membership->nameEn));
    dialog->reject();
}

// Pictures of the page and of every step, for people to look at layouts in both languages.
// Only when asked (CONSENTDESK_SCREENSHOT_DIR): the demo data is synthetic, but a normal test
// run writes nothing outside its temporary directory.
void TestConsentsPage::screenshots()
{
    const QString outDir = qEnvironmentVariable("CONSENTDESK_SCREENSHOT_DIR");
    if (outDir.isEmpty())
        QSKIP("set CONSENTDESK_SCREENSHOT_DIR to take screenshots");
    QVERIFY(QDir().mkpath(outDir));
    QTemporaryDir dir;
    cd::ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
    auto demo = cd::demo::createDemoStore(dir.filePath(QStringLiteral("demo.db")), 120, clock, cd::KdfLimits::minimum());
    QVERIFY2(demo.ok(), demo.ok() ? "" : qPrintable(demo.error().message));
    cd::Session &session = *demo->session;
    auto shot = [&](QWidget *w, const QString &name) {
        QCoreApplication::processEvents();
        QVERIFY(w->grab().save(outDir + QLatin1Char('/') + name + QStringLiteral(".png")));
    };
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        QVERIFY(cd::i18n::setLanguage(lang));
        ConsentsPage page(session);
        page.resize(1280, 720);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        child<QTableView>(&page, "consentsView")->selectRow(0);
        shot(&page, QStringLiteral("page_") + lang);

        RegisterConsentDialog *dialog = openRegisterDialog(page);
        QVERIFY(dialog);
        clickNext(dialog);  // empty: shows the inline messages
        shot(dialog, QStringLiteral("step1_errors_") + lang);
        fillNewSubject(dialog, QStringLiteral("Synthetic Child"), QStringLiteral("139 0000 5555"), cd::AgeBand::Under14);
        clickNext(dialog);
        shot(dialog, QStringLiteral("step1_subject_") + lang);  // already on step 2 if it went on
        QCOMPARE(currentStep(dialog), QStringLiteral("purposeStep"));
        cd::PurposeService purposes(session);
        for (const char *code : {"face-recognition", "membership"})
            tickPurpose(child<QListWidget>(dialog, "purposeList"), purposes.findByCode(QLatin1String(code))->id);
        shot(dialog, QStringLiteral("step2_purposes_") + lang);
        clickNext(dialog);
        shot(dialog, QStringLiteral("step3_notice_") + lang);
        clickCheckBox(child<QCheckBox>(dialog, "noticeAgreeCheck"));
        clickNext(dialog);
        shot(dialog, QStringLiteral("step4_face_") + lang);
        clickCheckBox(child<QCheckBox>(dialog, "faceConsentCheck"));
        clickNext(dialog);
        clickNext(dialog);  // empty guardian: shows the message
        shot(dialog, QStringLiteral("step5_guardian_") + lang);
        QTest::keyClicks(child<QLineEdit>(dialog, "guardianNameEdit"), QStringLiteral("Synthetic Parent"));
        clickCheckBox(child<QCheckBox>(dialog, "guardianConsentCheck"));
        clickNext(dialog);
        shot(dialog, QStringLiteral("step6_review_") + lang);
        dialog->reject();

        auto *view = child<QTableView>(&page, "consentsView");
        view->selectRow(0);
        if (child<QPushButton>(&page, "withdrawButton")->isEnabled()) {
            QTest::mouseClick(child<QPushButton>(&page, "withdrawButton"), Qt::LeftButton);
            auto *withdraw = page.findChild<WithdrawDialog *>();
            QVERIFY(withdraw);
            QVERIFY(QTest::qWaitForWindowExposed(withdraw));
            shot(withdraw, QStringLiteral("withdraw_") + lang);
            withdraw->reject();
        }
        QTest::mouseClick(child<QPushButton>(&page, "detailsButton"), Qt::LeftButton);
        auto *details = page.findChild<SubjectDetailsDialog *>();
        QVERIFY(details);
        QVERIFY(QTest::qWaitForWindowExposed(details));
        shot(details, QStringLiteral("details_") + lang);
        details->reject();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
}


QTEST_MAIN(TestConsentsPage)
#include "tst_consentspage.moc"
