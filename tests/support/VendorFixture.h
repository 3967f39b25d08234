#pragma once
// Shared helpers for the camera-vendor tests: where the host, the simulated vendor and the
// test-only vendors are; a store with the standard purposes; what the simulated vendor keeps on
// disk about a subject; the receipt digest as CameraVendorPlugin.h defines it; and the plugin-host
// processes this test started (found in /proc), with a reader of their memory.
#include "ComplianceFixture.h"
#include "StoreFixture.h"

#include "vendors/VendorManager.h"
#include "core/cameras/CameraCounts.h"
#include "core/cameras/CameraInventory.h"
#include "core/cameras/CameraSigns.h"
#include "core/cameras/Enrollments.h"
#include "core/cameras/VendorErasures.h"
#include "core/consent/ConsentService.h"
#include "core/demo/DemoData.h"
#include "core/consent/PurposeService.h"
#include "core/consent/SubjectService.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>

#include <algorithm>
#include <fcntl.h>
#include <unistd.h>

namespace cdptest {

inline QString hostExecutable() { return QStringLiteral(CONSENTDESK_PLUGIN_HOST); }
// A directory with the simulated vendor alone (the plugin directory may hold others).
inline QString simvendorDir() { return QStringLiteral(CONSENTDESK_SIMVENDOR_ONLY_DIR); }
inline QString simvendorFile() { return QStringLiteral(CONSENTDESK_PLUGIN_DIR "/libsimvendor.so"); }
// Test-only vendors live in test-plugins/<target>/lib<target>.so, one directory each.
inline QString testPluginDir(const QString &target) { return QStringLiteral(CONSENTDESK_TEST_PLUGIN_DIR "/") + target; }
inline QString testPluginFile(const QString &target)
{
    return testPluginDir(target) + QStringLiteral("/lib") + target + QStringLiteral(".so");
}
inline QString garbageHost() { return QStringLiteral(CONSENTDESK_TEST_PLUGIN_DIR "/bin/consentdesk-test-garbage-host"); }

inline const QString kSim = QStringLiteral("simvendor");

// A fresh encrypted store (officer signed in) with the standard purposes; "face-recognition"
// needs separate consent, "membership" does not.
struct VendorWorld {
    cdtest::TestStore store;
    cd::Purpose face, membership;
    cd::NoticeVersion faceNotice, membershipNotice;

    cd::Session &officer() { return *store.officer; }
    QString dataRoot() const { return store.dir.filePath(QStringLiteral("vendors")); }

    // Empty on success, else what went wrong.
    QString create()
    {
        const QString e = store.create();
        if (!e.isEmpty())
            return e;
        // The faulty test vendors recognise too (tests/vendors/faulty): agreements for them as well.
        if (const QString records = cdtest::addFaceRecords(
                officer(), {QStringLiteral("simvendor"), QStringLiteral("faulty-receipt"), QStringLiteral("faulty-crash"),
                            QStringLiteral("faulty-hang"), QStringLiteral("faulty-snoop")});
            !records.isEmpty())
            return records;
        if (auto r = cd::demo::addStandardPurposes(officer()); !r)
            return QString::fromUtf8(cdtest::describe(r.error()));
        cd::PurposeService purposes(officer());
        auto f = purposes.findByCode(QStringLiteral("face-recognition"));
        auto m = purposes.findByCode(QStringLiteral("membership"));
        if (!f || !m)
            return QStringLiteral("standard purposes missing");
        face = f.value();
        membership = m.value();
        auto fn = purposes.currentNotice(face.id);
        auto mn = purposes.currentNotice(membership.id);
        if (!fn || !mn)
            return QStringLiteral("standard notices missing");
        faceNotice = fn.value();
        membershipNotice = mn.value();
        return {};
    }

