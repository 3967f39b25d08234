// Drives the real registration dialog from the real consents page, as store staff would, over
// the real encrypted database: fields found by objectName (so the test does not depend on the
// language), buttons clicked with QTest. Every case runs in English and in Chinese.
#include "ui/consents/ConsentTableModel.h"
#include "tests/support/ConsentUiFixture.h"
#include "core/ledgers/AuditLog.h"
#include "core/consent/ConsentService.h"
#include "core/consent/SubjectService.h"

#include <QLabel>
#include <QRadioButton>
#include <QTableView>
#include <QTextBrowser>

#include "ui/shell/MainWindow.h"
#include "tests/support/NoticeItems.h"

using namespace cdtest;

class TestRegisterConsent : public QObject {
    Q_OBJECT

private slots:
    void init() { applyLanguageRow(); }
    void adultWithFaceAndMembership_data() { addLanguageRows(); }
    void adultWithFaceAndMembership();
    void faceStepUncheckedRegistersOnlyOrdinary_data() { addLanguageRows(); }
    void faceStepUncheckedRegistersOnlyOrdinary();
    void childNeedsGuardian_data() { addLanguageRows(); }
    void childNeedsGuardian();
    void refusalKeepsWhatWasTyped_data() { addLanguageRows(); }
    void refusalKeepsWhatWasTyped();
    void existingCustomerFoundByPhone_data() { addLanguageRows(); }
    void existingCustomerFoundByPhone();
    void fromTheMainWindow();
    void cleanupTestCase() { QVERIFY(cd::i18n::setLanguage(QStringLiteral("en"))); }
};

