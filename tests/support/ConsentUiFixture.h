#pragma once
// Shared by the consents UI tests: a fresh encrypted store with a staff member signed in, and
// small helpers that drive widgets the way a person does (found by objectName, so the tests do
// not depend on the language).
#include "ui/consents/ConsentsPage.h"
#include "ui/consents/registration/RegisterConsentDialog.h"
#include "core/i18n/Language.h"
#include "core/demo/DemoData.h"
#include "core/consent/PurposeService.h"
#include "core/access/UserService.h"
#include "core/access/Vault.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>

namespace cdtest {

const QString kOfficer = QStringLiteral("officer1");
const QString kOfficerPass = QStringLiteral("officer-pass-1");
const QString kStaff = QStringLiteral("clerk1");
const QString kStaffPass = QStringLiteral("clerk-pass-01");

// A fresh store: officer creates it and the standard purposes, then a staff member signs in.
struct Store {
    QTemporaryDir dir;
    cd::ManualClock clock{QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC)};
    QString dbPath;
    std::unique_ptr<cd::Session> session;

    bool open(QString *why)
    {
        dbPath = dir.filePath(QStringLiteral("store.db"));
        cd::CreateOptions options;
        options.storeName = QStringLiteral("UI Test Store");
        options.officerName = kOfficer;
        options.officerPassphrase = kOfficerPass;
        options.kdf = cd::KdfLimits::minimum();
        auto created = cd::Vault::create(dbPath, options, clock);
        if (!created) {
            *why = created.error().message;
            return false;
        }
        auto purposes = cd::demo::addStandardPurposes(*created->session);
        cd::UserService users(*created->session);
        auto staff = users.add(kStaff, QStringLiteral("Clerk One"), cd::Role::Staff, kStaffPass, cd::KdfLimits::minimum());
        if (!purposes || !staff) {
            *why = !purposes ? purposes.error().message : staff.error().message;
            return false;
        }
        created->session.reset();
        return signIn(why);
    }
    bool signIn(QString *why)
    {
        auto unlocked = cd::Vault::unlock(dbPath, kStaff, kStaffPass, clock);
        if (!unlocked) {
            *why = unlocked.error().message;
            return false;
        }
        session = std::move(unlocked).value();
        return true;
    }
    qint64 purposeId(const char *code)
    {
        cd::PurposeService purposes(*session);
        auto p = purposes.findByCode(QLatin1String(code));
        return p ? p->id : 0;
    }
};

template <typename T>
T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

inline QString currentStep(RegisterConsentDialog *dialog)
{
    return child<QStackedWidget>(dialog, "stepStack")->currentWidget()->objectName();
}

// Ticks purposes the way a keyboard user does: move to the item, press Space.
inline void tickPurpose(QListWidget *list, qint64 purposeId)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toLongLong() == purposeId) {
            list->setFocus();
            list->setCurrentRow(i);
            QTest::keyClick(list, Qt::Key_Space);
            return;
        }
    }
    QFAIL("purpose not in the list");
}

// Where a person clicks: on the box itself (a wide check box does not react to clicks far right
// of its text).
inline void clickCheckBox(QCheckBox *box)
{
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(box->style()->pixelMetric(QStyle::PM_IndicatorWidth) / 2 + 2,
                                                       box->height() / 2));
}

inline void chooseData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
}

inline void addLanguageRows()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

// Switches to the row's language, or to English for a test without rows.
inline void applyLanguageRow()
{
    if (QTest::currentDataTag() && *QTest::currentDataTag()) {
        QFETCH(QString, language);
        QVERIFY(cd::i18n::setLanguage(language));
        QCOMPARE(cd::i18n::isChinese(), language == QLatin1String("zh_CN"));
    } else {
        QVERIFY(cd::i18n::setLanguage(QStringLiteral("en")));
    }
}

// Clicks "Register consent…" on the page; the dialog opens without blocking.
inline RegisterConsentDialog *openRegisterDialog(ConsentsPage &page)
{
    auto *registerButton = child<QPushButton>(&page, "registerButton");
    if (!registerButton || !registerButton->isEnabled())
        return nullptr;
    // A dialog closed earlier is deleted later; make sure it is gone before looking.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QTest::mouseClick(registerButton, Qt::LeftButton);
    RegisterConsentDialog *dialog = nullptr;
    for (auto *d : page.findChildren<RegisterConsentDialog *>(QStringLiteral("registerConsentDialog"))) {
        if (d->isVisible())
            dialog = d;
    }
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

inline void clickNext(RegisterConsentDialog *dialog)
{
    QTest::mouseClick(child<QPushButton>(dialog, "nextButton"), Qt::LeftButton);
}

inline void fillNewSubject(RegisterConsentDialog *dialog, const QString &name, const QString &phone, cd::AgeBand band)
{
    QCOMPARE(currentStep(dialog), QStringLiteral("subjectStep"));
    QTest::keyClicks(child<QLineEdit>(dialog, "subjectNameEdit"), name);
    QTest::keyClicks(child<QLineEdit>(dialog, "subjectPhoneEdit"), phone);
    chooseData(child<QComboBox>(dialog, "ageBandCombo"), cd::ageBandId(band));
}

// The whole flow for a new adult and purposes without face data.
inline void registerAdult(ConsentsPage &page, Store &store, const QString &name, const QString &phone,
                          std::initializer_list<const char *> purposeCodes)
{
    RegisterConsentDialog *dialog = openRegisterDialog(page);
    QVERIFY(dialog);
    fillNewSubject(dialog, name, phone, cd::AgeBand::Adult);
    clickNext(dialog);
    for (const char *code : purposeCodes)
        tickPurpose(child<QListWidget>(dialog, "purposeList"), store.purposeId(code));
    clickNext(dialog);
    clickCheckBox(child<QCheckBox>(dialog, "noticeAgreeCheck"));
    clickNext(dialog);
    QCOMPARE(currentStep(dialog), QStringLiteral("reviewStep"));
    QTest::mouseClick(child<QPushButton>(dialog, "finishButton"), Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
}

} // namespace cdtest
