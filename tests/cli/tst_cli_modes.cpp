// Face data is not world-readable: with umask 022 in the parent, every file and directory that
// consentdesk-cli and the plugin host it starts create — the database, the .keys file, the
// checkpoints, the vendor's data directory with its templates, captures and logs, the local
// socket, anything written under HOME or TMPDIR — ends up readable and writable by the user only.
#include "tests/support/CliFixture.h"

#include "core/demo/DemoData.h"

#include <QDirIterator>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

class TestCliModes : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_root;    // everything the programs create is under here; walked at the end
    QString m_inputs;  // what the test itself writes (passphrase, sign photo): not walked
    mode_t m_oldUmask = 0;

    QString db() const { return m_root + QStringLiteral("/data/demo.cdb"); }

    clitest::CliRun cli(const QStringList &args) const
    {
        // A home, data, config, cache and temp directory inside the walked tree, so that whatever
        // the program writes there is checked too; nothing else of this environment is inherited.
        QProcessEnvironment env;
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        for (const auto &[name, sub] : {std::pair{"HOME", "home"}, std::pair{"XDG_CONFIG_HOME", "home/.config"},
                                        std::pair{"XDG_DATA_HOME", "home/.local/share"},
                                        std::pair{"XDG_CACHE_HOME", "home/.cache"}, std::pair{"TMPDIR", "tmp"}})
            env.insert(QLatin1String(name), m_root + QLatin1Char('/') + QLatin1String(sub));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(clitest::cliPath(), args);
        clitest::CliRun run;
        if (!p.waitForStarted(10000))
            return run;
        p.closeWriteChannel();
        run.finished = p.waitForFinished(180000);
        run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        run.out = p.readAllStandardOutput();
        run.err = p.readAllStandardError();
        return run;
    }

    QStringList as(const QStringList &args) const
    {
        return QStringList{QStringLiteral("--db"), db(), QStringLiteral("--user"), QStringLiteral("officer"),
                           QStringLiteral("--passphrase-file"), m_inputs + QStringLiteral("/officer.pass")}
            + args;
    }

    // Every entry under `root` that group or others may read, write or enter, with its mode.
    static QStringList looseModes(const QString &root, int *walked)
    {
        QStringList loose;
        *walked = 0;
        QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            struct stat st {};
            if (::lstat(QFile::encodeName(path).constData(), &st) != 0 || S_ISLNK(st.st_mode))
                continue;
            ++*walked;
            if (st.st_mode & 077)
                loose << QStringLiteral("%1 %2").arg(st.st_mode & 07777, 4, 8, QLatin1Char('0')).arg(path.mid(root.size()));
        }
        return loose;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_root = m_dir.filePath(QStringLiteral("walked"));
        m_inputs = m_dir.filePath(QStringLiteral("inputs"));
        m_oldUmask = ::umask(022);  // what a login shell usually has; the programs must not rely on it
        for (const char *sub : {"walked/data/fresh", "walked/home", "walked/tmp", "inputs"})
            QVERIFY(QDir().mkpath(m_dir.filePath(QLatin1String(sub))));
        // The directories the test made are the test's: make them private, as a user's would be.
        for (const char *sub : {"walked", "walked/data", "walked/data/fresh", "walked/home", "walked/tmp"})
            QVERIFY(::chmod(QFile::encodeName(m_dir.filePath(QLatin1String(sub))).constData(), 0700) == 0);
        QVERIFY(clitest::writeFile(m_inputs + QStringLiteral("/officer.pass"),
                                   QByteArray(cd::demo::users().front().passphrase) + '\n'));
        QVERIFY(clitest::writeFile(m_inputs + QStringLiteral("/sign.png"), QByteArrayLiteral("a photo of the sign")));
    }

    void cleanupTestCase() { ::umask(m_oldUmask); }

    void walkerSeesALooseFile()
    {
        // The control: a file this test writes under umask 022 is 0644, and the walk reports it.
        const QString probe = m_root + QStringLiteral("/home/probe.txt");
        QVERIFY(clitest::writeFile(probe, "x"));
        int walked = 0;
        const QStringList loose = looseModes(m_root, &walked);
        QCOMPARE(loose, QStringList{QStringLiteral("0644 /home/probe.txt")});
        QVERIFY(QFile::remove(probe));
    }

    void everythingCreatedIsPrivate()
    {
        using clitest::CliRun;
        CliRun run = cli({QStringLiteral("--db"), db(), QStringLiteral("demo"), QStringLiteral("--subjects"), QStringLiteral("3")});
        QVERIFY2(run.exitCode == 0, run.all().toUtf8().constData());
        run = cli(as({QStringLiteral("plugins"), QStringLiteral("check")}));
        QVERIFY2(run.exitCode == 0, run.all().toUtf8().constData());
        run = cli(as({QStringLiteral("--json"), QStringLiteral("consent"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("Mode Tester"), QStringLiteral("--phone"), QStringLiteral("15500007777"),
                      QStringLiteral("--age-band"), QStringLiteral("adult"), QStringLiteral("--purpose"),
                      QStringLiteral("face-recognition"), QStringLiteral("--separate-consent")}));
        QVERIFY2(run.exitCode == 0, run.all().toUtf8().constData());
        const QString pseudonym = run.json().value(QStringLiteral("subject")).toString();
        QVERIFY(!pseudonym.isEmpty());
        run = cli(as({QStringLiteral("camera"), QStringLiteral("sign"), QStringLiteral("--zone"), QStringLiteral("simvendor/entrance"),
                      QStringLiteral("--description"), QStringLiteral("A3 poster"), QStringLiteral("--photo"),
                      m_inputs + QStringLiteral("/sign.png")}));
        QVERIFY2(run.exitCode == 0, run.all().toUtf8().constData());
        run = cli(as({QStringLiteral("camera"), QStringLiteral("mode"), QStringLiteral("simvendor/cam-entrance-1"),
                      QStringLiteral("identify-consented"), QStringLiteral("--reason"), QStringLiteral("members")}));
        QVERIFY2(run.exitCode == 0, run.all().toUtf8().constData());
        run = cli(as({QStringLiteral("camera"), QStringLiteral("enroll")}));
        QVERIFY2(run.exitCode == 0, run.all().toUtf8().constData());
        const QString vendorDir = db() + QStringLiteral(".vendors/simvendor");
        QVERIFY2(QFile::exists(vendorDir + QStringLiteral("/templates/") + pseudonym + QStringLiteral(".tpl")),
                 "the simulated vendor wrote no template");
        int walked = 0;
        QStringList loose = looseModes(m_root, &walked);  // while the template is still there
        QVERIFY2(loose.isEmpty(), qPrintable(loose.join(QLatin1Char('\n'))));

        run = cli(as({QStringLiteral("vendor"), QStringLiteral("erase"), QStringLiteral("--subject"), pseudonym}));
        QVERIFY2(run.exitCode == 0, run.all().toUtf8().constData());
        run = cli(as({QStringLiteral("jobs"), QStringLiteral("run")}));
        QVERIFY2(run.exitCode == 0, run.all().toUtf8().constData());
        run = cli({QStringLiteral("--db"), m_root + QStringLiteral("/data/fresh/store.cdb"), QStringLiteral("--user"),
                   QStringLiteral("boss"), QStringLiteral("--passphrase-file"), m_inputs + QStringLiteral("/officer.pass"),
                   QStringLiteral("init")});
        QVERIFY2(run.exitCode == 0, run.all().toUtf8().constData());

        loose = looseModes(m_root, &walked);
        QVERIFY2(loose.isEmpty(), qPrintable(loose.join(QLatin1Char('\n'))));
        // What the walk must have met, so that an empty result means something.
        for (const QString &made : {db(), db() + QStringLiteral(".keys"), vendorDir, vendorDir + QStringLiteral("/templates"),
                                    m_root + QStringLiteral("/data/fresh/store.cdb")})
            QVERIFY2(QFileInfo::exists(made), qPrintable(made));
        QVERIFY(walked >= 10);
    }
};

QTEST_GUILESS_MAIN(TestCliModes)
#include "tst_cli_modes.moc"
