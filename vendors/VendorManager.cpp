#include "VendorManager.h"
#include "vendor-sdk/VendorProtocol.h"
#include "core/ledgers/AuditLog.h"
#include "core/ledgers/DeletionLog.h"
#include "core/access/Session.h"
#include "core/compliance/ComplianceGate.h"
#include "core/requests/FulfilmentService.h"

#include <QDir>
#include <QFileInfo>
#include <QPluginLoader>

namespace cd {

namespace {


Error vendorUnavailable(const QString &code)
{
    return makeError(ErrorCode::Failed, QCoreApplication::translate("cd::VendorManager", "The camera vendor %1 is not running.").arg(code));
}

Error stoppedEarly()
{
    return makeError(ErrorCode::Failed, QCoreApplication::translate("cd::VendorManager", "Stopped because the console was locked; it is tried again later."));
}

Error badReply(const QString &what)
{
    return makeError(ErrorCode::Failed, QCoreApplication::translate("cd::VendorManager", "The vendor's reply to %1 is not valid.").arg(what));
}

} // namespace

VendorManagerOptions VendorManagerOptions::defaultsFor(const QString &databasePath)
{
    VendorManagerOptions o;
    // The same relative layout in the build tree and once installed: bin/ beside
    // lib/consentdesk/{consentdesk-plugin-host,plugins/}. Test programs in build/tests find it too.
    const QDir appDir(QCoreApplication::applicationDirPath());
    const QByteArray env = qgetenv("CONSENTDESK_PLUGIN_PATH");
    if (!env.isEmpty())
        o.pluginDirs = QString::fromLocal8Bit(env).split(QLatin1Char(':'), Qt::SkipEmptyParts);
    else
        o.pluginDirs = {QDir::cleanPath(appDir.filePath(QStringLiteral(CONSENTDESK_REL_PLUGINS)))};
    o.hostExecutable = QDir::cleanPath(appDir.filePath(QStringLiteral(CONSENTDESK_REL_LIBEXEC "/consentdesk-plugin-host")));
    o.dataRoot = databasePath + QStringLiteral(".vendors");
    return o;
}

VendorManager::VendorManager(Session &session, VendorManagerOptions options, QObject *parent)
    : QObject(parent), m_session(&session), m_options(std::move(options))
{
}

VendorManager::VendorManager(VendorManagerOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{
}

VendorManager::~VendorManager() = default;

std::vector<PluginCheck> VendorManager::checkPlugins(const QStringList &dirs)
{
    std::vector<PluginCheck> out;
    for (const QString &dir : dirs) {
        const QFileInfoList files = QDir(dir).entryInfoList({QStringLiteral("*.so")}, QDir::Files, QDir::Name);
        for (const QFileInfo &f : files) {
            PluginCheck c;
            c.file = f.canonicalFilePath();
            // metaData() reads the file; no plugin code runs in the console.
            const auto info = cdvendor::validateMetadata(QPluginLoader(c.file).metaData(), &c.error);
            c.ok = info.has_value();
            if (info)
                c.info = *info;
            out.push_back(c);
        }
    }
    return out;
}

void VendorManager::startAll(int waitMs)
{
    m_checks = checkPlugins(m_options.pluginDirs);
    for (const PluginCheck &c : m_checks) {
        if (!c.ok || host(c.info.id))
            continue;
        VendorHostConfig config;
        config.pluginPath = c.file;
        config.dataDir = m_options.dataRoot + QLatin1Char('/') + c.info.id;
        config.hostExecutable = m_options.hostExecutable;
        config.settings = m_options.settings;
        config.callTimeoutMs = m_options.callTimeoutMs;
        auto h = std::make_unique<VendorHost>(config);
        VendorHost *raw = h.get();
        connect(raw, &VendorHost::healthChanged, this, [this, raw](VendorHealth health) {
            if (health == VendorHealth::Ready) {
                if (m_session)
                    (void)sync(raw);
                else
                    emit syncNeeded(raw->info().id);
            }
            emit changed();
        });
        m_hosts.push_back(std::move(h));
        raw->start();
    }
    for (auto &h : m_hosts)
        h->waitUntilReady(waitMs);
}

std::vector<VendorHost *> VendorManager::hosts() const
{
    std::vector<VendorHost *> out;
    for (const auto &h : m_hosts)
        out.push_back(h.get());
    return out;
}

VendorHost *VendorManager::host(const QString &vendorCode) const
{
    for (const auto &h : m_hosts) {
        if (h->health() == VendorHealth::Ready ? h->info().id == vendorCode
                                                : QFileInfo(h->config().dataDir).fileName() == vendorCode)
            return h.get();
    }
    return nullptr;
}

void VendorManager::cancelCalls(const QString &why)
{
    for (auto &h : m_hosts)
        h->stop(why);
}

Result<void> VendorManager::syncVendor(const QString &vendorCode)
{
    VendorHost *h = host(vendorCode);
    if (!h || h->health() != VendorHealth::Ready)
        return {};  // gone again: it syncs when it is next ready
    return sync(h);
}

Result<qint64> VendorManager::vendorId(const QString &code)
{
    auto v = inventoryService().vendorByCode(code);
    if (!v)
        return v.error();
    return v->id;
}

Result<void> VendorManager::sync(VendorHost *h)
{
    const cdvendor::VendorInfo &info = h->info();
    // Recording zones and devices is a system job: a console whose role may not run jobs (staff,
    // auditor) only reads the record and pushes the recorded modes back; it writes nothing.
    const bool bookkeeping = roleAllows(m_session->user().role, Permission::RunJobs);
    auto vendor = bookkeeping ? inventoryService().upsertVendor(info.id, info.name, info.version,
                                                         QFileInfo(h->config().pluginPath).fileName(),
                                                         info.faceProcessing)
                              : inventoryService().vendorByCode(info.id);
    if (!vendor)
        return bookkeeping ? Result<void>(vendor.error()) : Result<void>();  // not recorded yet: nothing to push
    auto zoneReply = h->callSync(QStringLiteral("zones"));
    if (!zoneReply)
        return zoneReply.error();
    auto reply = h->callSync(QStringLiteral("devices"));
    if (!reply)
        return reply.error();
    auto zones = cdvendor::wire::zonesFrom(zoneReply.value());
    auto devices = cdvendor::wire::devicesFrom(reply.value());
    if (!zones || !devices)
        return badReply(QStringLiteral("zones/devices"));
    std::vector<std::pair<QString, QString>> zoneRows;
    for (const auto &z : *zones)
        zoneRows.emplace_back(z.id, z.name);
    std::vector<DeviceRecord> deviceRows;
    for (const auto &d : *devices)
        deviceRows.push_back(DeviceRecord{0, vendor->id, info.id, d.id, d.name, 0, d.zoneId,
                                          d.mode, 0, {}});
    if (bookkeeping)
        CD_TRY(inventoryService().syncInventory(vendor->id, zoneRows, deviceRows));
    // The console decides what each camera may do: a device that drifted is set back.
    auto recorded = inventoryService().devices(vendor->id);
    if (!recorded)
        return recorded.error();
    for (const DeviceRecord &r : recorded.value()) {
        for (const DeviceRecord &actual : deviceRows) {
            if (actual.key == r.key && actual.mode != r.mode) {
                auto set = h->callSync(QStringLiteral("setMode"), {{QStringLiteral("device"), r.key},
                                                                   {QStringLiteral("mode"), cameraModeId(r.mode)}});
                if (!set)
                    return set.error();
            }
        }
    }
    emit changed();
    return {};
}

Result<void> VendorManager::setMode(const QString &vendorCode, const QString &deviceKey, CameraMode mode,
                                    const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, QCoreApplication::translate("cd::VendorManager", "Give a reason for the change of mode; it goes into the audit log."));
    auto id = vendorId(vendorCode);
    if (!id)
        return id.error();
    auto device = inventoryService().device(id.value(), deviceKey);
    if (!device)
        return device.error();
    VendorHost *h = host(vendorCode);
    // What the plugin declares it can do comes before the store's own rules: no sign or consent
    // makes a people counter recognise anyone.
    if (h && h->health() == VendorHealth::Ready && !vendorOffersMode(h->info().capabilities, mode))
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("cd::VendorManager",
                                                     "Camera %1 cannot recognise faces: its vendor %2 declares that it "
                                                     "cannot identify anyone (it only counts people). Use count-only.")
                             .arg(device->name, h->info().name));
    CD_TRY(signs().checkModeAllowed(device.value(), mode));
    if (!h)
        return vendorUnavailable(vendorCode);
    auto reply = h->callSync(QStringLiteral("setMode"), {{QStringLiteral("device"), deviceKey},
                                                         {QStringLiteral("mode"), cameraModeId(mode)}});
    if (!reply)
        return reply.error();
    CD_TRY(signs().recordModeChange(device.value(), mode, reason.trimmed()));
    emit changed();
    return {};
}

