// A camera-vendor plugin that misbehaves on purpose, for the plugin tests only (never installed,
// never built into the directory the console scans). One source, one variant per target:
//   FAULTY_CRASH      eraseSubject() aborts the host process
//   FAULTY_HANG       eraseSubject() never returns
//   FAULTY_RECEIPT    eraseSubject() returns a receipt the console must reject; which flaw is
//                     chosen by the setting "receipt": "short-digest" (default), "empty-id",
//                     "undercount" (erases, reports nothing) or "keeps-data" (reports, erases nothing)
//   FAULTY_WRONG_IID  metadata names another interface
//   FAULTY_COMPAT     metadata needs plugin API version 2
//   FAULTY_SNOOP      inventory() tries what a hostile vendor would (the paths come in the setting
//                     "snoop", a map of name → file): read each file, read the console's
//                     /proc/<consolePid>/environ, find CONSENTDESK_SNOOP_SECRET in its own
//                     environment, write ("write*" names), start a program ("exec*"). It answers
//                     with counts "<name>" = 1 where it succeeded, 0 where it was stopped.
// Everything else behaves: one zone, one camera, an in-memory store of one template and two images
// per enrolled subject, so that the console gets as far as the erasure.
//
// When the environment names CONSENTDESK_TEST_LOAD_MARKER, loading the library appends the
// vendor's id to that file: the tests use it to prove that refused plugins are never loaded.
#include "vendor-sdk/CameraVendorPlugin.h"

#include <QCryptographicHash>
#include <QMap>
#include <QFile>
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QThread>
#include <QTimeZone>

#include <cstdio>
#include <cstdlib>
#include <sys/resource.h>

#if defined(FAULTY_CRASH)
#define FAULTY_VENDOR_ID "faulty-crash"
#elif defined(FAULTY_HANG)
#define FAULTY_VENDOR_ID "faulty-hang"
#elif defined(FAULTY_RECEIPT)
#define FAULTY_VENDOR_ID "faulty-receipt"
#elif defined(FAULTY_WRONG_IID)
#define FAULTY_VENDOR_ID "faulty-iid"
#elif defined(FAULTY_COMPAT)
#define FAULTY_VENDOR_ID "faulty-compat"
#elif defined(FAULTY_SNOOP)
#define FAULTY_VENDOR_ID "faulty-snoop"
#else
#error "define one FAULTY_* variant"
#endif

namespace {

// Runs when the dynamic linker loads the library, before any plugin object exists.
struct LoadMarker {
    LoadMarker()
    {
        const char *path = std::getenv("CONSENTDESK_TEST_LOAD_MARKER");
        if (!path || !*path)
            return;
        if (FILE *f = std::fopen(path, "a")) {
            std::fputs(FAULTY_VENDOR_ID "\n", f);
            std::fclose(f);
        }
    }
};
const LoadMarker loadMarker;

const QString kImage = QStringLiteral("face-image");
const QString kTemplate = QStringLiteral("face-template");

} // namespace

class FaultyVendor : public QObject, public cdvendor::CameraVendor {
    Q_OBJECT
#if defined(FAULTY_CRASH)
    Q_PLUGIN_METADATA(IID ConsentDeskCameraVendor_iid FILE "crash.json")
#elif defined(FAULTY_HANG)
    Q_PLUGIN_METADATA(IID ConsentDeskCameraVendor_iid FILE "hang.json")
#elif defined(FAULTY_RECEIPT)
    Q_PLUGIN_METADATA(IID ConsentDeskCameraVendor_iid FILE "badreceipt.json")
#elif defined(FAULTY_WRONG_IID)
    Q_PLUGIN_METADATA(IID "com.example.PeopleCounter/1" FILE "wrongiid.json")
#elif defined(FAULTY_COMPAT)
    Q_PLUGIN_METADATA(IID ConsentDeskCameraVendor_iid FILE "compat.json")
#elif defined(FAULTY_SNOOP)
    Q_PLUGIN_METADATA(IID ConsentDeskCameraVendor_iid FILE "snoop.json")
#endif
    Q_INTERFACES(cdvendor::CameraVendor)

public:
    bool initialise(const QString &, const QJsonObject &settings, QString *) override
    {
        m_receiptFlaw = settings.value(QStringLiteral("receipt")).toString(QStringLiteral("short-digest"));
#if defined(FAULTY_SNOOP)
        m_snoop = settings.value(QStringLiteral("snoop")).toObject();
        m_consolePid = settings.value(QStringLiteral("consolePid")).toInteger();
#endif
        return true;
    }

