// plugins list|check, camera list|mode|sign|enroll, vendor erase|settings, jobs run: the camera vendors
// from a script or a timer. Vendor plugins run in their own host processes, as in the console.
#include "app/cli/common/CliContext.h"
#include "app/cli/common/Commands.h"
#include "app/cli/common/Output.h"
#include "vendors/VendorManager.h"
#include "app/cli/retention/RetentionCommands.h"
#include "core/cameras/CameraCounts.h"
#include "core/cameras/CameraInventory.h"
#include "core/cameras/CameraSigns.h"
#include "core/cameras/VendorErasures.h"
#include "core/cameras/VendorSettings.h"
#include "core/consent/ConsentService.h"
#include "core/access/Session.h"
#include "core/consent/SubjectService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace cd::cli {

namespace {

class CameraCommands {
    Q_DECLARE_TR_FUNCTIONS(cd::cli::CameraCommands)
public:
    static VendorManagerOptions options(const Context &ctx)
    {
        return VendorManagerOptions::defaultsFor(ctx.databasePath());
    }

    // With the plugin settings the store keeps (vendor settings set); unreadable ones are left out
    // and the plugin then starts without them, as it would have before any were set.
    static VendorManagerOptions options(const Context &ctx, Session &session)
    {
        VendorManagerOptions o = options(ctx);
        if (auto stored = VendorSettings(session).all())
            o.settings = withStoredSettings(o.settings, stored.value());
        return o;
    }

    // "vendor/item" → (vendor, item)
    static std::optional<std::pair<QString, QString>> splitRef(const QString &ref)
    {
        const qsizetype slash = ref.indexOf(QLatin1Char('/'));
        if (slash <= 0 || slash == ref.size() - 1)
            return std::nullopt;
        return std::make_pair(ref.left(slash), ref.mid(slash + 1));
    }

    static int pluginsList(Context &ctx, const ParsedArgs &)
    {
        const auto checks = VendorManager::checkPlugins(options(ctx).pluginDirs);
        return printChecks(ctx, checks, {});
    }

    // `containment`: per vendor, what its running host reported (plugins check only).
    static int printChecks(Context &ctx, const std::vector<PluginCheck> &checks, const QHash<QString, QString> &health,
                           const QHash<QString, QString> &containment = {})
    {
        bool allOk = true;
        QJsonArray json;
        QList<QStringList> rows;
        for (const PluginCheck &c : checks) {
            const QString state = c.ok ? health.value(c.info.id, tr("valid")) : tr("refused: %1").arg(c.error);
            allOk = allOk && c.ok && (health.isEmpty() || health.value(c.info.id) == vendorHealthDisplayName(VendorHealth::Ready));
            json.append(QJsonObject{{QStringLiteral("file"), c.file}, {QStringLiteral("ok"), c.ok},
                                    {QStringLiteral("vendor"), c.info.id}, {QStringLiteral("name"), c.info.name},
                                    {QStringLiteral("version"), c.info.version}, {QStringLiteral("state"), state},
                                    {QStringLiteral("error"), c.error},
                                    {QStringLiteral("containment"), containment.value(c.info.id)}});
            rows.append({c.info.id, c.info.name, c.info.version, state, c.file});
            if (!containment.isEmpty())
                rows.back().insert(4, containment.value(c.info.id));
        }
        if (ctx.json())
            out::printJson({{QStringLiteral("plugins"), json}});
        else if (rows.isEmpty())
            out::print(tr("No camera-vendor plugins were found in: %1").arg(options(ctx).pluginDirs.join(QStringLiteral(", "))));
        else
            out::print(out::table(containment.isEmpty()
                                      ? QStringList{tr("Vendor"), tr("Name"), tr("Version"), tr("State"), tr("File")}
                                      : QStringList{tr("Vendor"), tr("Name"), tr("Version"), tr("State"),
                                                    tr("Containment", "of a vendor plugin host process"), tr("File")},
                                  rows));
        return allOk ? ExitOk : ExitFailed;
    }