Result<void> VendorManager::enroll(qint64 subjectId, const QString &vendorCode)
{
    auto consent = enrollments().enrollmentConsent(subjectId);
    if (!consent)
        return consent.error();
    auto pseudonym = enrollments().pseudonymOf(subjectId);
    if (!pseudonym)
        return pseudonym.error();
    auto id = vendorId(vendorCode);
    if (!id)
        return id.error();
    auto active = enrollments().activeEnrollments(id.value());
    if (!active)
        return active.error();
    for (const auto &[enrolled, name] : active.value()) {
        if (enrolled == subjectId)
            return {};  // already enrolled: nothing to do
    }
    VendorHost *h = host(vendorCode);
    if (!h)
        return vendorUnavailable(vendorCode);
    // No face goes to a vendor without a valid agreement naming where it processes them.
    auto vendor = inventoryService().vendorByCode(vendorCode);
    if (!vendor)
        return vendor.error();
    CD_TRY(ComplianceGate(*m_session).checkEnrolment(vendor.value()));
    // Only the pseudonym and the consent id cross to the vendor.
    auto reply = h->callSync(QStringLiteral("enroll"), {{QStringLiteral("subject"), pseudonym.value()},
                                                        {QStringLiteral("consent"), QString::number(consent.value())}});
    if (!reply)
        return reply.error();
    CD_TRY(enrollments().recordEnrollment(subjectId, id.value(), consent.value()));
    emit changed();
    return {};
}

