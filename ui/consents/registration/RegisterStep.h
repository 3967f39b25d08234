#pragma once
// The steps of RegisterConsentDialog share one draft of the registration. Each step shows
// itself from the draft (enter) and, when the user goes on, checks its fields and writes them
// back (commit). A step that does not apply (no face purpose, an adult) is skipped.
#include "core/consent/RegistrationService.h"
#include "core/domain/Records.h"
#include "ui/common/Retranslate.h"

#include <QWidget>
#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <vector>

struct RegistrationDraft {
    // Subject: either a new one (created on Register) or an existing one found by search.
    bool newSubject = true;
    cd::SubjectInput subject;
    qint64 existingSubjectId = 0;
    QString existingLabel;  // pseudonym and masked name: what the review may show
    bool under14 = false;

    // Purposes chosen, in list order, and how consent is given.
    std::vector<cd::Purpose> purposes;
    cd::ConsentMethod method = cd::ConsentMethod::CounterTablet;

    // The notice version shown for each chosen purpose (by purpose id).
    std::map<qint64, cd::NoticeVersion> notices;
    bool noticeAgreed = false;

    // Purposes needing separate consent (Art. 29) that the customer separately agreed to.
    std::set<qint64> separateConsentGiven;

    std::optional<cd::Guardian> guardian;  // set when under 14 (Art. 31)

    bool needsSeparateConsentStep() const
    {
        return std::any_of(purposes.begin(), purposes.end(),
                           [](const cd::Purpose &p) { return p.separateConsentRequired; });
    }
    // The rule lives in core (RegistrationService.h): a face purpose without separate consent is
    // dropped from what Register records.
    bool isRegistered(const cd::Purpose &p) const { return cd::isRegisteredPurpose(p, separateConsentGiven); }
    std::vector<cd::Purpose> purposesToRegister() const { return cd::purposesToRegister(purposes, separateConsentGiven); }
    std::vector<cd::Purpose> droppedPurposes() const { return cd::droppedPurposes(purposes, separateConsentGiven); }
};

class RegisterStep : public QWidget {
    Q_OBJECT
public:
    explicit RegisterStep(QWidget *parent = nullptr) : QWidget(parent)
    {
        cd::gui::onLanguageChange(this, [this] { retranslateUi(); });
    }

    virtual QString title() const = 0;                       // translated, shown above the step
    virtual bool appliesTo(const RegistrationDraft &) const { return true; }
    virtual void enter(const RegistrationDraft &draft) = 0;  // about to be shown
    virtual bool commit(RegistrationDraft &draft) = 0;       // false: stay, messages shown inline
    virtual void retranslateUi() = 0;
};