    static int pluginsCheck(Context &ctx, const ParsedArgs &)
    {
        auto session = ctx.unlock();
        if (!session)
            return ctx.fail(session.error());
        VendorManager vendors(*session.value(), options(ctx, *session.value()));
        vendors.startAll();
        QHash<QString, QString> health, containment;
        for (VendorHost *h : vendors.hosts()) {
            if (h->health() == VendorHealth::Ready)
                containment.insert(h->info().id, h->containmentSummary());
            auto ping = h->callSync(QStringLiteral("ping"));
            const QString id = h->health() == VendorHealth::Ready ? h->info().id : QString();
            QString text = ping ? vendorHealthDisplayName(h->health()) : ping.error().message;
            for (const PluginCheck &c : vendors.checks()) {
                if (c.file == h->config().pluginPath)
                    health.insert(c.info.id, h->lastError().isEmpty() || ping ? text : h->lastError());
            }
        }
        return printChecks(ctx, vendors.checks(), health, containment);
    }

    // The modes as the command line spells them, from the one mapping (core/domain/CameraMode.h).
    static QString modeChoices(const QString &separator = QStringLiteral(", "))
    {
        QStringList ids;
        for (CameraMode m : {CameraMode::Off, CameraMode::CountOnly, CameraMode::IdentifyConsented})
            ids << cameraModeId(m);
        return ids.join(separator);
    }

    static int cameraList(Context &ctx, const ParsedArgs &)
    {
        auto session = ctx.unlock();
        if (!session)
            return ctx.fail(session.error());
        VendorManager vendors(*session.value(), options(ctx, *session.value()));
        vendors.startAll();
        CameraInventory inventory(*session.value());
        auto devices = inventory.devices();
        auto zones = inventory.zones();
        auto holders = CameraCounts(*session.value()).faceDataHolders();
        if (!devices || !zones || !holders)
            return ctx.fail(!devices ? devices.error() : !zones ? zones.error() : holders.error());
        QHash<qint64, bool> signed_;
        for (const ZoneRecord &z : zones.value())
            signed_.insert(z.id, z.currentSign.has_value());
        QJsonArray json;
        QList<QStringList> rows;
        for (const DeviceRecord &d : devices.value()) {
            json.append(QJsonObject{{QStringLiteral("vendor"), d.vendorCode}, {QStringLiteral("device"), d.key},
                                    {QStringLiteral("name"), d.name}, {QStringLiteral("zone"), d.zoneKey},
                                    {QStringLiteral("mode"), cameraModeId(d.mode)}, {QStringLiteral("signPosted"), signed_.value(d.zoneId)},
                                    {QStringLiteral("reason"), d.modeReason}});
            rows.append({d.vendorCode + QLatin1Char('/') + d.key, d.name, d.zoneKey, cameraModeId(d.mode),
                         out::yesNo(signed_.value(d.zoneId)), d.modeReason});
        }
        if (ctx.json()) {
            out::printJson({{QStringLiteral("devices"), json}, {QStringLiteral("faceDataHolders"), holders.value()}});
        } else {
            out::print(out::table({tr("Camera"), tr("Name"), tr("Zone"), tr("Mode"), tr("Sign posted"), tr("Reason")}, rows));
            out::print(tr("People whose face data a vendor holds: %1").arg(holders.value()));
        }
        return ExitOk;
    }

    static int cameraMode(Context &ctx, const ParsedArgs &args)
    {
        const QString cmd = QStringLiteral("camera mode");
        const auto ref = splitRef(args.positionals().value(0));
        if (!ref)
            return ctx.fail(usageError(tr("Name the camera as VENDOR/DEVICE, e.g. simvendor/cam-entrance-1."), cmd));
        const auto mode = cameraModeFromId(args.positionals().value(1));
        if (!mode)
            return ctx.fail(usageError(tr("Unknown camera mode %1: use %2.").arg(args.positionals().value(1), modeChoices()), cmd));
        auto session = ctx.unlock();
        if (!session)
            return ctx.fail(session.error());
        VendorManager vendors(*session.value(), options(ctx, *session.value()));
        vendors.startAll();
        auto r = vendors.setMode(ref->first, ref->second, *mode, args.value(QStringLiteral("reason")));
        if (!r)
            return ctx.fail(r.error());
        out::print(tr("Camera %1 is now in mode %2.").arg(args.positionals().value(0), args.positionals().value(1)));
        return ExitOk;
    }

