#include "Records.h"
#include "core/crypto/Crypto.h"

#include <QCoreApplication>

namespace cd {

QString noticeHash(const QString &textZh, const QString &textEn)
{
    return crypto::sha256Hex((QStringLiteral("zh:") + textZh + QStringLiteral("\nen:") + textEn).toUtf8());
}

QString ageBandId(AgeBand band)
{
    switch (band) {
    case AgeBand::Under14: return QStringLiteral("under14");
    case AgeBand::From14To17: return QStringLiteral("14to17");
    case AgeBand::Adult: return QStringLiteral("adult");
    case AgeBand::Unknown: break;
    }
    return {};
}

AgeBand ageBandFromId(const QString &id)
{
    for (AgeBand b : {AgeBand::Under14, AgeBand::From14To17, AgeBand::Adult}) {
        if (ageBandId(b) == id)
            return b;
    }
    return AgeBand::Unknown;
}

QString ageBandDisplayName(AgeBand band)
{
    switch (band) {
    case AgeBand::Under14: return QCoreApplication::translate("cd::Records", "Under 14");
    case AgeBand::From14To17: return QCoreApplication::translate("cd::Records", "14 to 17");
    case AgeBand::Adult: return QCoreApplication::translate("cd::Records", "18 or older");
    case AgeBand::Unknown: break;
    }
    return QCoreApplication::translate("cd::Records", "Unknown", "age band");
}

QString maskName(const QString &name)
{
    const QString t = name.trimmed();
    if (t.isEmpty())
        return {};
    // First character, then one star per hidden character (at least one, at most three).
    const qsizetype stars = qBound(qsizetype(1), t.size() - 1, qsizetype(3));
    return t.left(1) + QString(stars, QLatin1Char('*'));
}

QString maskPhone(const QString &phone)
{
    const QString t = phone.trimmed();
    if (t.size() <= 4)
        return QString(t.size(), QLatin1Char('*'));
    if (t.size() < 8)
        return QString(t.size() - 2, QLatin1Char('*')) + t.right(2);
    return t.left(3) + QString(t.size() - 7, QLatin1Char('*')) + t.right(4);
}

bool isUnder14(const SubjectInput &s, const QDate &onDate)
{
    if (s.birthDate && s.birthDate->isValid()) {
        const QDate fourteenth = s.birthDate->addYears(14);
        return onDate < fourteenth;
    }
    return s.ageBand == AgeBand::Under14;
}

bool isUnder14(const QString &birthDateIso, const QString &ageBandIdText, bool storedMinor, const QDate &onDate)
{
    SubjectInput age;
    const QDate birth = QDate::fromString(birthDateIso, Qt::ISODate);
    if (birth.isValid())
        age.birthDate = birth;
    age.ageBand = ageBandFromId(ageBandIdText);
    if (!age.birthDate && age.ageBand == AgeBand::Unknown)
        return storedMinor;
    return isUnder14(age, onDate);
}

QString methodId(ConsentMethod m)
{
    switch (m) {
    case ConsentMethod::CounterTablet: return QStringLiteral("counter_tablet");
    case ConsentMethod::PaperForm: return QStringLiteral("paper_form");
    case ConsentMethod::Kiosk: return QStringLiteral("kiosk");
    }
    return {};
}

std::optional<ConsentMethod> methodFromId(const QString &id)
{
    for (ConsentMethod m : {ConsentMethod::CounterTablet, ConsentMethod::PaperForm, ConsentMethod::Kiosk}) {
        if (methodId(m) == id)
            return m;
    }
    return std::nullopt;
}

QString methodDisplayName(ConsentMethod m)
{
    switch (m) {
    case ConsentMethod::CounterTablet: return QCoreApplication::translate("cd::Records", "Counter tablet");
    case ConsentMethod::PaperForm: return QCoreApplication::translate("cd::Records", "Paper form");
    case ConsentMethod::Kiosk: return QCoreApplication::translate("cd::Records", "Kiosk");
    }
    return {};
}

QString statusId(ConsentStatus s)
{
    switch (s) {
    case ConsentStatus::Granted: return QStringLiteral("granted");
    case ConsentStatus::Withdrawn: return QStringLiteral("withdrawn");
    case ConsentStatus::Expired: return QStringLiteral("expired");
    case ConsentStatus::Superseded: return QStringLiteral("superseded");
    }
    return {};
}

std::optional<ConsentStatus> statusFromId(const QString &id)
{
    for (ConsentStatus s : {ConsentStatus::Granted, ConsentStatus::Withdrawn, ConsentStatus::Expired,
                            ConsentStatus::Superseded}) {
        if (statusId(s) == id)
            return s;
    }
    return std::nullopt;
}

QString statusDisplayName(ConsentStatus s)
{
    switch (s) {
    case ConsentStatus::Granted: return QCoreApplication::translate("cd::Records", "Granted", "consent status");
    case ConsentStatus::Withdrawn: return QCoreApplication::translate("cd::Records", "Withdrawn", "consent status");
    case ConsentStatus::Expired: return QCoreApplication::translate("cd::Records", "Expired", "consent status");
    case ConsentStatus::Superseded: return QCoreApplication::translate("cd::Records", "Superseded", "consent status");
    }
    return {};
}

} // namespace cd