    cd::VendorManagerOptions options(const QStringList &pluginDirs, int callTimeoutMs = 5000) const
    {
        cd::VendorManagerOptions o;
        o.pluginDirs = pluginDirs;
        o.hostExecutable = hostExecutable();
        o.dataRoot = dataRoot();
        o.callTimeoutMs = callTimeoutMs;
        return o;
    }

    cd::Result<cd::Subject> subject(const QString &name, const QString &phone,
                                    std::optional<QDate> birth = std::nullopt,
                                    cd::AgeBand band = cd::AgeBand::Adult)
    {
        cd::SubjectInput in;
        in.name = name;
        in.phone = phone;
        in.birthDate = birth;
        in.ageBand = birth ? cd::AgeBand::Unknown : band;
        return cd::SubjectService(officer()).create(in);
    }

    // One consent for `purpose` with its current notice; returns the consent id.
    cd::Result<qint64> consent(qint64 subjectId, const cd::Purpose &purpose, const cd::NoticeVersion &notice,
                               bool separate, std::optional<cd::Guardian> guardian = std::nullopt)
    {
        cd::RegistrationInput in;
        in.subjectId = subjectId;
        in.purposes.push_back(cd::PurposeConsent{purpose.id, notice.id, separate});
        in.guardian = guardian;
        auto ids = cd::ConsentService(officer()).registerConsent(in);
        if (!ids)
            return ids.error();
        return ids.value().front();
    }
    cd::Result<qint64> faceConsent(qint64 subjectId, std::optional<cd::Guardian> guardian = std::nullopt)
    {
        return consent(subjectId, face, faceNotice, true, guardian);
    }

    // The console's id of a vendor's zone (0 when unknown).
    qint64 zoneId(const QString &vendorCode, const QString &zoneKey)
    {
        auto vendor = cd::CameraInventory(officer()).vendorByCode(vendorCode);
        if (!vendor)
            return 0;
        auto zones = cd::CameraInventory(officer()).zones(vendor->id);
        if (!zones)
            return 0;
        for (const cd::ZoneRecord &z : zones.value()) {
            if (z.key == zoneKey)
                return z.id;
        }
        return 0;
    }