    static int cameraSign(Context &ctx, const ParsedArgs &args)
    {
        const QString cmd = QStringLiteral("camera sign");
        const auto ref = splitRef(args.value(QStringLiteral("zone")));
        if (!ref || !args.has(QStringLiteral("photo")) || !args.has(QStringLiteral("description")))
            return ctx.fail(usageError(tr("Give --zone VENDOR/ZONE, --description TEXT and --photo FILE."), cmd));
        QFile photo(args.value(QStringLiteral("photo")));
        if (!photo.open(QIODevice::ReadOnly))
            return ctx.fail(makeError(ErrorCode::NotFound, tr("The photo %1 cannot be read.").arg(photo.fileName())));
        auto session = ctx.unlock();
        if (!session)
            return ctx.fail(session.error());
        CameraInventory inventory(*session.value());
        auto zones = inventory.zones();
        if (!zones)
            return ctx.fail(zones.error());
        for (const ZoneRecord &z : zones.value()) {
            auto vendor = inventory.vendorByCode(ref->first);
            if (vendor && z.vendorId == vendor->id && z.key == ref->second) {
                auto sign = CameraSigns(*session.value()).addSign(z.id, args.value(QStringLiteral("description")), 0, photo.readAll());
                if (!sign)
                    return ctx.fail(sign.error());
                out::print(tr("Sign record %1 added for zone %2.").arg(sign->id).arg(args.value(QStringLiteral("zone"))));
                return ExitOk;
            }
        }
        return ctx.fail(makeError(ErrorCode::NotFound,
                                  tr("There is no zone %1; run \"camera list\" once so the console learns the vendor's zones.")
                                      .arg(args.value(QStringLiteral("zone")))));
    }

    static int cameraEnroll(Context &ctx, const ParsedArgs &)
    {
        auto session = ctx.unlock();
        if (!session)
            return ctx.fail(session.error());
        VendorManager vendors(*session.value(), options(ctx, *session.value()));
        vendors.startAll();
        auto n = vendors.enrollAllConsented();
        if (!n)
            return ctx.fail(n.error());
        out::print(tr("Customers enrolled: %1").arg(n.value()));
        return ExitOk;
    }

    static int vendorErase(Context &ctx, const ParsedArgs &args)
    {
        const QString cmd = QStringLiteral("vendor erase");
        if (!args.has(QStringLiteral("subject")))
            return ctx.fail(usageError(tr("Name the customer with --subject PSEUDONYM."), cmd));
        auto session = ctx.unlock();
        if (!session)
            return ctx.fail(session.error());
        Session &s = *session.value();
        auto subject = SubjectService(s).findByPseudonym(args.value(QStringLiteral("subject")));
        if (!subject)
            return ctx.fail(subject.error());
        qint64 vendorId = 0;
        if (args.has(QStringLiteral("vendor"))) {
            auto v = CameraInventory(s).vendorByCode(args.value(QStringLiteral("vendor")));
            if (!v)
                return ctx.fail(v.error());
            vendorId = v->id;
        }
        auto queued = VendorErasures(s).enqueueErase(subject->id, vendorId, QStringLiteral("manual"), QStringLiteral("cli"));
        if (!queued)
            return ctx.fail(queued.error());
        return runJobs(ctx, s);
    }

    static int jobsRun(Context &ctx, const ParsedArgs &)
    {
        auto session = ctx.unlock();
        if (!session)
            return ctx.fail(session.error());
        // The sweep first (it expires consents, then queues purges and erasures by the retention
        // rules); the same run then carries out every vendor job owed. Refused before anything
        // runs for a role that may not run jobs: one audit row, nothing else written.
        auto swept = RetentionService(*session.value()).sweep(false);
        if (!swept)
            return ctx.fail(swept.error());
        if (!ctx.json())
            out::print(sweepText(swept.value()));
        return runJobs(ctx, *session.value(), sweepJson(swept.value()));
    }

