#include "Containment.h"
#include "core/base/Process.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QRegularExpression>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/close_range.h>
#include <linux/landlock.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace host {

namespace {

// Debian 12's <linux/landlock.h> describes ABI 2; the kernel may offer more. The later fields and
// bits are declared here as the kernel's UAPI defines them; a kernel reads only what it knows.
struct RulesetAttr {
    quint64 handledAccessFs = 0;
    quint64 handledAccessNet = 0;  // ABI 4: left 0, vendors reach their cameras over the network
    quint64 scoped = 0;            // ABI 6
};
constexpr quint64 kTruncate = 1ULL << 14;   // ABI 3
constexpr quint64 kIoctlDev = 1ULL << 15;   // ABI 5
constexpr quint64 kScopeAbstractUnix = 1ULL << 0;
constexpr quint64 kScopeSignal = 1ULL << 1;

constexpr quint64 kRead = LANDLOCK_ACCESS_FS_READ_FILE | LANDLOCK_ACCESS_FS_READ_DIR;
constexpr quint64 kReadFile = LANDLOCK_ACCESS_FS_READ_FILE;

int abiVersion()
{
    const long v = ::syscall(SYS_landlock_create_ruleset, nullptr, 0, LANDLOCK_CREATE_RULESET_VERSION);
    return v < 0 ? 0 : int(v);
}

quint64 handledFs(int abi)
{
    quint64 fs = (LANDLOCK_ACCESS_FS_MAKE_SYM << 1) - 1;  // ABI 1: bits 0..12
    if (abi >= 2)
        fs |= LANDLOCK_ACCESS_FS_REFER;
    if (abi >= 3)
        fs |= kTruncate;
    if (abi >= 5)
        fs |= kIoctlDev;
    return fs;
}

// Adds a path-beneath rule; a path that does not exist is skipped (not every system has /lib64).
bool allow(int ruleset, const QString &path, quint64 access, quint64 handled)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_PATH | O_CLOEXEC);
    if (fd < 0)
        return errno == ENOENT;
    struct stat st {};
    ::fstat(fd, &st);
    // A rule on a file may carry only file rights.
    constexpr quint64 fileRights = LANDLOCK_ACCESS_FS_EXECUTE | LANDLOCK_ACCESS_FS_WRITE_FILE
                                   | LANDLOCK_ACCESS_FS_READ_FILE | kTruncate | kIoctlDev;
    landlock_path_beneath_attr rule{};
    rule.allowed_access = access & handled & (S_ISDIR(st.st_mode) ? ~0ULL : fileRights);
    rule.parent_fd = fd;
    const long r = ::syscall(SYS_landlock_add_rule, ruleset, LANDLOCK_RULE_PATH_BENEATH, &rule, 0);
    ::close(fd);
    return r == 0;
}

#ifdef CONSENTDESK_SANITIZED
// A sanitizer build (tools/test-sanitizers.sh) names in *SAN_OPTIONS a log_path prefix for its
// reports: the sandbox lets the host create and write files there, and read its own program so
// that the reports are symbolized. Release builds never define CONSENTDESK_SANITIZED.
bool allowSanitizerReports(int ruleset, quint64 handled)
{
    bool ok = allow(ruleset, QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath(), kReadFile, handled);
    for (const char *name : {"ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"}) {
        const QString options = qEnvironmentVariable(name);
        for (const QString &option : options.split(QRegularExpression(QStringLiteral("[:,\\s]")), Qt::SkipEmptyParts)) {
            if (!option.startsWith(QLatin1String("log_path=")))
                continue;
            const QString path = option.mid(9);
            if (QFileInfo(path).isAbsolute())
                ok = allow(ruleset, QFileInfo(path).absolutePath(),
                           LANDLOCK_ACCESS_FS_MAKE_REG | LANDLOCK_ACCESS_FS_WRITE_FILE | kTruncate, handled) && ok;
        }
    }
    return ok;
}
#endif

} // namespace

QStringList hardenEarly(int argc, char **argv)
{
    QStringList steps;
    // Whatever the console failed to close is closed here, before any library opens its own.
    if (::syscall(SYS_close_range, 3U, ~0U, 0U) == 0)
        steps << QStringLiteral("no-inherited-fds");
    bool keepDumpable = false;
    for (int i = 1; i < argc; ++i)
        keepDumpable = keepDumpable || std::strcmp(argv[i], "--keep-dumpable") == 0;
    const cd::process::Hardening h = cd::process::harden(keepDumpable);
    if (h.umaskSet)
        steps << QStringLiteral("umask-077");
    if (h.coreDumpsOff)
        steps << QStringLiteral("no-core");
    if (h.notDumpable)
        steps << QStringLiteral("no-dump");
    // No set-uid program started from here gains rights; Landlock needs it as well.
    if (::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) == 0)
        steps << QStringLiteral("no-new-privs");
    return steps;
}

