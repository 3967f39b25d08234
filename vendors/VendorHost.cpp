#include "VendorHost.h"
#include "vendor-sdk/VendorProtocol.h"
#include "core/base/Process.h"
#include "core/crypto/Crypto.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPluginLoader>

Q_LOGGING_CATEGORY(lcVendor, "consentdesk.vendor")

namespace cd {

namespace {

// The host inherits nothing from the console: no passphrase file named in a variable, no HOME,
// no display, no session bus. A UTF-8 locale for Qt, the time zone, and sanitizer options.
QProcessEnvironment minimalEnvironment(const QMap<QString, QString> &extra)
{
    const QProcessEnvironment console = QProcessEnvironment::systemEnvironment();
    QProcessEnvironment env;
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    for (const char *name : {"TZ", "ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"}) {
        if (console.contains(QLatin1String(name)))
            env.insert(QLatin1String(name), console.value(QLatin1String(name)));
    }
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        env.insert(it.key(), it.value());
    return env;
}

} // namespace

QString VendorHost::describeContainment(const QStringList &steps)
{
    if (steps.isEmpty())
        return QCoreApplication::translate("cd::VendorHost", "not reported");
    QStringList parts;
    for (const QString &step : steps) {
        if (step.startsWith(QLatin1String("landlock-abi-")))
            parts << QCoreApplication::translate("cd::VendorHost", "file sandbox (Landlock ABI %1)").arg(step.mid(13));
        else if (step == QLatin1String("no-landlock"))
            parts << QCoreApplication::translate("cd::VendorHost", "no file sandbox (the kernel offers no Landlock)");
        else if (step == QLatin1String("no-dump"))
            parts << QCoreApplication::translate("cd::VendorHost", "memory not readable by the user's other processes");
        else if (step == QLatin1String("no-core"))
            parts << QCoreApplication::translate("cd::VendorHost", "no core dumps");
        else if (step == QLatin1String("minimal-env"))
            parts << QCoreApplication::translate("cd::VendorHost", "minimal environment");
        else if (step == QLatin1String("no-inherited-fds"))
            parts << QCoreApplication::translate("cd::VendorHost", "no inherited descriptors");
    }
    return parts.join(QStringLiteral(", "));
}

QString vendorHealthDisplayName(VendorHealth health)
{
    switch (health) {
    case VendorHealth::Stopped: return QCoreApplication::translate("cd::VendorHost", "Stopped");
    case VendorHealth::Starting: return QCoreApplication::translate("cd::VendorHost", "Starting");
    case VendorHealth::Ready: return QCoreApplication::translate("cd::VendorHost", "Ready");
    case VendorHealth::Restarting: return QCoreApplication::translate("cd::VendorHost", "Restarting after a failure");
    case VendorHealth::Refused: return QCoreApplication::translate("cd::VendorHost", "Refused (plugin not valid)");
    }
    return {};
}

VendorHost::VendorHost(VendorHostConfig config, QObject *parent) : QObject(parent), m_config(std::move(config))
{
    m_startTimer.setSingleShot(true);
    connect(&m_startTimer, &QTimer::timeout, this,
            [this] { fail(QCoreApplication::translate("cd::VendorHost", "The vendor plugin did not start in time."), true); });
    m_restartTimer.setSingleShot(true);
    connect(&m_restartTimer, &QTimer::timeout, this, &VendorHost::launch);
}

VendorHost::~VendorHost() { stop(); }

void VendorHost::setHealth(VendorHealth h)
{
    if (m_health == h)
        return;
    m_health = h;
    emit healthChanged(h);
}

void VendorHost::start()
{
    m_stopping = false;
    m_backoffMs = 0;
    launch();
}

void VendorHost::stop(const QString &why)
{
    m_stopping = true;
    m_restartTimer.stop();
    m_startTimer.stop();
    failAllPending(why.isEmpty() ? QCoreApplication::translate("cd::VendorHost", "The vendor connection was closed.") : why);
    teardown(true);
    setHealth(VendorHealth::Stopped);
}

void VendorHost::teardown(bool letExit)
{
    // Only a host that reached the console sees the disconnect and quits by itself.
    letExit = letExit && m_socket != nullptr;
    // Disconnected first, so that killing the host is not reported as a crash.
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    if (m_process) {
        m_process->disconnect(this);
        // The host quits when the console disconnects; the wait also lets a sanitizer build's
        // host finish its leak check (docs/sanitizers.md).
        if (letExit && m_process->waitForFinished(2000)) {
            if (m_process->exitStatus() != QProcess::NormalExit || m_process->exitCode() != 0)
                qCWarning(lcVendor, "plugin host for %s ended with %s %d on stop", qPrintable(m_config.pluginPath),
                          m_process->exitStatus() == QProcess::NormalExit ? "exit code" : "a crash, exit code",
                          m_process->exitCode());
        }
        m_process->kill();
        m_process->waitForFinished(2000);
        m_process->deleteLater();
        m_process = nullptr;
    }
    if (m_server) {
        m_server->close();
        m_server->deleteLater();
        m_server = nullptr;
    }
}

void VendorHost::launch()
{
    if (m_server || m_process) {  // tear down what is left of the last attempt
        const bool stopping = m_stopping;
        stop();
        m_stopping = stopping;
    }
    m_reader = cdvendor::wire::FrameReader();
    setHealth(m_restarts > 0 ? VendorHealth::Restarting : VendorHealth::Starting);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);  // only this OS user may connect
    const QString name = QStringLiteral("consentdesk-vendor-") + QString::fromLatin1(crypto::randomBytes(8).toHex());
    if (!m_server->listen(name)) {
        fail(QCoreApplication::translate("cd::VendorHost", "The console cannot open a local socket for the vendor."), true);
        return;
    }
    connect(m_server, &QLocalServer::newConnection, this, &VendorHost::onNewConnection);
    m_process = new QProcess(this);
    m_process->setStandardOutputFile(QProcess::nullDevice());
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->setProcessEnvironment(minimalEnvironment(m_config.environment));
    // Between fork and exec: no descriptor of the console (database, .keys, sockets) reaches the host.
    m_process->setChildProcessModifier([] { process::closeInheritedOnExec(); });
    connect(m_process, &QProcess::finished, this, &VendorHost::onProcessFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            fail(QCoreApplication::translate("cd::VendorHost", "The plugin host program cannot be started."), false);
    });
    QStringList args{QStringLiteral("--plugin"), m_config.pluginPath, QStringLiteral("--server"), m_server->fullServerName(),
                     QStringLiteral("--data-dir"), m_config.dataDir, QStringLiteral("--settings"),
                     QString::fromUtf8(QJsonDocument(m_config.settings).toJson(QJsonDocument::Compact))};
    // Only tst_vendor_keyleak sets this, to scan the host's memory for the data key.
    if (qEnvironmentVariableIsSet("CONSENTDESK_TEST_HOST_DUMPABLE")) {
        qCWarning(lcVendor, "plugin host memory left readable (CONSENTDESK_TEST_HOST_DUMPABLE is set)");
        args << QStringLiteral("--keep-dumpable");
    }
    // The id the hello must carry: the file's metadata, read without loading it. An invalid file
    // is still handed to the host, which refuses it with the reason.
    const auto checked = cdvendor::validateMetadata(QPluginLoader(m_config.pluginPath).metaData(), nullptr);
    m_expectedId = checked ? checked->id : QString();
    m_expectedFaceProcessing = checked ? checked->faceProcessing : cdvendor::FaceProcessing::Undeclared;
    m_containment.clear();
    m_process->start(m_config.hostExecutable, args);
    m_startTimer.start(m_config.startTimeoutMs);
}

