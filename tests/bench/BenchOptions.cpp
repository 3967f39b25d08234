#include "BenchOptions.h"

#include <QCommandLineParser>

namespace bench {

namespace {

// A measurement name, or a group name, selects its group.
QString groupFor(const QString &name)
{
    static const std::pair<const char *, const char *> prefixes[] = {
        {"consent_insert_page", "pagesize"},
        {"consent_insert", "insert"},
        {"consent_register_single", "single"},
        {"subject_lookup", "lookup"},
        {"consents_page_first_rows", "model"},
        {"consent_withdraw", "withdraw"},
        {"unlock", "unlock"},
        {"peak_rss", "rss"},
        {"vendor_erase", "vendor"},
        {"host_roundtrip", "vendor"},
        {"ledger_verify", "ledger"},
        {"requests_page", "requests"},
        {"subject_package", "package"},
        {"retention_sweep", "retention"},
        {"dashboard_refresh", "dashboard"},
        {"evidence_export", "evidence"},
        {"edge_", "edge"},
    };
    if (BenchOptions::allGroups().contains(name))
        return name;
    for (const auto &[prefix, group] : prefixes) {
        if (name.startsWith(QLatin1String(prefix)))
            return QLatin1String(group);
    }
    return {};
}

} // namespace

QStringList BenchOptions::allGroups()
{
    return {QStringLiteral("insert"), QStringLiteral("single"), QStringLiteral("pagesize"), QStringLiteral("lookup"),
            QStringLiteral("withdraw"), QStringLiteral("model"),  QStringLiteral("unlock"), QStringLiteral("rss"),
            QStringLiteral("vendor"), QStringLiteral("ledger"), QStringLiteral("requests"),
            QStringLiteral("package"), QStringLiteral("retention"), QStringLiteral("edge"),
            QStringLiteral("dashboard"), QStringLiteral("evidence")};
}

std::optional<BenchOptions> parseOptions(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures ConsentDesk's encrypted store against the figures of issue 2. "
        "Works in a temporary directory and removes it."));
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("One JSON object per line on stdout."));
    const QCommandLineOption consents(QStringLiteral("consents"),
                                      QStringLiteral("Consents in the main dataset (default 1000000)."),
                                      QStringLiteral("N"));
    const QCommandLineOption quick(QStringLiteral("quick"),
                                   QStringLiteral("Small sizes for a CI smoke run (5000 consents)."));
    const QCommandLineOption dir(QStringLiteral("dir"),
                                 QStringLiteral("Work in a new directory under DIR instead of the system temp."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption only(QStringLiteral("only"),
                                  QStringLiteral("Run only these measurements or groups (%1), comma-separated.")
                                      .arg(BenchOptions::allGroups().join(QLatin1Char(','))),
                                  QStringLiteral("NAME,..."));
    const QCommandLineOption cacheMb(QStringLiteral("cache-mb"),
                                     QStringLiteral("Diagnosis: set PRAGMA cache_size to MB on every store "
                                                    "(default: leave the store layer's setting)."),
                                     QStringLiteral("MB"));
    const QCommandLineOption retention(QStringLiteral("retention-customers"),
                                       QStringLiteral("Customers in the retention sweep's store (default 1000000; "
                                                      "the same share of them is due)."),
                                       QStringLiteral("N"));
    parser.addOptions({json, consents, quick, dir, only, cacheMb, retention});
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (!parser.positionalArguments().isEmpty()) {
        *error = QStringLiteral("Unexpected argument: %1").arg(parser.positionalArguments().first());
        return std::nullopt;
    }

    BenchOptions o;
    o.json = parser.isSet(json);
    o.quick = parser.isSet(quick);
    if (o.quick) {
        o.consents = 5'000;
        o.pageSizeConsents = 5'000;
        o.singleRegistrations = 20;
        o.lookups = 1'000;
        o.withdrawals = 20;
        o.modelRuns = 5;
        o.unlockRuns = 3;
        o.vendorSubjects = 200;
        o.vendorCaptures = 10;
        o.vendorErasures = 10;
        o.pings = 500;
        o.ledgerEntries = 5'000;
        o.requests = 2'000;
        o.requestRuns = 3;
        o.packageCustomers = 500;
        o.packageRuns = 3;
        o.retentionCustomers = 10'000;
        o.retentionDue = 4'316;
        o.dashboardConsents = 5'000;
        o.dashboardRequests = 500;
        o.dashboardDeletions = 500;
        o.dashboardRuns = 2;
        o.evidenceConsents = 5'000;
        o.evidenceRequests = 500;
    }
    if (parser.isSet(consents)) {
        bool ok = false;
        o.consents = parser.value(consents).toLongLong(&ok);
        if (!ok || o.consents < 100) {
            *error = QStringLiteral("--consents needs a whole number of at least 100.");
            return std::nullopt;
        }
        o.pageSizeConsents = std::min(o.pageSizeConsents, o.consents);
    }
    if (parser.isSet(cacheMb)) {
        bool ok = false;
        o.cacheMb = parser.value(cacheMb).toInt(&ok);
        if (!ok || o.cacheMb <= 0) {
            *error = QStringLiteral("--cache-mb needs a positive whole number.");
            return std::nullopt;
        }
    }
    if (parser.isSet(retention)) {
        bool ok = false;
        const qint64 customers = parser.value(retention).toLongLong(&ok);
        if (!ok || customers < 100) {
            *error = QStringLiteral("--retention-customers needs a whole number of at least 100.");
            return std::nullopt;
        }
        // 431,623 of 1,000,000: the car maker's face images against a store of a million.
        o.retentionDue = customers * 431'623 / 1'000'000;
        o.retentionCustomers = customers;
    }
    o.dir = parser.value(dir);
    if (parser.isSet(only)) {
        for (const QString &name : parser.value(only).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString group = groupFor(name.trimmed());
            if (group.isEmpty()) {
                *error = QStringLiteral("Unknown measurement: %1").arg(name);
                return std::nullopt;
            }
            o.groups.insert(group);
        }
    } else {
        const QStringList all = BenchOptions::allGroups();
        o.groups = QSet<QString>(all.begin(), all.end());
        // The video takes its own minute or two and has no smaller size: --quick leaves it out
        // unless it is asked for with --only.
        if (o.quick)
            o.groups.remove(QStringLiteral("edge"));
    }
    return o;
}

} // namespace bench
