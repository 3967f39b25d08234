#pragma once
// Shared by the consentdesk-cli acceptance tests: runs the real binary with QProcess and builds
// real encrypted stores in a QTemporaryDir (keyslots with KdfLimits::minimum() for speed).
// Every name and phone number here is synthetic.
#include "ComplianceFixture.h"
#include "core/consent/ConsentService.h"
#include "core/consent/PurposeService.h"
#include "core/access/Session.h"
#include "core/consent/SubjectService.h"
#include "core/access/UserService.h"
#include "core/access/Vault.h"
#include "core/store/Database.h"
#include "StoreFixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <sys/stat.h>
#include "tests/support/NoticeItems.h"

namespace clitest {

inline QString cliPath() { return QStringLiteral(CONSENTDESK_BIN_DIR "/consentdesk-cli"); }

struct CliRun {
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QString all() const { return QString::fromUtf8(out + '\n' + err); }
};

// English messages whatever the machine's locale, so the tests can read them. The camera
// commands see the simulated vendor alone unless a test names the plugin directories itself.
inline QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    if (!env.contains(QStringLiteral("CONSENTDESK_PLUGIN_PATH")))
        env.insert(QStringLiteral("CONSENTDESK_PLUGIN_PATH"), QStringLiteral(CONSENTDESK_SIMVENDOR_ONLY_DIR));
    return env;
}