void VendorHost::onNewConnection()
{
    QLocalSocket *s = m_server->nextPendingConnection();
    if (m_socket) {  // one host, one connection
        s->abort();
        s->deleteLater();
        return;
    }
    m_socket = s;
    connect(m_socket, &QLocalSocket::readyRead, this, &VendorHost::onReadyRead);
}

void VendorHost::onReadyRead()
{
    const QByteArray bytes = m_socket->readAll();
    if (m_tap)
        m_tap(false, bytes);
    m_reader.append(bytes);
    // Handle the messages outside the socket's readyRead: a callback may make the next call and
    // wait for it, and Qt does not deliver readyRead again while the first is still running.
    QMetaObject::invokeMethod(this, &VendorHost::processMessages, Qt::QueuedConnection);
}

void VendorHost::processMessages()
{
    while (auto message = m_reader.next()) {
        const quint64 id = quint64(message->value(QStringLiteral("id")).toInteger());
        const bool ok = message->value(QStringLiteral("ok")).toBool();
        if (id == 0 && message->value(QStringLiteral("op")).toString() == QLatin1String("hello")) {
            m_startTimer.stop();
            QString why;
            const auto info = cdvendor::validateMetadata(
                QJsonObject{{QStringLiteral("IID"), QLatin1String(ConsentDeskCameraVendor_iid)},
                            {QStringLiteral("MetaData"), message->value(QStringLiteral("result")).toJsonValue()}},
                &why);
            if (!ok || !info) {
                fail(QCoreApplication::translate("cd::VendorHost", "The plugin was refused: %1")
                         .arg(ok ? why : message->value(QStringLiteral("error")).toString()),
                     false);
                return;
            }
            if (info->id != m_expectedId) {
                // A plugin posing as another vendor would be sent that vendor's erasures.
                qCWarning(lcVendor, "plugin host said hello as vendor \"%s\", its file's metadata names \"%s\": refused",
                          qPrintable(info->id), qPrintable(m_expectedId));
                fail(QCoreApplication::translate("cd::VendorHost",
                                                 "The plugin was refused: it said hello as vendor \"%1\", but its file's "
                                                 "checked metadata names \"%2\".")
                         .arg(info->id, m_expectedId),
                     false);
                return;
            }
            m_info = *info;
            // Where faces are processed counts for the law (Art. 21): trust the file's metadata,
            // read before any vendor code ran, not what the running plugin says.
            m_info.faceProcessing = m_expectedFaceProcessing;
            m_containment = cdvendor::wire::containmentFrom(*message);
            setHealth(VendorHealth::Ready);
            if (!m_socket)
                return;  // a handler of healthChanged stopped us
            continue;
        }
        auto it = m_pending.find(id);
        if (it == m_pending.end())
            continue;  // a late reply to a call that already timed out
        Pending p = std::move(it->second);
        m_pending.erase(it);
        p.timer->stop();
        p.timer->deleteLater();
        m_backoffMs = 0;
        if (ok)
            p.callback(message->value(QStringLiteral("result")));
        else
            p.callback(makeError(ErrorCode::Failed,
                                 QCoreApplication::translate("cd::VendorHost", "The vendor reported an error: %1")
                                     .arg(message->value(QStringLiteral("error")).toString().left(200))));
    }
    if (m_reader.isGarbage())
        fail(QCoreApplication::translate("cd::VendorHost", "The vendor sent a reply that is not valid (%1).").arg(m_reader.garbageReason()), true);
}