Result<void> VendorManager::forEachReadyVendor(const std::function<Result<void>(VendorHost *, qint64)> &action)
{
    for (VendorHost *h : hosts()) {
        if (stopRequested())
            break;
        if (h->health() != VendorHealth::Ready)
            continue;
        auto id = vendorId(h->info().id);
        if (!id)
            return id.error();
        CD_TRY(action(h, id.value()));
    }
    return {};
}

Result<int> VendorManager::enforceCompliance()
{
    // Staff and auditor consoles leave it to the officer's and the jobs' consoles.
    const Role role = m_session->user().role;
    if (!roleAllows(role, Permission::RunJobs) && !roleAllows(role, Permission::ManageCameras))
        return 0;
    int dropped = 0;
    CD_TRY(forEachReadyVendor([&](VendorHost *h, qint64 id) -> Result<void> {
        auto n = signs().switchOffWhatLapsed(id);
        if (!n)
            return n.error();
        dropped += n.value();
        // Every round, not only after a change here: a push that failed earlier (a timeout, a
        // restart) must not leave the vendor recognising while the record says otherwise.
        return sync(h);
    }));
    if (dropped > 0)
        emit changed();
    return dropped;
}

Result<int> VendorManager::enrollAllConsented()
{
    // Once for the run, not once per waiting customer: a refusal is one audit row.
    CD_TRY(m_session->require(Permission::ManageCameras, QStringLiteral("camera.enroll")));
    int enrolled = 0;
    CD_TRY(forEachReadyVendor([&](VendorHost *h, qint64 id) -> Result<void> {
        if (!vendorOffersMode(h->info().capabilities, CameraMode::IdentifyConsented))
            return {};  // it recognises no one (a people counter): nobody is enrolled there
        // Without a valid agreement nobody is enrolled there: skipped quietly each round (the
        // dashboard names the gap), where an officer's single enrolment is refused and audited.
        auto vendor = inventoryService().vendorByCode(h->info().id);
        if (!vendor)
            return vendor.error();
        auto gaps = ComplianceGate(*m_session).vendorGaps(vendor.value());
        if (!gaps)
            return gaps.error();
        if (!gaps->empty())
            return {};
        auto waiting = enrollments().awaitingEnrollment(id);
        if (!waiting)
            return waiting.error();
        for (const auto &[subjectId, consentId] : waiting.value()) {
            if (stopRequested())
                break;  // the rest wait for the next round
            // One vendor refusing one subject must not hold up everyone else.
            if (auto r = enroll(subjectId, h->info().id); r)
                ++enrolled;
            else
                qCWarning(lcVendor, "enrolment at %s failed: %s", qPrintable(h->info().id),
                          qPrintable(r.error().message));
        }
        return {};
    }));
    return enrolled;
}

