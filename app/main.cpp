// consentdesk: the GUI console. Opens (or, the first time, creates) the encrypted store, asks
// someone to sign in, and shows the main window.
#include "core/base/DataPaths.h"
#include "ui/shell/FirstRunWizard.h"
#include "core/base/Process.h"
#include "ui/common/Gui.h"
#include "ui/cameras/DemoCameras.h"
#include "ui/shell/MainWindow.h"
#include "vendors/VendorWorker.h"
#include "ui/shell/ShellSettings.h"

#include <QJsonObject>
#include "ui/shell/UnlockDialog.h"
#include "core/i18n/Language.h"
#include "core/demo/DemoData.h"
#include "core/demo/DemoVideo.h"
#include "core/access/Session.h"
#include "core/access/Vault.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QIcon>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>
#include <cstdio>

namespace {

// The translation context of the start-up messages.
struct Console {
    Q_DECLARE_TR_FUNCTIONS(Console)
};

QString chooseLanguage(const QString &fromArgs)
{
    if (!fromArgs.isEmpty())
        return fromArgs;
    const QString saved = cd::gui::settings::language();
    if (cd::i18n::availableLanguages().contains(saved))
        return saved;
    return cd::i18n::defaultLanguage();
}

// Creates the demo store off the GUI thread (key derivation and a few hundred records take a
// few seconds) behind a busy progress dialog.
std::unique_ptr<cd::Session> createDemo(const QString &dbPath)
{
    QProgressDialog progress(Console::tr("Creating the demo store with made-up customers…"), QString(), 0, 0);
    progress.setWindowTitle(Console::tr("ConsentDesk"));
    progress.setCancelButton(nullptr);
    progress.setMinimumDuration(0);
    progress.show();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    using DemoResult = cd::Result<cd::CreatedVault>;
    QFutureWatcher<DemoResult> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([dbPath] { return cd::demo::createDemoStore(dbPath); }));
    loop.exec();
    QGuiApplication::restoreOverrideCursor();
    progress.hide();
    DemoResult created = watcher.future().takeResult();
    if (!created.ok()) {
        QMessageBox::critical(nullptr, Console::tr("ConsentDesk"),
                              Console::tr("The demo store could not be created: %1").arg(created.error().message));
        return nullptr;
    }
    return std::move(created.value().session);
}

QString demoHint()
{
    QStringList accounts;
    for (const cd::demo::DemoUser &u : cd::demo::users())
        accounts << QStringLiteral("%1 / %2").arg(QLatin1String(u.name), QLatin1String(u.passphrase));
    return Console::tr("Demo store. Accounts (user / passphrase): %1").arg(accounts.join(QStringLiteral(", ")));
}

} // namespace

int main(int argc, char *argv[])
{
    cd::process::harden();  // umask 077, no core dumps, memory not readable by other processes
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ConsentDesk"));
    QApplication::setOrganizationName(QStringLiteral("ConsentDesk"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    QGuiApplication::setDesktopFileName(QStringLiteral("consentdesk"));
    cd::gui::initResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/consentdesk.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(Console::tr("ConsentDesk: consent records for camera analytics (PIPL)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      Console::tr("The store database (default: %1).").arg(cd::paths::defaultDatabasePath()),
                                      Console::tr("path"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        Console::tr("Open the demo store with made-up data (created if missing)."));
    const QCommandLineOption langOption(QStringLiteral("lang"), Console::tr("Language: zh_CN or en."), Console::tr("language"));
    parser.addOptions({dbOption, demoOption, langOption});
    parser.process(app);

    const QString requested = parser.value(langOption);
    if (!requested.isEmpty() && !cd::i18n::availableLanguages().contains(requested)) {
        fprintf(stderr, "%s\n", qPrintable(Console::tr("consentdesk: unknown language \"%1\" (use zh_CN or en)").arg(requested)));
        return 2;
    }
    if (!cd::i18n::setLanguage(chooseLanguage(requested)))
        cd::i18n::setLanguage(QStringLiteral("en"));  // no compiled translation: the source language

    const bool demo = parser.isSet(demoOption);
    // The same places the command-line tool and the timers use (core/DataPaths.h).
    QString dbPath = demo ? cd::paths::demoDatabasePath()
                          : (parser.isSet(dbOption) ? parser.value(dbOption) : cd::paths::defaultDatabasePath());
    dbPath = QFileInfo(dbPath).absoluteFilePath();
    QDir().mkpath(QFileInfo(dbPath).absolutePath());

    cd::Clock &clock = cd::SystemClock::instance();
    std::unique_ptr<cd::Session> session;
    const bool newDemo = demo && !cd::Vault::exists(dbPath);
    if (newDemo) {
        session = createDemo(dbPath);
        if (!session)
            return 1;
    } else if (!cd::Vault::exists(dbPath)) {
        FirstRunWizard wizard(dbPath, clock);
        if (wizard.exec() != QDialog::Accepted)
            return 0;
        session = wizard.takeSession();
    } else {
        UnlockDialog unlock(dbPath, clock);
        if (demo)
            unlock.setHint(demoHint());
        if (unlock.exec() != QDialog::Accepted)
            return 0;
        session = unlock.takeSession();
    }
    if (!session)
        return 1;

    // The demo's simulated vendor generates visitors live, so the Cameras page shows moving numbers;
    // the on-device counting vendor counts the people in the sample video when it is there.
    QJsonObject vendorSettings = demo ? QJsonObject{{QStringLiteral("liveIntervalMs"), 5000},
                                                    {QStringLiteral("visitorsPerHour"), 240},
                                                    {QStringLiteral("enrolledShare"), 0.2},
                                                    {QStringLiteral("dailyProfile"), true}}
                                      : QJsonObject();
    if (const QString video = cd::demo::sampleVideoPath(); demo && !video.isEmpty())
        vendorSettings.insert(QStringLiteral("edgecount"), cd::demo::edgecountSettings(video, false));
    MainWindow window(dbPath, std::move(session), clock, nullptr, vendorSettings);
    if (newDemo && window.vendors() && window.session()) {
        // On the vendor thread, like every vendor call; the Cameras page fills in when it is done.
        window.statusBar()->showMessage(Console::tr("Setting up the demo cameras…"));
        window.vendors()->run(
            &window, [](cd::VendorManager &vendors) { return setUpDemoCameras(vendors.session(), vendors); },
            [&window](const cd::Result<void> &r) {
                window.statusBar()->clearMessage();
                if (!r)
                    QMessageBox::warning(&window, Console::tr("ConsentDesk"),
                                         Console::tr("The demo cameras could not be set up: %1").arg(r.error().message));
            });
    }
    if (demo)
        window.setUnlockHint(demoHint());
    window.show();
    return app.exec();
}
