#pragma once
// What every crash test checks after a kill, whatever the writer was doing: the file is a sound
// database, both ledgers verify, and no erasure is recorded without its receipt. Each returns an
// empty string when all holds, else what broke (ids and counts, never personal data).
#include "core/access/Session.h"
#include "core/ledgers/Ledgers.h"
#include "core/store/Database.h"

#include <QByteArray>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QThread>

namespace cdtest {

// A positive integer from the environment, else `fallback` (iterations, seeds).
inline int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

// CONSENTDESK_CRASH_SEED replays a run; otherwise a fresh seed that the test prints.
inline quint32 crashSeed()
{
    return quint32(envInt("CONSENTDESK_CRASH_SEED", int(QRandomGenerator::system()->bounded(1, 1 << 30))));
}

// The complete lines a killed writer printed: a last line cut off by the kill was never reported.
inline QList<QByteArray> completeLines(const QByteArray &out)
{
    QList<QByteArray> lines = out.split('\n');
    lines.removeLast();
    return lines;
}

// PRAGMA integrity_check is "ok" and both ledgers verify (the call the console and CLI use).
inline QByteArray storeSound(cd::Session &s)
{
    auto q = s.db().query("PRAGMA integrity_check");
    if (auto r = q.single(); !r)
        return "integrity_check failed to run: " + r.error().message.toUtf8();
    if (q.text(0) != QLatin1String("ok"))
        return "integrity_check: " + q.text(0).toUtf8();
    auto ledgers = cd::verifyLedgers(s);
    if (!ledgers)
        return "verifyLedgers: " + ledgers.error().message.toUtf8();
    for (const cd::LedgerCheck &c : ledgers.value()) {
        if (!c.result.ok)
            return cd::ledgerId(c.kind).toUtf8() + " ledger: " + c.result.reason.toUtf8();
    }
    return {};
}

// "No erasure is recorded without its receipt", both ways round: every vendor row of the
// deletion log carries a receipt and a digest and belongs to a vendor job closed with that same
// receipt; every closed job has its receipt and exactly one deletion-log row; a pending job has
// none. A closed erasure job has also ended the subject's enrolment at that vendor.
inline QByteArray erasuresHaveReceipts(cd::Database &db)
{
    struct Check {
        const char *what;
        const char *sql;  // counts the rows that break the rule
    };
    static const Check checks[] = {
        {"vendor deletion-log rows without a receipt or digest",
         "SELECT count(*) FROM deletion_log WHERE location <> 'local' AND (receipt_id = '' OR length(digest) <> 64)"},
        {"vendor deletion-log rows without a job closed by their receipt",
         "SELECT count(*) FROM deletion_log d WHERE d.location <> 'local' AND NOT EXISTS (SELECT 1 FROM vendor_jobs j "
         "JOIN vendors v ON v.id = j.vendor_id WHERE j.state = 'done' AND j.receipt_id = d.receipt_id AND v.code = "
         "d.location)"},
        {"closed vendor jobs without a receipt",
         "SELECT count(*) FROM vendor_jobs WHERE state = 'done' AND (coalesce(receipt_id, '') = '' OR done_at IS NULL)"},
        {"closed vendor jobs without exactly one deletion-log row",
         "SELECT count(*) FROM vendor_jobs j JOIN vendors v ON v.id = j.vendor_id WHERE j.state = 'done' AND "
         "(SELECT count(*) FROM deletion_log d WHERE d.location = v.code AND d.receipt_id = j.receipt_id) <> 1"},
        {"pending vendor jobs that carry a receipt",
         "SELECT count(*) FROM vendor_jobs WHERE state = 'pending' AND (receipt_id IS NOT NULL OR done_at IS NOT NULL)"},
        {"closed erasures whose enrolment is still active",
         "SELECT count(*) FROM vendor_jobs j JOIN enrollments e ON e.subject_id = j.subject_id AND e.vendor_id = "
         "j.vendor_id WHERE j.state = 'done' AND j.op = 'erase-subject' AND e.ended_at IS NULL AND e.enrolled_at <= "
         "j.done_at"},
    };
    for (const Check &c : checks) {
        auto n = db.queryInt(c.sql);
        if (!n)
            return QByteArray(c.what) + ": " + n.error().message.toUtf8();
        if (n.value() != 0)
            return QByteArray::number(n.value()) + " " + c.what;
    }
    return {};
}

inline QByteArray soundAfterKill(cd::Session &s)
{
    QByteArray e = storeSound(s);
    return e.isEmpty() ? erasuresHaveReceipts(s.db()) : e;
}

// A killed writer's plugin hosts are orphans, not our children: they quit when their socket
// closes. Waits until no process works in `dataRoot` any more, so that the next writer's host
// does not share the vendor's files with a dying one. False if one is still there after 10 s.
inline bool waitForHostsGone(const QString &dataRoot)
{
    const QByteArray needle = QFile::encodeName(dataRoot);
    QElapsedTimer t;
    t.start();
    for (;;) {
        bool found = false;
        const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &pid : entries) {
            if (!pid.front().isDigit())
                continue;
            QFile f(QStringLiteral("/proc/%1/cmdline").arg(pid));
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle)) {
                found = true;
                break;
            }
        }
        if (!found)
            return true;
        if (t.elapsed() > 10000)
            return false;
        QThread::msleep(10);
    }
}

} // namespace cdtest