QStringList unexpectedEnvironment()
{
    // What VendorHost::launch hands over (vendors/VendorHost.cpp, minimalEnvironment()).
    static const QStringList expected{QStringLiteral("LC_ALL"),       QStringLiteral("LANG"),
                                      QStringLiteral("TZ"),           QStringLiteral("ASAN_OPTIONS"),
                                      QStringLiteral("UBSAN_OPTIONS"), QStringLiteral("LSAN_OPTIONS")};
    QStringList extra;
    for (const QString &name : QProcessEnvironment::systemEnvironment().keys()) {
        if (!expected.contains(name))
            extra << name;
    }
    return extra;
}

void tightenModes(const QString &dataDir)
{
    ::chmod(QFile::encodeName(dataDir).constData(), 0700);
    QDirIterator it(dataDir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QByteArray native = QFile::encodeName(path);
        struct stat st {};
        if (::lstat(native.constData(), &st) == 0 && !S_ISLNK(st.st_mode) && (st.st_mode & 077))
            ::chmod(native.constData(), st.st_mode & 07700);
    }
}

QStringList sourcePaths(const QJsonObject &settings, const QString &vendorId)
{
    QStringList paths;
    for (const QJsonValue &v : settings.value(vendorId).toObject().value(QStringLiteral("sourcePaths")).toArray()) {
        const QString path = v.toString();
        if (QFileInfo(path).isAbsolute())
            paths << QDir::cleanPath(path);
    }
    return paths;
}

QStringList confineFiles(const QString &dataDir, const QString &pluginFile, const QStringList &sources, QString *why)
{
    const int abi = abiVersion();
    if (abi < 1) {
        *why = QStringLiteral("the kernel offers no Landlock");
        return {};
    }
    RulesetAttr attr;
    attr.handledAccessFs = handledFs(abi);
    if (abi >= 6)  // no signals to, and no abstract sockets of, processes outside the sandbox
        attr.scoped = kScopeAbstractUnix | kScopeSignal;
    const int ruleset = int(::syscall(SYS_landlock_create_ruleset, &attr, sizeof attr, 0));
    if (ruleset < 0) {
        *why = QStringLiteral("Landlock ruleset refused: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return {};
    }
    const quint64 handled = attr.handledAccessFs;
    // Read-only: the libraries and data Qt and a plugin load (no EXECUTE anywhere: dlopen maps
    // libraries without it, and a plugin has no reason to start programs); name resolution and
    // certificates for a vendor that talks to its cameras; its own /proc entry only.
    const QStringList readOnly{QStringLiteral("/usr"), QStringLiteral("/lib"), QStringLiteral("/lib64"),
                               QStringLiteral("/lib32"), QStringLiteral("/etc/ld.so.cache"),
                               QStringLiteral("/etc/localtime"), QStringLiteral("/etc/nsswitch.conf"),
                               QStringLiteral("/etc/hosts"), QStringLiteral("/etc/resolv.conf"),
                               QStringLiteral("/etc/gai.conf"), QStringLiteral("/etc/host.conf"),
                               QStringLiteral("/etc/services"), QStringLiteral("/etc/ssl"),
                               QStringLiteral("/sys/devices/system/cpu"), QStringLiteral("/proc/self"),
                               QStringLiteral("/dev/urandom")};
    bool ok = true;
    for (const QString &path : readOnly)
        ok = allow(ruleset, path, kRead, handled) && ok;
    ok = allow(ruleset, pluginFile, kReadFile, handled) && ok;
    ok = allow(ruleset, QStringLiteral("/dev/null"),
               LANDLOCK_ACCESS_FS_READ_FILE | LANDLOCK_ACCESS_FS_WRITE_FILE | kIoctlDev, handled) && ok;
    const quint64 noDevicesNoExec = LANDLOCK_ACCESS_FS_EXECUTE | LANDLOCK_ACCESS_FS_MAKE_CHAR
                                    | LANDLOCK_ACCESS_FS_MAKE_BLOCK;
    ok = allow(ruleset, dataDir, handled & ~noDevicesNoExec, handled) && ok;
    for (const QString &source : sources) {
        const bool device = source.startsWith(QLatin1String("/dev/"));
        ok = allow(ruleset, source,
                   device ? LANDLOCK_ACCESS_FS_READ_FILE | LANDLOCK_ACCESS_FS_WRITE_FILE | kIoctlDev : kRead, handled)
             && ok;
    }
#ifdef CONSENTDESK_SANITIZED
    ok = allowSanitizerReports(ruleset, handled) && ok;
#endif
    if (!ok || ::syscall(SYS_landlock_restrict_self, ruleset, 0U) != 0) {
        *why = QStringLiteral("Landlock rules could not be applied: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        ::close(ruleset);
        return {};
    }
    ::close(ruleset);
    QStringList steps{QStringLiteral("landlock-abi-%1").arg(abi)};
    if (abi >= 6)
        steps << QStringLiteral("landlock-scoped");
    return steps;
}

} // namespace host
