// consentdesk-plugin-host: loads ONE camera-vendor plugin in its own process and serves the
// console's calls over a local socket. Third-party code runs here, never in the console: a
// crash or hang takes down only this process, and it never sees the database key.
//
//   consentdesk-plugin-host --plugin FILE --server NAME --data-dir DIR [--settings JSON]
//                           [--keep-dumpable]
//
// It contains itself before loading the plugin (Containment.h) and names in its hello what took
// effect. --keep-dumpable exists for one test that scans the host's memory for the data key.
//
// Exit codes: 0 console disconnected, 2 usage, 3 plugin refused (reason sent in the hello),
// 4 garbage from the console, 5 cannot connect.
#include "Containment.h"
#include "HostServer.h"
#include "vendor-sdk/PluginMetadata.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QPluginLoader>

using namespace cdvendor;

int main(int argc, char **argv)
{
    QStringList containment = host::hardenEarly(argc, argv);
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption pluginOpt(QStringLiteral("plugin"), QStringLiteral("Plugin file."), QStringLiteral("file"));
    const QCommandLineOption serverOpt(QStringLiteral("server"), QStringLiteral("Console's socket."), QStringLiteral("name"));
    const QCommandLineOption dirOpt(QStringLiteral("data-dir"), QStringLiteral("Plugin data dir."), QStringLiteral("dir"));
    const QCommandLineOption settingsOpt(QStringLiteral("settings"), QStringLiteral("JSON settings."), QStringLiteral("json"));
    const QCommandLineOption dumpableOpt(QStringLiteral("keep-dumpable"), QStringLiteral("Tests only: memory stays readable."));
    parser.addOptions({pluginOpt, serverOpt, dirOpt, settingsOpt, dumpableOpt});
    parser.addHelpOption();
    parser.process(app);
    if (!parser.isSet(pluginOpt) || !parser.isSet(serverOpt) || !parser.isSet(dirOpt))
        return 2;

    QLocalSocket socket;
    socket.connectToServer(parser.value(serverOpt));
    if (!socket.waitForConnected(5000))
        return 5;
    auto refuse = [&socket](const QString &why) {
        QCborMap hello = wire::failure(0, why);
        hello.insert(QStringLiteral("op"), QStringLiteral("hello"));
        socket.write(wire::frame(hello));
        socket.waitForBytesWritten(2000);
        socket.disconnectFromServer();
        return 3;
    };

    // Validate before instantiating: no plugin code has run yet.
    QPluginLoader loader(parser.value(pluginOpt));
    QString why;
    const auto info = validateMetadata(loader.metaData(), &why);
    if (!info)
        return refuse(why);
    const QString dataDir = parser.value(dirOpt);
    QDir().mkpath(dataDir);
    host::tightenModes(dataDir);
    if (host::unexpectedEnvironment().isEmpty())
        containment << QStringLiteral("minimal-env");
    // Confined before the library is loaded: its constructors are already vendor code.
    const QJsonObject settings = QJsonDocument::fromJson(parser.value(settingsOpt).toUtf8()).object();
    QString sandboxWhy;
    const QStringList sandbox = host::confineFiles(dataDir, QFileInfo(parser.value(pluginOpt)).absoluteFilePath(),
                                                   host::sourcePaths(settings, info->id), &sandboxWhy);
    if (sandbox.isEmpty())
        qWarning("consentdesk-plugin-host: no file sandbox: %s", qPrintable(sandboxWhy));
    containment << (sandbox.isEmpty() ? QStringList{QStringLiteral("no-landlock")} : sandbox);
    QObject *root = loader.instance();
    auto *vendor = qobject_cast<CameraVendor *>(root);
    if (!vendor)
        return refuse(root ? QStringLiteral("the plugin does not implement the camera-vendor interface")
                           : QStringLiteral("the plugin cannot be loaded: %1").arg(loader.errorString()));
    if (!vendor->initialise(dataDir, settings, &why))
        return refuse(QStringLiteral("the plugin refused to start: %1").arg(why));

    socket.write(wire::frame(
        wire::hello(QCborValue::fromJsonValue(loader.metaData().value(QStringLiteral("MetaData"))), containment)));
    HostServer server(&socket, vendor, qobject_cast<SimulatedVendor *>(root),
                      qobject_cast<OccupancyReporter *>(root));
    return app.exec();
}