void TestRegisterConsent::adultWithFaceAndMembership()
{
    Store store;
    QString why;
    QVERIFY2(store.open(&why), qPrintable(why));
    const qint64 face = store.purposeId("face-recognition");
    const qint64 membership = store.purposeId("membership");
    QString pseudonym;
    {
        ConsentsPage page(*store.session);
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *view = child<QTableView>(&page, "consentsView");
        QCOMPARE(view->model()->rowCount(), 0);

        RegisterConsentDialog *dialog = openRegisterDialog(page);
        QVERIFY(dialog);
        QVERIFY(!child<QPushButton>(dialog, "backButton")->isEnabled());
        QVERIFY(!child<QPushButton>(dialog, "finishButton")->isVisible());

        // An empty form does not go on, and says why.
        clickNext(dialog);
        QCOMPARE(currentStep(dialog), QStringLiteral("subjectStep"));
        QVERIFY(child<QLabel>(dialog, "subjectNameError")->isVisible());
        QVERIFY(!child<QLabel>(dialog, "subjectNameError")->text().isEmpty());

        fillNewSubject(dialog, QStringLiteral("Synthetic Adult A"), QStringLiteral("139 0000 1111"), cd::AgeBand::Adult);
        clickNext(dialog);
        QCOMPARE(currentStep(dialog), QStringLiteral("purposeStep"));
        QCOMPARE(child<QComboBox>(dialog, "methodCombo")->currentData().toString(),
                 cd::methodId(cd::ConsentMethod::CounterTablet));
        auto *purposes = child<QListWidget>(dialog, "purposeList");
        QCOMPARE(purposes->count(), 3);
        for (int i = 0; i < purposes->count(); ++i)
            QCOMPARE(purposes->item(i)->checkState(), Qt::Unchecked);  // nothing pre-ticked
        tickPurpose(purposes, face);
        tickPurpose(purposes, membership);
        clickNext(dialog);

        QCOMPARE(currentStep(dialog), QStringLiteral("noticeStep"));
        auto *notice = child<QTextBrowser>(dialog, "noticeView");
        QVERIFY(notice->font().pointSizeF() >= 16);
        QVERIFY(notice->isReadOnly());
        cd::PurposeService purposeService(*store.session);
        auto faceNotice = purposeService.currentNotice(face);
        QVERIFY(faceNotice.ok());
        const QString expectedText = cd::i18n::isChinese() ? faceNotice->textZh : faceNotice->textEn;
        QVERIFY(notice->toPlainText().contains(expectedText.left(20)));
        QVERIFY(notice->toPlainText().contains(faceNotice->sha256.left(12)));
        clickNext(dialog);  // not agreed yet
        QCOMPARE(currentStep(dialog), QStringLiteral("noticeStep"));
        clickCheckBox(child<QCheckBox>(dialog, "noticeAgreeCheck"));
        QVERIFY(child<QCheckBox>(dialog, "noticeAgreeCheck")->isChecked());
        clickNext(dialog);

        QCOMPARE(currentStep(dialog), QStringLiteral("faceConsentStep"));
        auto *faceCheck = child<QCheckBox>(dialog, "faceConsentCheck");
        QVERIFY(!faceCheck->isChecked());  // never pre-ticked
        QVERIFY(child<QLabel>(dialog, "faceDroppedLabel")->isVisible());
        clickCheckBox(faceCheck);
        QVERIFY(faceCheck->isChecked());
        QVERIFY(!child<QLabel>(dialog, "faceDroppedLabel")->isVisible());
        clickNext(dialog);

        QCOMPARE(currentStep(dialog), QStringLiteral("reviewStep"));  // an adult: no guardian step
        auto *finish = child<QPushButton>(dialog, "finishButton");
        QVERIFY(finish->isVisible() && finish->isEnabled());
        QVERIFY(!child<QPushButton>(dialog, "nextButton")->isVisible());
        QTest::mouseClick(finish, Qt::LeftButton);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QCOMPARE(dialog->registeredConsentIds().size(), std::size_t(2));

        // The page reloads: both consents at the top, newest first.
        QTRY_COMPARE(view->model()->rowCount(), 2);
        QSet<QString> codes;
        for (int r = 0; r < 2; ++r) {
            codes.insert(view->model()->index(r, 0).data(ConsentTableModel::PurposeCodeRole).toString());
            QCOMPARE(view->model()->index(r, 0).data(ConsentTableModel::StatusIdRole).toString(), QStringLiteral("granted"));
        }
        QCOMPARE(codes, (QSet<QString>{QStringLiteral("face-recognition"), QStringLiteral("membership")}));
        pseudonym = view->model()->index(0, 0).data(ConsentTableModel::PseudonymRole).toString();
        QVERIFY(pseudonym.startsWith(QLatin1String("S-")));

        auto audit = cd::AuditLog::page(store.session->db(), 0, 50, QStringLiteral("consent.register"));
        QVERIFY(audit.ok());
        QCOMPARE(audit->size(), std::size_t(2));
        for (const cd::AuditEntry &e : *audit)
            QCOMPARE(e.userName, kStaff);
    }

    // "Restart": close the session, unlock the same file again.
    store.session.reset();
    QVERIFY2(store.signIn(&why), qPrintable(why));
    cd::ConsentService consents(*store.session);
    cd::ConsentFilter filter;
    filter.search = pseudonym;
    auto rows = consents.page(filter, 0, 10, false);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), std::size_t(2));
    for (const cd::ConsentRow &row : *rows) {
        auto consent = consents.get(row.id);
        QVERIFY(consent.ok());
        QCOMPARE(consent->separateConsent, row.purposeCode == QLatin1String("face-recognition"));
        QCOMPARE(consent->method, cd::ConsentMethod::CounterTablet);
        QVERIFY(!consent->guardian.has_value());
        QVERIFY(!consent->noticeSha256.isEmpty());
    }
    auto verified = cd::AuditLog::verify(store.session->db());
    QVERIFY(verified.ok() && verified->ok);
}

