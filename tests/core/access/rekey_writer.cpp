// Helper for tst_rekey_crash: unlocks a prepared store as an officer and changes keys until it is
// killed. Usage: rekey_writer <database> <user> slots|rekey <round>, passphrase on stdin.
//   slots: adds users, changes its own passphrase, renews the recovery code (keyslot changes only)
//   rekey: adds a user and removes it again, resets the passphrase of "victim" (each a re-key)
// Before a change it prints "TRY <op> <arg>", after success "OK <op> <arg>", and during a re-key
// "P <pages done> <pages>", each line flushed: the test knows what was acknowledged and where
// the kill fell. Passphrases and codes here are test values, printed on purpose.
#include "core/access/UserService.h"
#include "core/access/Vault.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace {

int fail(const char *what, const cd::Error &e)
{
    std::fprintf(stderr, "ERR %s code=%d %s\n", what, int(e.code), e.message.toUtf8().constData());
    return 1;
}

void say(const char *tag, const char *op, const QString &arg)
{
    std::printf("%s %s %s\n", tag, op, arg.toUtf8().constData());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5 || (args.at(3) != QLatin1String("slots") && args.at(3) != QLatin1String("rekey"))) {
        std::fprintf(stderr, "usage: rekey_writer <database> <user> slots|rekey <round>  (passphrase on stdin)\n");
        return 2;
    }
    QTextStream in(stdin);
    QString passphrase = in.readLine();
    auto unlocked = cd::Vault::unlock(args.at(1), args.at(2), passphrase);
    if (!unlocked)
        return fail("unlock", unlocked.error());
    cd::UserService users(*unlocked.value());
    const bool rekey = args.at(3) == QLatin1String("rekey");
    const QString round = args.at(4);
    const auto kdf = cd::KdfLimits::minimum();
    auto progress = [](const QString &, qint64 done, qint64 total) {
        if (total > 0) {
            std::printf("P %lld %lld\n", static_cast<long long>(done), static_cast<long long>(total));
            std::fflush(stdout);
        }
    };

    for (int i = 0;; ++i) {
        const QString name = QStringLiteral("w%1x%2").arg(round).arg(i);
        const QString pass = QStringLiteral("pass-%1-%2").arg(round).arg(i);
        say("TRY", "add", name);
        if (auto r = users.add(name, name, cd::Role::Staff, pass, kdf); !r)
            return fail("add", r.error());
        say("OK", "add", name);
        if (rekey) {
            if (i % 3 == 2) {
                say("TRY", "reset", pass);
                if (auto r = users.resetPassphrase(QStringLiteral("victim"), pass, kdf, progress); !r)
                    return fail("reset", r.error());
                say("OK", "reset", pass);
            }
            say("TRY", "remove", name);
            if (auto r = users.remove(name, progress); !r)
                return fail("remove", r.error());
            say("OK", "remove", name);
        } else if (i % 2 == 0) {
            say("TRY", "passwd", pass);
            if (auto r = users.changeOwnPassphrase(passphrase, pass, kdf); !r)
                return fail("passwd", r.error());
            passphrase = pass;
            say("OK", "passwd", pass);
        } else {
            say("TRY", "recovery", QString());
            auto code = users.renewRecoveryCode(kdf);
            if (!code)
                return fail("recovery", code.error());
            say("OK", "recovery", code.value());
        }
    }
}