    static int runJobs(Context &ctx, Session &s, const QJsonObject &sweep = {})
    {
        VendorManager vendors(s, options(ctx, s));
        vendors.startAll();
        auto done = vendors.runDueJobs(true);
        if (!done)
            return ctx.fail(done.error());
        auto pending = VendorErasures(s).pendingJobs(false);
        if (!pending)
            return ctx.fail(pending.error());
        QJsonArray json;
        QList<QStringList> rows;
        for (const VendorJob &j : pending.value()) {
            json.append(QJsonObject{{QStringLiteral("vendor"), j.vendorCode}, {QStringLiteral("subject"), j.pseudonym},
                                    {QStringLiteral("attempts"), j.attempts}, {QStringLiteral("error"), j.lastError}});
            rows.append({j.vendorCode, j.pseudonym, QString::number(j.attempts), j.lastError});
        }
        if (ctx.json()) {
            QJsonObject o{{QStringLiteral("completed"), done.value()}, {QStringLiteral("pending"), json}};
            if (!sweep.isEmpty())
                o.insert(QStringLiteral("sweep"), sweep);
            out::printJson(o);
        } else {
            out::print(tr("Vendor jobs confirmed with a receipt: %1").arg(done.value()));
            if (!rows.isEmpty())
                out::print(tr("Still pending (retried with back-off):\n%1")
                               .arg(out::table({tr("Vendor"), tr("Customer"), tr("Attempts"), tr("Last error")}, rows)));
        }
        return pending->empty() ? ExitOk : ExitFailed;
    }

    static int showVendorSettings(Context &ctx, const ParsedArgs &args)
    {
        auto session = ctx.unlock();
        if (!session)
            return ctx.fail(session.error());
        const QString code = args.positionals().value(0);
        auto settings = VendorSettings(*session.value()).get(code);
        if (!settings)
            return ctx.fail(settings.error());
        if (ctx.json())
            out::printJson({{QStringLiteral("vendor"), code}, {QStringLiteral("settings"), settings.value()}});
        else if (settings->isEmpty())
            out::print(tr("No settings are stored for vendor %1.").arg(code));
        else
            out::print(QString::fromUtf8(QJsonDocument(settings.value()).toJson(QJsonDocument::Indented)).trimmed());
        return ExitOk;
    }

    // Without --file: what is stored. With it: checked, then tried out in the vendor's own plugin
    // host (its initialise() must accept them), and only then stored: a store is not left with
    // settings its plugin refuses.
    static int vendorSettings(Context &ctx, const ParsedArgs &args)
    {
        const QString code = args.positionals().value(0);
        if (!args.has(QStringLiteral("file")))
            return showVendorSettings(ctx, args);
        QFile file(args.value(QStringLiteral("file")));
        if (!file.open(QIODevice::ReadOnly))
            return ctx.fail(makeError(ErrorCode::NotFound, tr("The settings file %1 cannot be read.").arg(file.fileName())));
        auto settings = VendorSettings::parse(file.read(VendorSettings::kMaxBytes + 1));
        if (!settings)
            return ctx.fail(settings.error());
        if (auto checked = VendorSettings::check(code, settings.value()); !checked)
            return ctx.fail(checked.error());
        auto session = ctx.unlock();
        if (!session)
            return ctx.fail(session.error());
        // Before the try: sourcePaths open files to the vendor's code, so only an officer may try.
        if (auto allowed = session.value()->require(Permission::ManageCameras, QStringLiteral("camera.vendor_settings")); !allowed)
            return ctx.fail(allowed.error());
        if (!settings->isEmpty()) {
            VendorManagerOptions o = options(ctx, *session.value());
            o.settings.insert(code, settings.value());
            VendorManager vendors(*session.value(), o);
            vendors.startAll();
            VendorHost *h = vendors.host(code);
            if (!h)
                return ctx.fail(makeError(ErrorCode::NotFound,
                                          tr("No plugin of vendor %1 is installed (see \"plugins list\").").arg(code)));
            if (h->health() != VendorHealth::Ready)
                return ctx.fail(makeError(ErrorCode::Invalid, tr("The plugin of vendor %1 refuses these settings: %2")
                                                                  .arg(code, h->lastError())));
        }
        if (auto stored = VendorSettings(*session.value()).set(code, settings.value()); !stored)
            return ctx.fail(stored.error());
        out::print(settings->isEmpty() ? tr("The settings of vendor %1 were removed.").arg(code)
                                       : tr("The settings of vendor %1 were stored; its plugin accepted them. They "
                                            "take effect when the console next starts the vendor.")
                                             .arg(code));
        return ExitOk;
    }
};

} // namespace