void TestRegisterConsent::faceStepUncheckedRegistersOnlyOrdinary()
{
    Store store;
    QString why;
    QVERIFY2(store.open(&why), qPrintable(why));
    ConsentsPage page(*store.session);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    RegisterConsentDialog *dialog = openRegisterDialog(page);
    QVERIFY(dialog);
    fillNewSubject(dialog, QStringLiteral("Synthetic Adult B"), QString(), cd::AgeBand::Adult);  // no phone: optional
    clickNext(dialog);
    tickPurpose(child<QListWidget>(dialog, "purposeList"), store.purposeId("face-recognition"));
    tickPurpose(child<QListWidget>(dialog, "purposeList"), store.purposeId("membership"));
    clickNext(dialog);
    clickCheckBox(child<QCheckBox>(dialog, "noticeAgreeCheck"));
    clickNext(dialog);
    QCOMPARE(currentStep(dialog), QStringLiteral("faceConsentStep"));
    QVERIFY(child<QLabel>(dialog, "faceDroppedLabel")->isVisible());
    QVERIFY(!child<QLabel>(dialog, "faceDroppedLabel")->text().isEmpty());
    clickNext(dialog);  // no separate consent: does not block
    QCOMPARE(currentStep(dialog), QStringLiteral("reviewStep"));
    QTest::mouseClick(child<QPushButton>(dialog, "finishButton"), Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));

    auto *view = child<QTableView>(&page, "consentsView");
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, 0).data(ConsentTableModel::PurposeCodeRole).toString(), QStringLiteral("membership"));
    cd::ConsentService consents(*store.session);
    auto consent = consents.get(view->model()->index(0, 0).data(ConsentTableModel::ConsentIdRole).toLongLong());
    QVERIFY(consent.ok());
    QVERIFY(!consent->separateConsent);

    // Only face chosen and then refused: nothing to register, Register stays disabled.
    dialog = openRegisterDialog(page);
    QVERIFY(dialog);
    fillNewSubject(dialog, QStringLiteral("Synthetic Adult C"), QString(), cd::AgeBand::Adult);
    clickNext(dialog);
    tickPurpose(child<QListWidget>(dialog, "purposeList"), store.purposeId("face-recognition"));
    clickNext(dialog);
    clickCheckBox(child<QCheckBox>(dialog, "noticeAgreeCheck"));
    clickNext(dialog);
    clickNext(dialog);
    QCOMPARE(currentStep(dialog), QStringLiteral("reviewStep"));
    QVERIFY(!child<QPushButton>(dialog, "finishButton")->isEnabled());
    QVERIFY(child<QLabel>(dialog, "registerErrorLabel")->isVisible());
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!page.findChild<RegisterConsentDialog *>());
    QCOMPARE(view->model()->rowCount(), 1);
}

void TestRegisterConsent::childNeedsGuardian()
{
    Store store;
    QString why;
    QVERIFY2(store.open(&why), qPrintable(why));
    ConsentsPage page(*store.session);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    RegisterConsentDialog *dialog = openRegisterDialog(page);
    QVERIFY(dialog);
    fillNewSubject(dialog, QStringLiteral("Synthetic Child D"), QString(), cd::AgeBand::Under14);
    clickNext(dialog);
    tickPurpose(child<QListWidget>(dialog, "purposeList"), store.purposeId("membership"));
    clickNext(dialog);
    clickCheckBox(child<QCheckBox>(dialog, "noticeAgreeCheck"));
    clickNext(dialog);

    // No face purpose: straight to the guardian, who must be filled in completely.
    QCOMPARE(currentStep(dialog), QStringLiteral("guardianStep"));
    auto *finish = child<QPushButton>(dialog, "finishButton");
    QVERIFY(!finish->isVisible());
    clickNext(dialog);
    QCOMPARE(currentStep(dialog), QStringLiteral("guardianStep"));
    QVERIFY(child<QLabel>(dialog, "guardianError")->isVisible());
    QTest::keyClicks(child<QLineEdit>(dialog, "guardianNameEdit"), QStringLiteral("Synthetic Parent D"));
    clickNext(dialog);
    QCOMPARE(currentStep(dialog), QStringLiteral("guardianStep"));  // consent box still unticked
    QVERIFY(!finish->isVisible());
    chooseData(child<QComboBox>(dialog, "guardianRelationCombo"), QStringLiteral("parent"));
    clickCheckBox(child<QCheckBox>(dialog, "guardianConsentCheck"));
    // Enter goes on, like Next.
    QVERIFY(child<QCheckBox>(dialog, "guardianConsentCheck")->isChecked());
    QTest::keyClick(child<QLineEdit>(dialog, "guardianNameEdit"), Qt::Key_Return);
    QCOMPARE(currentStep(dialog), QStringLiteral("reviewStep"));

    // Back keeps what was typed.
    QTest::mouseClick(child<QPushButton>(dialog, "backButton"), Qt::LeftButton);
    QCOMPARE(currentStep(dialog), QStringLiteral("guardianStep"));
    QCOMPARE(child<QLineEdit>(dialog, "guardianNameEdit")->text(), QStringLiteral("Synthetic Parent D"));
    clickNext(dialog);
    QTest::mouseClick(finish, Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));

    auto *view = child<QTableView>(&page, "consentsView");
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, ConsentTableModel::GuardianColumn).data().toString(), QStringLiteral("\u2713"));
    cd::ConsentService consents(*store.session);
    auto consent = consents.get(view->model()->index(0, 0).data(ConsentTableModel::ConsentIdRole).toLongLong());
    QVERIFY(consent.ok());
    QVERIFY(consent->guardian.has_value());
    QVERIFY(consent->guardian->consented);
    QCOMPARE(consent->guardian->relation, QStringLiteral("parent"));
}

