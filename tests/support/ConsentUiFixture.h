#pragma once
// Shared by the consents UI tests: a fresh encrypted store with a staff member signed in, and
// small helpers that drive widgets the way a person does (found by objectName, so the tests do
// not depend on the language).
#include "ComplianceFixture.h"
#include "ui/consents/ConsentsPage.h"
#include "ui/consents/registration/RegisterConsentDialog.h"
#include "core/i18n/Language.h"
#include "core/demo/DemoData.h"
#include "core/consent/PurposeService.h"
#include "core/access/UserService.h"
#include "core/access/Vault.h"
#include "StoreFixture.h"
#include "Widgets.h"

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

inline const QString kStaff = staffUser().name;
inline const QString kStaffPass = staffUser().passphrase;

// The one store fixture (StoreFixture.h) with the standard purposes and the test users, then
// the staff member signed in, as at the counter.
struct Store {
    TestStore base;
    QTemporaryDir &dir = base.dir;
    cd::ManualClock &clock = base.clock;
    QString &dbPath = base.dbPath;
    std::unique_ptr<cd::Session> session;

    bool open(QString *why)
    {
        clock.set(QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
        QString e = base.create(QStringLiteral("store.db"));
        if (e.isEmpty())
            e = base.addTestUsers();
        if (e.isEmpty())
            e = cdtest::addFaceRecords(*base.officer);
        if (e.isEmpty())
            if (auto purposes = cd::demo::addStandardPurposes(*base.officer); !purposes)
                e = purposes.error().message;
        if (!e.isEmpty()) {
            *why = e;
            return false;
        }
        base.officer.reset();
        return signIn(why);
    }
    bool signIn(QString *why)
    {
        session = base.unlockAs(staffUser(), why);
        return session != nullptr;
    }
    qint64 purposeId(const char *code)
    {
        cd::PurposeService purposes(*session);
        auto p = purposes.findByCode(QLatin1String(code));
        return p ? p->id : 0;
    }
};

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
