// Renders the dashboard over the seeded year (tests/support/DashboardSeed.h) in English and in
// zh_CN to PNG files for a person to look at: the main window as the officer lands on it, and the
// page's whole scrolled content. CONSENTDESK_SHOTS_DIR names the folder (else the test's temporary
// directory); CONSENTDESK_SHOTS_TSV may name translation files not merged yet (see tst_pageshots),
// and with them the zh_CN charts must show Chinese titles. Every name is synthetic.
#include "tests/support/DashboardSeed.h"
#include "tests/support/TsvTranslator.h"
#include "tests/support/Widgets.h"

#include "core/i18n/Language.h"
#include "ui/charts/BarChart.h"
#include "ui/common/Gui.h"
#include "ui/dashboard/DashboardCharts.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/shell/MainWindow.h"

#include <QChart>
#include <QDir>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStandardPaths>
#include <QtTest>

class TestDashboardShots : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void shots_data();
    void shots();

private:
    void save(QWidget *w, const QString &name);
    cdtest::TestStore m_store;
    cdtest::DashboardSeed m_seed;
    QTemporaryDir m_noPlugins;
    QString m_dir;
    cdtest::TsvTranslator m_extra;
    bool m_haveExtra = false;
};

void TestDashboardShots::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("CONSENTDESK_PLUGIN_PATH", m_noPlugins.path().toLocal8Bit());
    cd::gui::initResources();
    QString error = m_store.create();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    error = cdtest::seedDashboard(m_store, m_seed);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The console's retention timer sweeps what is due when the window opens: swept here first,
    // the figures cannot change under the test (a second sweep finds nothing).
    QVERIFY(cd::RetentionService(*m_store.officer).sweep(false).ok());
    m_store.officer->lock();
    m_dir = qEnvironmentVariable("CONSENTDESK_SHOTS_DIR", m_store.dir.filePath(QStringLiteral("shots")));
    QVERIFY(QDir().mkpath(m_dir));
    for (const QString &tsv : qEnvironmentVariable("CONSENTDESK_SHOTS_TSV").split(QLatin1Char(':'), Qt::SkipEmptyParts))
        QVERIFY2((m_haveExtra = m_extra.load(tsv)), qPrintable(tsv));
}

void TestDashboardShots::save(QWidget *w, const QString &name)
{
    QTest::qWait(50);  // layouts settle in more than one pass
    const QString path = QDir(m_dir).filePath(name + QStringLiteral(".png"));
    QVERIFY2(w->grab().save(path), qPrintable(path));
}

void TestDashboardShots::shots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void TestDashboardShots::shots()
{
    QFETCH(QString, language);
    QVERIFY(cd::i18n::setLanguage(language));
    QCoreApplication::removeTranslator(&m_extra);
    if (m_haveExtra && language == QLatin1String("zh_CN"))
        QCoreApplication::installTranslator(&m_extra);
    auto session = m_store.unlockAs(cdtest::officerUser());
    QVERIFY(session);
    MainWindow w(m_store.dbPath, std::move(session), m_store.clock);
    w.resize(1280, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *page = cdtest::child<DashboardPage>(&w, "dashboardPage");
    QVERIFY(page);
    QVERIFY(QTest::qWaitFor([page] { return page->hasFigures() && !page->isLoading(); }, 20000));
    if (m_haveExtra && language == QLatin1String("zh_CN")) {
        static const QRegularExpression han(QStringLiteral("\\p{Han}"));
        QVERIFY(page->charts()->consentsGiven()->chart()->title().contains(han));
        QVERIFY(page->charts()->consentsGiven()->categories().first().contains(han));
    }
    save(&w, QStringLiteral("dashboard-") + language);
    // The whole page, below the fold too: its scrolled content at the window's width.
    auto *scroll = cdtest::child<QScrollArea>(page, "dashboardScroll");
    QVERIFY(scroll);
    QWidget *content = scroll->widget();
    content->resize(scroll->viewport()->width(), content->sizeHint().height());
    save(content, QStringLiteral("dashboard-full-") + language);
    QCoreApplication::removeTranslator(&m_extra);
}

QTEST_MAIN(TestDashboardShots)
#include "tst_dashboardshots.moc"