    QList<cdvendor::Zone> zones() override { return {{QStringLiteral("hall"), QStringLiteral("Hall")}}; }

    QList<cdvendor::Device> devices() override
    {
        return {{QStringLiteral("cam-hall-1"), QStringLiteral("Hall camera"), QStringLiteral("hall"), m_mode}};
    }

    bool setDeviceMode(const QString &deviceId, cdvendor::DeviceMode mode, QString *error) override
    {
        if (deviceId != QLatin1String("cam-hall-1")) {
            *error = QStringLiteral("no such device");
            return false;
        }
        m_mode = mode;
        return true;
    }

    bool enroll(const QString &subjectId, const QString &, QString *) override
    {
        m_held[subjectId] = {{kTemplate, 1}, {kImage, 2}};
        return true;
    }

    bool unenroll(const QString &, QString *) override { return true; }

    bool inventory(const QString &subjectId, cdvendor::SubjectInventory *out, QString *) override
    {
#if defined(FAULTY_SNOOP)
        Q_UNUSED(subjectId);
        out->countsByKind = snoop();
#else
        out->countsByKind = m_held.value(subjectId);
#endif
        return true;
    }

    bool eraseSubject(const QString &subjectId, cdvendor::ErasureReceipt *out, QString *) override
    {
#if defined(FAULTY_CRASH)
        Q_UNUSED(subjectId);
        Q_UNUSED(out);
        const rlimit noCore{0, 0};  // a deliberate crash leaves no core file behind
        setrlimit(RLIMIT_CORE, &noCore);
        std::abort();
#elif defined(FAULTY_HANG)
        Q_UNUSED(subjectId);
        Q_UNUSED(out);
        for (;;)
            QThread::sleep(3600);
#else
        const QMap<QString, qint64> held = m_held.value(subjectId);
        out->receiptId = QStringLiteral("faulty-receipt-1");
        out->at = QDateTime::currentDateTimeUtc();
        out->countsByKind = held;
        out->digest = QCryptographicHash::hash(subjectId.toUtf8(), QCryptographicHash::Sha256);
        if (m_receiptFlaw == QLatin1String("empty-id")) {
            out->receiptId.clear();
        } else if (m_receiptFlaw == QLatin1String("undercount")) {
            out->countsByKind.clear();
        } else if (m_receiptFlaw != QLatin1String("keeps-data")) {
            out->digest = out->digest.left(5);  // "short-digest"
        }
        if (m_receiptFlaw != QLatin1String("keeps-data"))
            m_held.remove(subjectId);
        return true;
#endif
    }

    bool purgeBefore(const QDateTime &, cdvendor::ErasureReceipt *out, QString *) override
    {
        out->receiptId = QStringLiteral("faulty-purge-1");
        out->at = QDateTime::currentDateTimeUtc();
        out->digest = QCryptographicHash::hash(QByteArray(), QCryptographicHash::Sha256);
        return true;
    }

    bool visitorCountsSince(const QString &cursor, int, cdvendor::VisitorCountBatch *out, QString *) override
    {
        out->nextCursor = cursor;
        return true;
    }

private:
#if defined(FAULTY_SNOOP)
    static qint64 canRead(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) && !f.read(16).isEmpty() ? 1 : 0;
    }

    QMap<QString, qint64> snoop() const
    {
        QMap<QString, qint64> got;
        for (auto it = m_snoop.constBegin(); it != m_snoop.constEnd(); ++it) {
            if (it.key().startsWith(QLatin1String("write"))) {
                QFile f(it.value().toString());
                got.insert(it.key(), f.open(QIODevice::WriteOnly) && f.write("x", 1) == 1 ? 1 : 0);
            } else if (it.key().startsWith(QLatin1String("exec"))) {
                QProcess p;
                p.start(it.value().toString(), {});
                got.insert(it.key(), p.waitForStarted(3000) ? 1 : 0);
                p.waitForFinished(3000);
            } else {
                got.insert(it.key(), canRead(it.value().toString()));
            }
        }
        got.insert(QStringLiteral("console-environ"), canRead(QStringLiteral("/proc/%1/environ").arg(m_consolePid)));
        got.insert(QStringLiteral("inherited-secret"), qEnvironmentVariableIsSet("CONSENTDESK_SNOOP_SECRET") ? 1 : 0);
        return got;
    }

    QJsonObject m_snoop;
    qint64 m_consolePid = 0;
#endif
    cdvendor::DeviceMode m_mode = cdvendor::DeviceMode::Off;
    QMap<QString, QMap<QString, qint64>> m_held;
    QString m_receiptFlaw;
};

#include "FaultyVendor.moc"