Result<cdvendor::SubjectInventory> VendorManager::inventory(const QString &vendorCode, const QString &pseudonym)
{
    VendorHost *h = host(vendorCode);
    if (!h)
        return vendorUnavailable(vendorCode);
    auto reply = h->callSync(QStringLiteral("inventory"), {{QStringLiteral("subject"), pseudonym}});
    if (!reply)
        return reply.error();
    auto inv = cdvendor::wire::inventoryFrom(reply.value());
    if (!inv)
        return badReply(QStringLiteral("inventory"));
    return *inv;
}

Result<QCborValue> VendorManager::simulate(const QString &vendorCode, const QDateTime &from, const QDateTime &to,
                                           const QJsonObject &params)
{
    VendorHost *h = host(vendorCode);
    if (!h)
        return vendorUnavailable(vendorCode);
    return h->callSync(QStringLiteral("simulate"), {{QStringLiteral("from"), from.toMSecsSinceEpoch()},
                                                    {QStringLiteral("to"), to.toMSecsSinceEpoch()},
                                                    {QStringLiteral("params"), QCborValue::fromJsonValue(params)}});
}

Result<void> VendorManager::runPurge(VendorHost *h, const VendorJob &job)
{
    auto reply = h->callSync(QStringLiteral("purge"), {{QStringLiteral("before"), job.purgeBefore}});
    if (!reply)
        return reply.error();
    auto receipt = cdvendor::wire::receiptFrom(reply.value());
    if (!receipt)
        return badReply(QStringLiteral("purge"));
    // The vendor's inventory is per subject: check that no enrolled subject (up to 100 of them,
    // a bounded number of calls) still has a capture older than the cut-off.
    auto enrolled = enrollments().activeEnrollments(job.vendorId);
    if (!enrolled)
        return enrolled.error();
    int checked = 0;
    for (const auto &[subjectId, pseudonym] : enrolled.value()) {
        if (stopRequested())
            return stoppedEarly();  // not checked: the purge stays owed
        if (++checked > 100)
            break;
        auto after = inventory(job.vendorCode, pseudonym);
        if (!after)
            return after.error();
        if (!after->countsByKind.isEmpty() && after->oldest.isValid()
            && after->oldest.toMSecsSinceEpoch() < job.purgeBefore)
            return makeError(ErrorCode::Failed, QCoreApplication::translate(
                                                    "cd::VendorManager",
                                                    "The vendor still holds captures older than the purge date."));
    }
    return erasures().completeJob(job, ErasureProof{receipt->receiptId, receipt->countsByKind,
                                                    QString::fromLatin1(receipt->digest.toHex())});
}

Result<void> VendorManager::runJob(VendorHost *h, const VendorJob &job)
{
    if (job.op == QLatin1String("purge-before"))
        return runPurge(h, job);
    // Take stock first, erase, then look again: the receipt must account for everything held,
    // and nothing may be left. Only then is the deletion recorded.
    auto before = inventory(job.vendorCode, job.pseudonym);
    if (!before)
        return before.error();
    auto unenrolled = h->callSync(QStringLiteral("unenroll"), {{QStringLiteral("subject"), job.pseudonym}});
    if (!unenrolled)
        return unenrolled.error();
    auto reply = h->callSync(QStringLiteral("erase"), {{QStringLiteral("subject"), job.pseudonym}});
    if (!reply)
        return reply.error();
    auto receipt = cdvendor::wire::receiptFrom(reply.value());
    if (!receipt)
        return badReply(QStringLiteral("erase"));
    for (auto it = before->countsByKind.cbegin(); it != before->countsByKind.cend(); ++it) {
        if (receipt->countsByKind.value(it.key()) < it.value()) {
            // The vendor may have erased anyway: keep its receipt on the record before retrying.
            CD_TRY(AuditLog::append(*m_session, QStringLiteral("vendor.erase-rejected"), QStringLiteral("subject"),
                                    job.pseudonym,
                                    QStringLiteral("vendor %1 receipt %2 counts %3 but held %4")
                                        .arg(job.vendorCode, receipt->receiptId,
                                             DeletionLog::formatCounts(receipt->countsByKind),
                                             DeletionLog::formatCounts(before->countsByKind))));
            return makeError(ErrorCode::Failed, QCoreApplication::translate("cd::VendorManager", "The vendor's receipt does not account for everything it held."));
        }
    }
    auto after = inventory(job.vendorCode, job.pseudonym);
    if (!after)
        return after.error();
    if (!after->countsByKind.isEmpty())
        return makeError(ErrorCode::Failed, QCoreApplication::translate("cd::VendorManager", "The vendor still holds data about the subject after erasing."));
    return erasures().completeJob(job, ErasureProof{receipt->receiptId, receipt->countsByKind,
                                                    QString::fromLatin1(receipt->digest.toHex())});
}