inline CliRun runProgram(const QString &program, const QStringList &args, const QByteArray &input = {},
                         int timeoutMs = 120000)
{
    CliRun run;
    QProcess p;
    p.setProcessEnvironment(cliEnvironment());
    QElapsedTimer timer;
    timer.start();
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return run;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();  // stdin is not a terminal: the cli reads passphrases from it
    run.finished = p.waitForFinished(timeoutMs);
    if (!run.finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    run.elapsedMs = timer.elapsed();
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

inline CliRun runCli(const QStringList &args, const QByteArray &input = {}, int timeoutMs = 120000)
{
    return runProgram(cliPath(), args, input, timeoutMs);
}

// The file helpers of the store fixture.
using cdtest::fileSha256;
using cdtest::readFile;
using cdtest::writeFile;

inline quint64 inodeOf(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? quint64(st.st_ino) : 0;
}

// What must not change when a command fails: same bytes, same file (not deleted and recreated).
struct FileFingerprint {
    QByteArray sha256;
    quint64 inode = 0;
    qint64 size = -1;
    static FileFingerprint of(const QString &path)
    {
        return {fileSha256(path), inodeOf(path), QFileInfo(path).size()};
    }
    bool operator==(const FileFingerprint &o) const = default;
};

// Same bytes, same inode, same size: not changed, not deleted and recreated.
#define CLI_VERIFY_UNCHANGED(path, before)                         \
    do {                                                           \
        const auto after_ = clitest::FileFingerprint::of(path);    \
        QCOMPARE(after_.sha256, (before).sha256);                  \
        QCOMPARE(after_.inode, (before).inode);                    \
        QCOMPARE(after_.size, (before).size);                      \
    } while (false)

using Account = cdtest::TestUser;
inline const QList<Account> &accounts() { return cdtest::testUsers(); }

// A store in `dir`: database at dir/data/store.cdb, passphrase files at dir/<user>.pass
// (outside the data directory, so the privacy scan sees only what the program wrote).
class TestStore {
public:
    explicit TestStore(const QString &dir) : m_dir(dir) {}

    QString dir() const { return m_dir; }
    QString dataDir() const { return m_dir + QStringLiteral("/data"); }
    QString dbPath() const { return dataDir() + QStringLiteral("/store.cdb"); }
    QString keysPath() const { return dbPath() + QStringLiteral(".keys"); }
    QString passFile(const QString &user) const { return m_dir + QLatin1Char('/') + user + QStringLiteral(".pass"); }
    cd::ManualClock &clock() { return m_base.clock; }
    QString recoveryCode() const { return m_base.recoveryCode; }

    // The arguments that sign `user` in from its passphrase file.
    QStringList as(const QString &user) const
    {
        return {QStringLiteral("--db"), dbPath(), QStringLiteral("--user"), user, QStringLiteral("--passphrase-file"),
                passFile(user)};
    }
    CliRun cli(const QString &user, const QStringList &args, const QByteArray &input = {}) const
    {
        return runCli(as(user) + args, input);
    }

    // Creates the store (the one store fixture, at dataDir()/store.cdb) with the test users and
    // two purposes: "visits" (plain) and "face-id" (sensitive, separate consent). `subjects`
    // synthetic customers, one consent each.
    bool create(int subjects = 0)
    {
        QDir().mkpath(dataDir());
        for (const Account &a : accounts())
            if (!writeFile(passFile(a.name), a.passphrase.toUtf8() + '\n'))
                return false;
        m_base.clock.set(QDateTime(QDate(2025, 7, 1), QTime(9, 0), Qt::UTC));
        QString e = m_base.createAt(dbPath());
        if (e.isEmpty())
            e = m_base.addTestUsers();
        if (!e.isEmpty()) {
            qWarning("create failed: %s", qPrintable(e));
            return false;
        }
        cd::Session &s = *m_base.officer;
        if (e = cdtest::addFaceRecords(s); !e.isEmpty()) {
            qWarning("create failed: %s", qPrintable(e));
            return false;
        }
        cd::PurposeService purposes(s);
        for (const auto &[code, sensitive] : {std::pair{"visits", false}, std::pair{"face-id", true}}) {
            cd::Purpose p;
            p.code = QLatin1String(code);
            p.nameZh = QStringLiteral("用途 ") + p.code;
            p.nameEn = QStringLiteral("Purpose ") + p.code;
            p.legalBasis = QStringLiteral("consent");
            p.dataCategories = sensitive ? QStringLiteral("face-image") : QStringLiteral("visit-count");
            p.sensitive = sensitive;
            p.separateConsentRequired = sensitive;
            p.retentionDays = 3650;
            if (!purposes.addWithNotice(p, QStringLiteral("通知 ") + p.code, QStringLiteral("Notice ") + p.code, cdtest::fullNoticeItems()))
                return false;
        }
        const bool ok = addSubjects(s, subjects);
        m_base.officer.reset();  // the CLI opens the store itself
        return ok;
    }

    bool addSubjects(cd::Session &s, int count, int firstNumber = 1)
    {
        if (count == 0)
            return true;
        auto visits = cd::PurposeService(s).findByCode(QStringLiteral("visits"));
        if (!visits)
            return false;
        auto notice = cd::PurposeService(s).currentNotice(visits->id);
        if (!notice)
            return false;
        cd::Transaction tx(s.db());
        if (!tx.begin())
            return false;
        for (int i = firstNumber; i < firstNumber + count; ++i) {
            cd::SubjectInput in;
            in.name = QStringLiteral("Synthetic Person %1").arg(i);
            in.phone = QStringLiteral("1550000%1").arg(i, 4, 10, QLatin1Char('0'));
            in.ageBand = cd::AgeBand::Adult;
            auto subject = cd::SubjectService(s).create(in);
            if (!subject)
                return false;
            cd::RegistrationInput reg;
            reg.subjectId = subject->id;
            reg.purposes.push_back({visits->id, notice->id, false});
            if (!cd::ConsentService(s).registerConsent(reg))
                return false;
            m_base.clock.advanceSecs(60);
        }
        return bool(tx.commit());
    }

    cd::Result<std::unique_ptr<cd::Session>> unlock(const QString &user = QStringLiteral("officer"))
    {
        for (const Account &a : accounts())
            if (a.name == user)
                return cd::Vault::unlock(dbPath(), user, a.passphrase, m_base.clock);
        return cd::makeError(cd::ErrorCode::UnknownUser, QStringLiteral("no such test account"));
    }

private:
    QString m_dir;
    cdtest::TestStore m_base;  // its clock and creation; the files live in m_dir
};

} // namespace clitest
