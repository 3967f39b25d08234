// A fake consentdesk-plugin-host for the tests: it takes the same arguments as the real host but
// loads no plugin. It plays a tiny vendor (one zone, one camera, one template per subject) and
// answers one operation with bytes the console must treat as garbage. Settings (in --settings):
//   "vendor"     the vendor id it says hello with (default "garbage-host")
//   "garbageOn"  the operation answered with garbage (default: every operation except "ping")
//   "garbage"    the kind of garbage:
//   "random"      a frame of random bytes (default)
//   "oversize"    a length prefix larger than the protocol allows
//   "not-a-map"   a well-formed frame whose CBOR is an integer, not a map
//   "bad-version" a CBOR map with protocol version 2
//   "before-hello" random bytes instead of the hello
//   "no-hello"    connects and says nothing at all
// It never exits by itself after sending garbage: the console has to end it.
#include "vendor-sdk/VendorProtocol.h"

#include <QCborArray>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QRandomGenerator>
#include <QtEndian>

#include <optional>

using namespace cdvendor;

namespace {

QByteArray randomFrame()
{
    QByteArray body(64, Qt::Uninitialized);
    for (char &c : body)
        c = char(QRandomGenerator::global()->bounded(256));
    body[0] = char(0xff);  // a CBOR "break" cannot start a message: the body is never a valid map
    QByteArray out(4, Qt::Uninitialized);
    qToBigEndian(quint32(body.size()), out.data());
    return out + body;
}

QByteArray garbage(const QString &kind)
{
    if (kind == QLatin1String("oversize")) {
        QByteArray out(4, Qt::Uninitialized);
        qToBigEndian(quint32(wire::kMaxFrameBytes) + 1, out.data());
        return out + QByteArray(16, 'x');
    }
    if (kind == QLatin1String("not-a-map")) {
        const QByteArray body = QCborValue(42).toCbor();
        QByteArray out(4, Qt::Uninitialized);
        qToBigEndian(quint32(body.size()), out.data());
        return out + body;
    }
    if (kind == QLatin1String("bad-version")) {
        QCborMap m{{QStringLiteral("v"), 2}, {QStringLiteral("id"), 1}, {QStringLiteral("ok"), true}};
        return wire::frame(m);
    }
    return randomFrame();
}

// Well-formed answers of the tiny vendor; nullopt for operations it does not know.
std::optional<QCborValue> answer(const QString &op)
{
    if (op == QLatin1String("ping") || op == QLatin1String("setMode") || op == QLatin1String("enroll")
        || op == QLatin1String("unenroll"))
        return QCborValue(true);
    if (op == QLatin1String("zones"))
        return wire::toCbor(QList<Zone>{{QStringLiteral("hall"), QStringLiteral("Hall")}});
    if (op == QLatin1String("devices"))
        return wire::toCbor(QList<Device>{
            {QStringLiteral("cam-hall-1"), QStringLiteral("Hall camera"), QStringLiteral("hall"), DeviceMode::Off}});
    if (op == QLatin1String("inventory"))
        return wire::toCbor(SubjectInventory{{{QStringLiteral("face-template"), 1}}, {}, {}});
    return std::nullopt;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption pluginOpt(QStringLiteral("plugin"), QStringLiteral("Ignored."), QStringLiteral("file"));
    const QCommandLineOption serverOpt(QStringLiteral("server"), QStringLiteral("Console's socket."), QStringLiteral("name"));
    const QCommandLineOption dirOpt(QStringLiteral("data-dir"), QStringLiteral("Ignored."), QStringLiteral("dir"));
    const QCommandLineOption settingsOpt(QStringLiteral("settings"), QStringLiteral("JSON settings."), QStringLiteral("json"));
    parser.addOptions({pluginOpt, serverOpt, dirOpt, settingsOpt});
    parser.process(app);
    const QJsonObject settings = QJsonDocument::fromJson(parser.value(settingsOpt).toUtf8()).object();
    const QString kind = settings.value(QStringLiteral("garbage")).toString(QStringLiteral("random"));
    const QString garbageOn = settings.value(QStringLiteral("garbageOn")).toString();
    const QString vendorId = settings.value(QStringLiteral("vendor")).toString(QStringLiteral("garbage-host"));

    QLocalSocket socket;
    socket.connectToServer(parser.value(serverOpt));
    if (!socket.waitForConnected(5000))
        return 5;
    QObject::connect(&socket, &QLocalSocket::disconnected, &app, &QCoreApplication::quit);

    if (kind == QLatin1String("before-hello")) {
        socket.write(randomFrame());
    } else if (kind != QLatin1String("no-hello")) {
        const QCborMap meta{{QStringLiteral("Vendor"), vendorId},
                            {QStringLiteral("Name"), QStringLiteral("Fake host that speaks garbage")},
                            {QStringLiteral("Version"), QStringLiteral("0.1.0")},
                            {QStringLiteral("ApiVersion"), 1},
                            {QStringLiteral("CompatVersion"), 1},
                            {QStringLiteral("Capabilities"), QCborArray()}};
        QCborMap hello = wire::reply(0, meta);
        hello.insert(QStringLiteral("op"), QStringLiteral("hello"));
        socket.write(wire::frame(hello));
    }
    socket.flush();

    wire::FrameReader reader;
    QObject::connect(&socket, &QLocalSocket::readyRead, &app, [&] {
        reader.append(socket.readAll());
        while (auto message = reader.next()) {
            const quint64 id = quint64(message->value(QStringLiteral("id")).toInteger());
            const QString op = message->value(QStringLiteral("op")).toString();
            const bool spoil = garbageOn.isEmpty() ? op != QLatin1String("ping") : op == garbageOn;
            const auto result = answer(op);
            if (spoil)
                socket.write(garbage(kind));
            else if (result)
                socket.write(wire::frame(wire::reply(id, *result)));
            else
                socket.write(wire::frame(wire::failure(id, QStringLiteral("not supported by the fake host"))));
            socket.flush();
        }
    });
    return app.exec();
}