Result<int> VendorManager::runDueJobs(bool ignoreBackoff)
{
    // Once for the run: a role without RunJobs is refused with one audit row and writes nothing.
    CD_TRY(m_session->require(Permission::RunJobs, QStringLiteral("jobs.run")));
    auto jobs = erasures().pendingJobs(!ignoreBackoff, 1000);
    if (!jobs)
        return jobs.error();
    int completed = 0;
    for (const VendorJob &job : jobs.value()) {
        if (stopRequested())
            break;  // the rest stay owed for the next round
        VendorHost *h = host(job.vendorCode);
        Result<void> r = h ? runJob(h, job) : Result<void>(vendorUnavailable(job.vendorCode));
        if (r)
            ++completed;
        else
            CD_TRY(erasures().failJob(job, r.error().message));
    }
    // A request awaiting these receipts completes by itself once its last one is in (core decides).
    auto settled = FulfilmentService(*m_session).settleAwaitingVendors();
    if (!settled)
        return settled.error();
    if (!jobs->empty() || settled.value() > 0)
        emit changed();
    return completed;
}

Result<void> VendorManager::retireSign(qint64 signId)
{
    CD_TRY(signs().retireSign(signId));
    CD_TRY(forEachReadyVendor([this](VendorHost *h, qint64) { return sync(h); }));  // pushes the recorded modes
    emit changed();
    return {};
}

Result<int> VendorManager::pollVisitorCounts()
{
    // Storing counts is a system job; other consoles show what the jobs stored.
    if (!roleAllows(m_session->user().role, Permission::RunJobs))
        return 0;
    int stored = 0;
    CD_TRY(forEachReadyVendor([&](VendorHost *h, qint64 id) -> Result<void> {
        auto cursor = counts().countsCursor(id);
        if (!cursor)
            return cursor.error();
        auto reply = h->callSync(QStringLiteral("counts"), {{QStringLiteral("cursor"), cursor.value()},
                                                            {QStringLiteral("max"), 5000}});
        if (!reply)
            return reply.error();
        auto batch = cdvendor::wire::countsFrom(reply.value());
        if (!batch)
            return badReply(QStringLiteral("counts"));
        std::vector<VisitorCountRow> rows;
        for (const auto &c : batch->counts)
            rows.push_back(VisitorCountRow{h->info().id, c.zoneId, c.hourStart.toMSecsSinceEpoch(), c.visitors});
        CD_TRY(counts().storeVisitorCounts(id, rows));
        CD_TRY(counts().setCountsCursor(id, batch->nextCursor));
        stored += int(rows.size());
        return {};
    }));
    if (stored)
        emit changed();
    return stored;
}

std::vector<VendorOccupancy> VendorManager::currentOccupancy()
{
    std::vector<VendorOccupancy> out;
    for (VendorHost *h : hosts()) {
        if (stopRequested())
            break;
        if (h->health() != VendorHealth::Ready)
            continue;
        VendorOccupancy o;
        o.vendorCode = h->info().id;
        // Declared in the metadata, read before any vendor code ran: a vendor that does not
        // offer it is not asked.
        o.offered = h->info().capabilities.contains(QLatin1String(cdvendor::kOccupancyCapability));
        if (o.offered) {
            auto reply = h->callSync(QStringLiteral("occupancy"));
            const auto zones = reply ? cdvendor::wire::occupancyFrom(reply.value()) : std::nullopt;
            if (!reply)
                o.error = reply.error().message;
            else if (!zones)
                o.error = badReply(QStringLiteral("occupancy")).message;
            for (const cdvendor::ZoneOccupancy &z : zones.value_or(QList<cdvendor::ZoneOccupancy>{}))
                o.peopleByZone.insert(z.zoneId, z.people);
        }
        out.push_back(o);
    }
    return out;
}

} // namespace cd
