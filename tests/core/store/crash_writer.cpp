// Helper for tst_crash: unlocks a prepared store and registers consents until it is killed.
// Usage: crash_writer <database> <user>, passphrase on the first line of stdin.
// After each registration that returned success it prints "OK <consentId>" and flushes, so the
// test knows exactly which consents the program was told were saved.
#include "core/consent/ConsentService.h"
#include "core/consent/PurposeService.h"
#include "core/consent/StoreService.h"
#include "core/consent/SubjectService.h"
#include "core/access/Vault.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace {

int fail(const char *what, const cd::Error &e)
{
    // Error messages never hold personal data; the code is enough to tell what happened.
    std::fprintf(stderr, "ERR %s code=%d %s\n", what, int(e.code), e.message.toUtf8().constData());
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: crash_writer <database> <user>  (passphrase on stdin)\n");
        return 2;
    }
    QTextStream in(stdin);
    const QString passphrase = in.readLine();

    auto unlocked = cd::Vault::unlock(args.at(1), args.at(2), passphrase);
    if (!unlocked)
        return fail("unlock", unlocked.error());
    cd::Session &session = *unlocked.value();
    if (session.currentStoreId() == 0) {
        auto stores = cd::StoreService(session).list();
        if (!stores || stores.value().empty())
            return fail("store", stores ? cd::makeError(cd::ErrorCode::NotFound, QStringLiteral("no store"))
                                        : stores.error());
        session.setCurrentStoreId(stores.value().front().id);
    }
    auto purpose = cd::PurposeService(session).findByCode(QStringLiteral("crash-test"));
    if (!purpose)
        return fail("purpose", purpose.error());
    auto notice = cd::PurposeService(session).currentNotice(purpose.value().id);
    if (!notice)
        return fail("notice", notice.error());

    cd::SubjectService subjects(session);
    cd::ConsentService consents(session);
    for (quint64 i = 0;; ++i) {
        cd::SubjectInput s;  // synthetic
        s.name = QStringLiteral("合成%1").arg(i);
        s.phone = QStringLiteral("1370%1").arg(i % 10000000, 7, 10, QLatin1Char('0'));
        s.ageBand = cd::AgeBand::Adult;
        auto subject = subjects.create(s);
        if (!subject)
            return fail("subject", subject.error());
        cd::RegistrationInput r;
        r.subjectId = subject.value().id;
        r.purposes.push_back(cd::PurposeConsent{purpose.value().id, notice.value().id, false});
        auto ids = consents.registerConsent(r);
        if (!ids)
            return fail("register", ids.error());
        for (qint64 id : ids.value())
            std::printf("OK %lld\n", static_cast<long long>(id));
        std::fflush(stdout);
    }
}