void TestRegisterConsent::refusalKeepsWhatWasTyped()
{
    Store store;
    QString why;
    QVERIFY2(store.open(&why), qPrintable(why));
    const qint64 membership = store.purposeId("membership");
    ConsentsPage page(*store.session);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    RegisterConsentDialog *dialog = openRegisterDialog(page);
    QVERIFY(dialog);
    fillNewSubject(dialog, QStringLiteral("Synthetic Adult E"), QStringLiteral("13900002222"), cd::AgeBand::Adult);
    clickNext(dialog);
    tickPurpose(child<QListWidget>(dialog, "purposeList"), membership);
    clickNext(dialog);
    clickCheckBox(child<QCheckBox>(dialog, "noticeAgreeCheck"));
    clickNext(dialog);
    QCOMPARE(currentStep(dialog), QStringLiteral("reviewStep"));

    // Meanwhile the officer publishes a new notice: the one shown is no longer current.
    {
        auto officer = cd::Vault::unlock(store.dbPath, kOfficer, kOfficerPass, store.clock);
        QVERIFY(officer.ok());
        cd::PurposeService purposes(**officer);
        QVERIFY(purposes.publishNotice(membership, QStringLiteral("新版会员通知。"), QStringLiteral("New membership notice."), cdtest::fullNoticeItems()).ok());
    }
    QTest::mouseClick(child<QPushButton>(dialog, "finishButton"), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    auto *error = child<QLabel>(dialog, "registerErrorLabel");
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QCOMPARE(child<QLineEdit>(dialog, "subjectNameEdit")->text(), QStringLiteral("Synthetic Adult E"));
    // Nothing half-done: the new customer was rolled back with the refused consent.
    cd::SubjectService subjects(*store.session);
    auto found = subjects.search(QStringLiteral("13900002222"));
    QVERIFY(found.ok());
    QVERIFY(found->empty());

    // Back to the notice: the new version is shown and must be agreed to again.
    QTest::mouseClick(child<QPushButton>(dialog, "backButton"), Qt::LeftButton);
    QCOMPARE(currentStep(dialog), QStringLiteral("noticeStep"));
    QVERIFY(!child<QCheckBox>(dialog, "noticeAgreeCheck")->isChecked());
    QVERIFY(child<QTextBrowser>(dialog, "noticeView")->toPlainText().contains(
        cd::i18n::isChinese() ? QStringLiteral("新版会员通知") : QStringLiteral("New membership notice")));
    clickCheckBox(child<QCheckBox>(dialog, "noticeAgreeCheck"));
    clickNext(dialog);
    QTest::mouseClick(child<QPushButton>(dialog, "finishButton"), Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QTRY_COMPARE(child<QTableView>(&page, "consentsView")->model()->rowCount(), 1);
    QCOMPARE(child<QTableView>(&page, "consentsView")->model()->index(0, ConsentTableModel::NoticeVersionColumn).data().toString(),
             QStringLiteral("v2"));
}

void TestRegisterConsent::existingCustomerFoundByPhone()
{
    Store store;
    QString why;
    QVERIFY2(store.open(&why), qPrintable(why));
    ConsentsPage page(*store.session);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    registerAdult(page, store, QStringLiteral("Synthetic Adult K"), QStringLiteral("13900006666"), {"membership"});
    auto *view = child<QTableView>(&page, "consentsView");
    QTRY_COMPARE(view->model()->rowCount(), 1);
    const QString pseudonym = view->model()->index(0, 0).data(ConsentTableModel::PseudonymRole).toString();

    // The same customer comes back for text-message offers.
    RegisterConsentDialog *dialog = openRegisterDialog(page);
    QVERIFY(dialog);
    QTest::mouseClick(child<QRadioButton>(dialog, "existingSubjectRadio"), Qt::LeftButton);
    auto *search = child<QLineEdit>(dialog, "subjectSearchEdit");
    QVERIFY(search->isVisible());
    QTest::keyClicks(search, QStringLiteral("13900006666"));
    QTest::keyClick(search, Qt::Key_Return);  // the first Enter searches
    QCOMPARE(currentStep(dialog), QStringLiteral("subjectStep"));
    auto *results = child<QListWidget>(dialog, "subjectResults");
    QCOMPARE(results->count(), 1);
    QVERIFY(results->item(0)->text().startsWith(pseudonym));
    QVERIFY(!results->item(0)->text().contains(QStringLiteral("13900006666")));  // masked
    QTest::keyClick(search, Qt::Key_Return);  // the second goes on with the chosen customer
    QCOMPARE(currentStep(dialog), QStringLiteral("purposeStep"));
    tickPurpose(child<QListWidget>(dialog, "purposeList"), store.purposeId("marketing-sms"));
    clickNext(dialog);
    clickCheckBox(child<QCheckBox>(dialog, "noticeAgreeCheck"));
    clickNext(dialog);
    QVERIFY(child<QTextBrowser>(dialog, "reviewView")->toPlainText().contains(pseudonym));
    QTest::mouseClick(child<QPushButton>(dialog, "finishButton"), Qt::LeftButton);
    QTRY_COMPARE(view->model()->rowCount(), 2);
    QCOMPARE(view->model()->index(0, 0).data(ConsentTableModel::PseudonymRole).toString(), pseudonym);
    QCOMPARE(view->model()->index(0, 0).data(ConsentTableModel::PurposeCodeRole).toString(), QStringLiteral("marketing-sms"));
    cd::SubjectService subjects(*store.session);
    auto found = subjects.search(QStringLiteral("13900006666"));
    QVERIFY(found.ok());
    QCOMPARE(found->size(), std::size_t(1));  // no duplicate customer

    // The page's own search finds the customer by phone after the debounce.
    auto *pageSearch = child<QLineEdit>(&page, "searchEdit");
    QTest::keyClicks(pageSearch, QStringLiteral("13900006666"));
    QTRY_COMPARE(static_cast<ConsentTableModel *>(view->model())->filter().search, QStringLiteral("13900006666"));
    QCOMPARE(view->model()->rowCount(), 2);
    pageSearch->clear();
    QTest::keyClick(pageSearch, Qt::Key_Return);
    QVERIFY(static_cast<ConsentTableModel *>(view->model())->filter().search.isEmpty());
}

void TestRegisterConsent::fromTheMainWindow()
{
    Store store;
    QString why;
    QVERIFY2(store.open(&why), qPrintable(why));
    const qint64 smsId = store.purposeId("marketing-sms");
    MainWindow window(store.dbPath, std::move(store.session), store.clock);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *page = window.findChild<ConsentsPage *>(QStringLiteral("consentsPage"));
    QVERIFY(page);
    QTRY_VERIFY(page->isVisible());
    RegisterConsentDialog *dialog = openRegisterDialog(*page);
    QVERIFY(dialog);
    fillNewSubject(dialog, QStringLiteral("Synthetic Adult F"), QStringLiteral("13900003333"), cd::AgeBand::Adult);
    clickNext(dialog);
    tickPurpose(child<QListWidget>(dialog, "purposeList"), smsId);
    clickNext(dialog);
    clickCheckBox(child<QCheckBox>(dialog, "noticeAgreeCheck"));
    clickNext(dialog);
    QTest::mouseClick(child<QPushButton>(dialog, "finishButton"), Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    auto *view = child<QTableView>(page, "consentsView");
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, 0).data(ConsentTableModel::PurposeCodeRole).toString(), QStringLiteral("marketing-sms"));
}

QTEST_MAIN(TestRegisterConsent)
#include "tst_registerconsent.moc"