void VendorHost::call(const QString &op, const QCborMap &args, Callback callback)
{
    if (m_health != VendorHealth::Ready || !m_socket) {
        callback(makeError(ErrorCode::Failed, QCoreApplication::translate("cd::VendorHost", "The vendor is not available now (%1).")
                                                  .arg(vendorHealthDisplayName(m_health))));
        return;
    }
    const quint64 id = m_nextId++;
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, id] { onCallTimeout(id); });
    m_pending.emplace(id, Pending{std::move(callback), timer});
    const QByteArray bytes = cdvendor::wire::frame(cdvendor::wire::request(id, op, args));
    if (m_tap)
        m_tap(true, bytes);
    m_socket->write(bytes);
    timer->start(m_config.callTimeoutMs);
}

void VendorHost::onCallTimeout(quint64 id)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    Pending p = std::move(it->second);
    m_pending.erase(it);
    p.timer->deleteLater();
    p.callback(makeError(ErrorCode::Failed, QCoreApplication::translate("cd::VendorHost", "The vendor did not answer within %1 ms.")
                                                .arg(m_config.callTimeoutMs)));
    // A host that does not answer cannot be trusted to finish later: start a fresh one.
    fail(QCoreApplication::translate("cd::VendorHost", "The vendor stopped answering."), true);
}

void VendorHost::onProcessFinished()
{
    if (m_stopping)
        return;
    // A host that refused its plugin sends the reason and exits; the exit may be seen before
    // the reason is read. Read what is left first, so a refusal is not taken for a crash.
    if (m_socket) {
        m_socket->waitForReadyRead(0);
        m_reader.append(m_socket->readAll());
        processMessages();
    }
    if (m_health == VendorHealth::Refused || m_stopping)
        return;
    if (m_process && m_process->exitStatus() == QProcess::NormalExit && m_process->exitCode() == 3) {
        fail(QCoreApplication::translate("cd::VendorHost", "The plugin was refused by its host."), false);
        return;
    }
    fail(QCoreApplication::translate("cd::VendorHost", "The vendor's host process stopped unexpectedly."), true);
}

void VendorHost::failAllPending(const QString &why)
{
    auto pending = std::move(m_pending);
    m_pending.clear();
    for (auto &[id, p] : pending) {
        p.timer->stop();
        p.timer->deleteLater();
        p.callback(makeError(ErrorCode::Failed, why));
    }
}

void VendorHost::fail(const QString &why, bool restart)
{
    qCWarning(lcVendor, "vendor plugin %s: %s", qPrintable(m_config.pluginPath), qPrintable(why));
    m_lastError = why;
    m_startTimer.stop();
    failAllPending(why);
    const bool stopping = m_stopping;
    m_stopping = true;  // the teardown below must not trigger another failure
    teardown();
    m_stopping = stopping;
    if (!restart) {
        m_restartTimer.stop();
        setHealth(VendorHealth::Refused);
        return;
    }
    if (!m_stopping)
        scheduleRestart();
}

void VendorHost::scheduleRestart()
{
    ++m_restarts;
    m_backoffMs = m_backoffMs == 0 ? m_config.firstBackoffMs : qMin(m_backoffMs * 2, m_config.maxBackoffMs);
    setHealth(VendorHealth::Restarting);
    m_restartTimer.start(m_backoffMs);
}

bool VendorHost::waitUntilReady(int timeoutMs)
{
    if (m_health == VendorHealth::Ready)
        return true;
    if (m_health == VendorHealth::Refused || m_health == VendorHealth::Stopped)
        return false;
    QEventLoop loop;
    QTimer guard;
    guard.setSingleShot(true);
    connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(this, &VendorHost::healthChanged, &loop, [&loop](VendorHealth h) {
        if (h == VendorHealth::Ready || h == VendorHealth::Refused || h == VendorHealth::Stopped)
            loop.quit();
    });
    guard.start(timeoutMs);
    loop.exec();
    return m_health == VendorHealth::Ready;
}

VendorHost::Reply VendorHost::callSync(const QString &op, const QCborMap &args)
{
    waitUntilReady(m_config.startTimeoutMs);
    std::optional<Reply> result;
    QEventLoop loop;
    call(op, args, [&](const Reply &r) {
        result = r;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

} // namespace cd