std::vector<Command> cameraCommands()
{
    return {
        {{QStringLiteral("plugins list"), QString(),
          CameraCommands::tr("List the camera-vendor plugins found and whether their metadata is valid. No plugin code runs."),
          {}, {}, 0, 0},
         &CameraCommands::pluginsList},
        {{QStringLiteral("plugins check"), QString(),
          CameraCommands::tr("Start every valid plugin in its own host process and check that it answers. Exit code 1 when "
                "any plugin is refused or does not answer."),
          {}, {}, 0, 0},
         &CameraCommands::pluginsCheck},
        {{QStringLiteral("camera list"), QString(),
          CameraCommands::tr("List the cameras of every vendor with their zone, mode and whether a sign is posted."), {}, {}, 0, 0},
         &CameraCommands::cameraList},
        {{QStringLiteral("camera mode"), QStringLiteral("VENDOR/DEVICE %1 --reason TEXT").arg(CameraCommands::modeChoices(QStringLiteral("|"))),
          CameraCommands::tr("Change what a camera may do. %1 needs a current sign record for the zone.")
              .arg(cameraModeId(CameraMode::IdentifyConsented)),
          {}, {{QStringLiteral("reason"), QStringLiteral("TEXT"), CameraCommands::tr("Why; recorded in the audit log. Required.")}}, 2, 2},
         &CameraCommands::cameraMode},
        {{QStringLiteral("camera sign"), QString(),
          CameraCommands::tr("Record the sign posted at a zone, with a photo of it."), {},
          {{QStringLiteral("zone"), QStringLiteral("VENDOR/ZONE"), CameraCommands::tr("The zone, e.g. simvendor/entrance.")},
           {QStringLiteral("description"), QStringLiteral("TEXT"), CameraCommands::tr("What the sign says and where it hangs.")},
           {QStringLiteral("photo"), QStringLiteral("FILE"), CameraCommands::tr("A photo of the posted sign.")}},
          0, 0},
         &CameraCommands::cameraSign},
        {{QStringLiteral("camera enroll"), QString(),
          CameraCommands::tr("Enroll, at every running vendor, the customers whose separate consent to face recognition is valid."),
          {}, {}, 0, 0},
         &CameraCommands::cameraEnroll},
        {{QStringLiteral("vendor erase"), QString(),
          CameraCommands::tr("Erase a customer's data at the vendors now and record the receipts in the deletion log."), {},
          {{QStringLiteral("subject"), QStringLiteral("PSEUDONYM"), CameraCommands::tr("The customer's id (S-…).")},
           {QStringLiteral("vendor"), QStringLiteral("CODE"), CameraCommands::tr("Only this vendor (default: every vendor).")}},
          0, 0},
         &CameraCommands::vendorErase},
        {{QStringLiteral("vendor settings"), QStringLiteral("VENDOR [--file FILE]"),
          CameraCommands::tr("Show the settings stored for a vendor's plugin (its cameras, streams or video files), or "
                             "store new ones from a JSON file (docs/edgecount.md for the counting plugin's). New "
                             "settings are checked, tried in the vendor's plugin host and stored only when the plugin "
                             "accepts them; audited. {} removes them."),
          {}, {{QStringLiteral("file"), QStringLiteral("FILE"), CameraCommands::tr("The new settings, one JSON object.")}}, 1, 1},
         &CameraCommands::vendorSettings},
        {{QStringLiteral("jobs run"), QString(),
          CameraCommands::tr("Run the timed jobs: the retention sweep (expire consents whose time is up, erase what is "
                "due, queue the vendors' purges and erasures), then carry out every vendor job owed, and list what "
                "is still pending. For the timer (resources/systemd), as the jobs role. Exit code 1 while any "
                "vendor job is pending."),
          {}, {}, 0, 0},
         &CameraCommands::jobsRun},
    };
}

} // namespace cd::cli