    qint64 faceDataHolders()
    {
        auto n = cd::CameraCounts(officer()).faceDataHolders();
        return n ? n.value() : -1;
    }
};

// --- The simulated vendor's own store, read directly from its data directory ---------------------

// The ids of the items the simulated vendor holds about `subject`, as CameraVendorPlugin.h and
// CaptureStore define them: "<subject>/<file>" per image, "templates/<subject>.tpl" for the template.
inline QStringList simvendorItemIds(const QString &vendorDir, const QString &subject)
{
    QStringList ids;
    const QDir captures(vendorDir + QStringLiteral("/captures/") + subject);
    for (const QString &f : captures.entryList({QStringLiteral("*.img")}, QDir::Files))
        ids << subject + QLatin1Char('/') + f;
    if (QFile::exists(vendorDir + QStringLiteral("/templates/") + subject + QStringLiteral(".tpl")))
        ids << QStringLiteral("templates/") + subject + QStringLiteral(".tpl");
    return ids;
}

// Every file under `dir` whose name matches one of `patterns`, recursively.
inline qint64 countFiles(const QString &dir, const QStringList &patterns)
{
    qint64 n = 0;
    QDirIterator it(dir, patterns, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

// Hex SHA-256 over the ids sorted bytewise, each followed by "\n" (empty input for no ids).
inline QString erasureDigestHex(const QStringList &ids)
{
    std::vector<QByteArray> sorted;
    for (const QString &id : ids)
        sorted.push_back(id.toUtf8());
    std::sort(sorted.begin(), sorted.end());
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QByteArray &id : sorted)
        h.addData(id + '\n');
    return QString::fromLatin1(h.result().toHex());
}

// --- Plugin-host processes started by this test --------------------------------------------------

// Live children of this process whose command name is the plugin host's ("consentdesk-plu", the
// kernel keeps 15 characters) or `comm` when given.
inline QList<qint64> childPids(const QByteArray &comm = QByteArrayLiteral("consentdesk-plu"))
{
    QList<qint64> out;
    const qint64 self = ::getpid();
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &e : entries) {
        bool isPid = false;
        const qint64 pid = e.toLongLong(&isPid);
        if (!isPid)
            continue;
        const QByteArray stat = cdtest::readFile(QStringLiteral("/proc/%1/stat").arg(pid));
        // "pid (comm) state ppid ...": comm may hold spaces or parentheses, so cut at the last ')'.
        const qsizetype open = stat.indexOf('('), close = stat.lastIndexOf(')');
        if (open < 0 || close < open)
            continue;
        const QByteArray name = stat.mid(open + 1, close - open - 1);
        const QList<QByteArray> rest = stat.mid(close + 2).split(' ');
        if (rest.size() < 2 || rest[0] == "Z" || rest[1].toLongLong() != self)
            continue;
        if (name == comm.left(15))
            out << pid;
    }
    return out;
}
inline QList<qint64> hostPids() { return childPids(); }

// Reads every readable mapping of a process (ptrace access: it must be this test's child) and
// reports, for each needle, whether it occurs anywhere.
struct MemoryScan {
    qint64 bytesRead = 0;
    int regions = 0;
    QString error;
    QList<bool> found;
};

inline MemoryScan scanProcessMemory(qint64 pid, const QList<QByteArray> &needles)
{
    MemoryScan scan;
    scan.found = QList<bool>(needles.size(), false);
    qsizetype longest = 1;
    for (const QByteArray &n : needles)
        longest = qMax(longest, n.size());
    const QByteArray maps = cdtest::readFile(QStringLiteral("/proc/%1/maps").arg(pid));
    if (maps.isEmpty()) {
        scan.error = QStringLiteral("cannot read maps");
        return scan;
    }
    const int fd = ::open(QByteArray("/proc/" + QByteArray::number(pid) + "/mem").constData(), O_RDONLY);
    if (fd < 0) {
        scan.error = QStringLiteral("cannot open mem");
        return scan;
    }
    constexpr qint64 kChunk = 1 << 20;
    QByteArray buffer;
    for (const QByteArray &line : maps.split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() < 2 || !f[1].startsWith('r'))
            continue;
        if (line.contains("[vvar") || line.contains("[vsyscall]"))
            continue;  // kernel pages that cannot be read this way
        const QList<QByteArray> range = f[0].split('-');
        bool ok1 = false, ok2 = false;
        const quint64 start = range.value(0).toULongLong(&ok1, 16), end = range.value(1).toULongLong(&ok2, 16);
        if (!ok1 || !ok2 || end <= start || end > quint64(std::numeric_limits<qint64>::max()))
            continue;
#if defined(__SANITIZE_ADDRESS__) && defined(__x86_64__)
        // The host is built like this test. AddressSanitizer's shadow (x86-64: [0x7fff8000,
        // 0x10007fff8000)) holds one state byte per 8 bytes of memory, never the data itself, and
        // spans terabytes that would take hours to read.
        if (start >= 0x7fff8000ULL && end <= 0x10007fff8000ULL)
            continue;
#endif
        ++scan.regions;
        QByteArray tail;  // the end of the previous chunk, so a needle across chunks is found
        for (quint64 at = start; at < end;) {
            const qint64 want = qMin<qint64>(kChunk, qint64(end - at));
            buffer.resize(want);
            const ssize_t got = ::pread(fd, buffer.data(), size_t(want), off_t(at));
            if (got <= 0)
                break;
            buffer.resize(got);
            scan.bytesRead += got;
            const QByteArray window = tail + buffer;
            for (qsizetype i = 0; i < needles.size(); ++i) {
                if (!scan.found[i] && window.contains(needles[i]))
                    scan.found[i] = true;
            }
            tail = buffer.right(longest - 1);
            at += quint64(got);
        }
    }
    ::close(fd);
    return scan;
}

} // namespace cdptest
