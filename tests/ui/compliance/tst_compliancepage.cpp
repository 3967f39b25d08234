// The Compliance page through its widgets, over a real encrypted store with an injected clock:
// the filing banner appears (here and on the Cameras page's counter) the day the face-data count
// reaches the threshold, with the deadline counted on the 2026 calendar, and goes once the filing
// is recorded through the form; an incident is refused without its measures (nothing typed is
// lost) and then recorded; the auditor sees the records and can change none. Synthetic data.
#include "tests/support/FaceHolders.h"
#include "tests/support/StoreFixture.h"
#include "tests/support/Widgets.h"

#include "core/cameras/CameraCounts.h"
#include "core/compliance/FilingService.h"
#include "core/compliance/IncidentService.h"
#include "core/i18n/Language.h"
#include "ui/cameras/FilingCounterWidget.h"
#include "ui/compliance/CompliancePage.h"
#include "ui/compliance/FilingTab.h"
#include "ui/compliance/IncidentsTab.h"
#include "ui/compliance/RecordForm.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using cdtest::child;

class TestCompliancePage : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<cdtest::TestStore> m_s;

    static RecordForm *openForm(QWidget *page, const char *name)
    {
        RecordForm *form = nullptr;
        [&] { QTRY_VERIFY((form = page->findChild<RecordForm *>(QLatin1String(name))) && form->isVisible()); }();
        return form;
    }
    static void save(RecordForm *form)
    {
        QTest::mouseClick(form->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(cd::i18n::setLanguage(QStringLiteral("en")));
        QLoggingCategory::setFilterRules(QStringLiteral("qt.modeltest.debug=false"));
    }

    void init()
    {
        m_s = std::make_unique<cdtest::TestStore>();
        const QString e = m_s->create();
        QVERIFY2(e.isEmpty(), qPrintable(e));
        QVERIFY(m_s->addTestUsers().isEmpty());
        m_s->clock.set(QDateTime(QDate(2026, 9, 21), QTime(2, 0), Qt::UTC));
    }

    void bannerUntilTheFilingIsRecorded()
    {
        cd::Session &officer = *m_s->officer;
        cdtest::FaceHolders holders(officer);
        QCOMPARE(holders.setUp(), QString());
        CDT_OK(cd::CameraCounts(officer).setFilingThreshold(2));
        QCOMPARE(holders.enrolOne(), QString());

        CompliancePage page(officer);
        page.resize(1100, 700);
        page.show();
        page.showSection(QStringLiteral("filing"));
        auto *tab = child<FilingTab>(&page, "filingTab");
        QVERIFY(tab);
        QAbstractItemModelTester tester(tab->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!tab->bannerShown());
        QCOMPARE(tab->model()->rowCount(), 0);
        QVERIFY(!child<QPushButton>(&page, "recordFilingButton")->isEnabled());

        QCOMPARE(holders.enrolOne(), QString());  // the 2nd person: reached today
        tab->reload();
        QVERIFY(tab->bannerShown());
        auto *banner = child<QLabel>(tab, "filingBanner");
        const QString deadline = QLocale().toString(QDate(2026, 11, 9), QLocale::ShortFormat);
        QVERIFY2(banner->text().contains(deadline) && banner->text().contains(QLatin1String("30 working days left")),
                 qPrintable(banner->text()));
        QCOMPARE(tab->model()->rowCount(), 1);

        // The Cameras page's counter carries the same banner.
        FilingCounterWidget counter(officer);
        counter.refresh();
        QVERIFY(counter.findChild<QLabel *>(QStringLiteral("filingBanner"))->property("filingOpen").toBool());

        auto *record = child<QPushButton>(&page, "recordFilingButton");
        QVERIFY(record->isEnabled());
        QTest::mouseClick(record, Qt::LeftButton);
        RecordForm *form = openForm(&page, "filingForm");
        QVERIFY(form);
        save(form);  // no authority: refused, the form stays with the reason
        QVERIFY(form->isVisible());
        QTRY_VERIFY(child<QLabel>(form, "formError")->isVisible());
        child<QLineEdit>(form, "authorityField")->setText(QStringLiteral("市网信办 (test)"));
        child<QLineEdit>(form, "referenceField")->setText(QStringLiteral("TEST-2026-7"));
        save(form);
        QTRY_VERIFY(!tab->bannerShown());
        QVERIFY(!record->isEnabled());
        auto filed = cd::FilingService(officer).current();
        CDT_OK(filed);
        QCOMPARE(filed->value().reference, QStringLiteral("TEST-2026-7"));
        counter.refresh();
        QVERIFY(!counter.findChild<QLabel *>(QStringLiteral("filingBanner"))->isVisibleTo(&counter));
    }

    void incidentRecordedThroughTheForm()
    {
        CompliancePage page(*m_s->officer);
        page.show();
        page.showSection(QStringLiteral("incidents"));
        auto *tab = child<IncidentsTab>(&page, "incidentsTab");
        QAbstractItemModelTester tester(tab->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!child<QPushButton>(&page, "closeIncidentButton")->isEnabled());  // nothing selected
        QTest::mouseClick(child<QPushButton>(&page, "addIncidentButton"), Qt::LeftButton);
        RecordForm *form = openForm(&page, "incidentForm");
        QVERIFY(form);
        child<QLineEdit>(form, "titleField")->setText(QStringLiteral("Printed list left at the counter (test)"));
        child<QPlainTextEdit>(form, "descriptionField")->setPlainText(QStringLiteral("A synthetic list."));
        child<QLineEdit>(form, "categoriesField")->setText(QStringLiteral("name, phone"));
        save(form);
        QTRY_VERIFY(child<QLabel>(form, "formError")->isVisible());
        QVERIFY(child<QLabel>(form, "formError")->text().contains(QLatin1String("remedial measures")));
        QCOMPARE(child<QLineEdit>(form, "titleField")->text(), QStringLiteral("Printed list left at the counter (test)"));
        child<QPlainTextEdit>(form, "measuresField")->setPlainText(QStringLiteral("Shredded; staff briefed."));
        save(form);
        QTRY_COMPARE(tab->model()->rowCount(), 1);
        auto open = cd::IncidentService(*m_s->officer).openCount();
        CDT_OK(open);
        QCOMPARE(open.value(), qint64(1));
        QVERIFY(child<QPushButton>(&page, "closeIncidentButton")->isEnabled());  // the new row is selected
    }

    void theAuditorReadsButChangesNothing()
    {
        cd::IncidentInput in;
        in.title = QStringLiteral("Test incident");
        in.description = QStringLiteral("Synthetic.");
        in.categories = QStringLiteral("phone");
        in.measures = QStringLiteral("None needed.");
        CDT_OK(cd::IncidentService(*m_s->officer).add(in));
        auto auditor = m_s->unlockAs(cdtest::auditorUser());
        QVERIFY(auditor);
        CompliancePage page(*auditor);
        page.show();
        auto *tab = child<IncidentsTab>(&page, "incidentsTab");
        QCOMPARE(tab->model()->rowCount(), 1);
        tab->view()->selectRow(0);
        for (const char *button : {"addIncidentButton", "closeIncidentButton", "authorityNotifiedButton",
                                   "addPiiaButton", "approvePiiaButton", "addAgreementButton", "recordFilingButton"})
            QVERIFY2(!child<QPushButton>(&page, button)->isEnabled(), button);
    }

    // Every tab with records in it, in English and in zh_CN, saved as PNG for a person to look at
    // when CONSENTDESK_SHOTS_DIR names a folder. Also checks the zh_CN tab titles are Chinese.
    void screenshots()
    {
        cd::Session &officer = *m_s->officer;
        cdtest::FaceHolders holders(officer);
        QCOMPARE(holders.setUp(), QString());
        CDT_OK(cdtest::agreedVendor(officer, QStringLiteral("simvendor")));
        CDT_OK(cd::CameraCounts(officer).setFilingThreshold(1));
        QCOMPARE(holders.enrolOne(), QString());
        cd::IncidentInput in;
        in.title = QStringLiteral("Printed list left at the counter (test)");
        in.description = QStringLiteral("Synthetic.");
        in.categories = QStringLiteral("name, phone");
        in.peopleAffected = 14;
        in.measures = QStringLiteral("Shredded; staff briefed.");
        CDT_OK(cd::IncidentService(officer).add(in));
        const QString dir = qEnvironmentVariable("CONSENTDESK_SHOTS_DIR");
        for (const QString &lang : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            QVERIFY(cd::i18n::setLanguage(lang));
            CompliancePage page(officer);
            page.resize(1180, 640);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            if (lang == QLatin1String("zh_CN") && QLocale().language() == QLocale::Chinese)
                QVERIFY2(page.tabs()->tabText(0) != QLatin1String("Impact assessments"), "zh_CN tab titles not translated");
            for (const QString &tab : {QStringLiteral("piia"), QStringLiteral("agreements"), QStringLiteral("filing"),
                                       QStringLiteral("incidents")}) {
                page.showSection(tab);
                QCoreApplication::processEvents();
                if (!dir.isEmpty())
                    QVERIFY(page.grab().save(QStringLiteral("%1/compliance-%2-%3.png").arg(dir, tab, lang)));
            }
        }
        QVERIFY(cd::i18n::setLanguage(QStringLiteral("en")));
    }
};

QTEST_MAIN(TestCompliancePage)
#include "tst_compliancepage.moc"
