#include "FaceConsentStep.h"

#include "core/i18n/Language.h"

#include <QCheckBox>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <algorithm>

namespace {
constexpr int kExplanationPointSize = 16;
}

FaceConsentStep::FaceConsentStep(QWidget *parent) : RegisterStep(parent)
{
    setObjectName(QStringLiteral("faceConsentStep"));
    auto *layout = new QVBoxLayout(this);

    m_explanation = new QTextBrowser;
    m_explanation->setObjectName(QStringLiteral("faceExplanationView"));
    m_explanation->setOpenLinks(false);
    QFont large = m_explanation->font();
    large.setPointSize(kExplanationPointSize);
    m_explanation->setFont(large);
    m_explanation->document()->setDefaultFont(large);
    layout->addWidget(m_explanation, 1);

    m_consentCheck = new QCheckBox;
    m_consentCheck->setObjectName(QStringLiteral("faceConsentCheck"));
    QFont bold = m_consentCheck->font();
    bold.setBold(true);
    m_consentCheck->setFont(bold);
    layout->addWidget(m_consentCheck);

    m_droppedNote = new QLabel;
    m_droppedNote->setObjectName(QStringLiteral("faceDroppedLabel"));
    m_droppedNote->setWordWrap(true);
    m_droppedNote->setStyleSheet(QStringLiteral("color: #8a5300;"));
    layout->addWidget(m_droppedNote);

    connect(m_consentCheck, &QCheckBox::toggled, this, &FaceConsentStep::updateDroppedNote);
    setTabOrder(m_explanation, m_consentCheck);
    retranslateUi();
}

std::vector<cd::Purpose> FaceConsentStep::facePurposes() const
{
    std::vector<cd::Purpose> out;
    for (const cd::Purpose &p : m_purposes) {
        if (p.separateConsentRequired)
            out.push_back(p);
    }
    return out;
}

bool FaceConsentStep::involvesFace() const
{
    const auto purposes = facePurposes();
    // Before the first enter() nothing is chosen yet: the usual case is face data.
    return purposes.empty() || std::any_of(purposes.begin(), purposes.end(), [](const cd::Purpose &p) {
        return p.dataCategories.contains(QLatin1String("face"), Qt::CaseInsensitive);
    });
}

QString FaceConsentStep::title() const
{
    return involvesFace() ? tr("Separate consent for face data") : tr("Separate consent for sensitive data");
}

bool FaceConsentStep::appliesTo(const RegistrationDraft &draft) const { return draft.needsSeparateConsentStep(); }

void FaceConsentStep::enter(const RegistrationDraft &draft)
{
    m_purposes = draft.purposes;
    bool allGiven = true;
    for (const cd::Purpose &p : facePurposes())
        allGiven = allGiven && draft.separateConsentGiven.count(p.id) > 0;
    // Never pre-ticked: separate consent is an act of the customer, not a default.
    m_consentCheck->setChecked(allGiven && !draft.separateConsentGiven.empty());
    retranslateUi();  // the wording depends on whether face data is involved
    m_consentCheck->setFocus();
}

bool FaceConsentStep::commit(RegistrationDraft &draft)
{
    for (const cd::Purpose &p : facePurposes()) {
        if (m_consentCheck->isChecked())
            draft.separateConsentGiven.insert(p.id);
        else
            draft.separateConsentGiven.erase(p.id);
    }
    return true;  // no separate consent only drops the face purposes
}

void FaceConsentStep::render()
{
    const bool zh = cd::i18n::isChinese();
    const auto purposes = facePurposes();
    const bool face = involvesFace();
    auto paragraph = [](const QString &lead, const QString &text) {
        return QStringLiteral("<p><b>") + lead.toHtmlEscaped() + QStringLiteral("</b> ") + text.toHtmlEscaped()
            + QStringLiteral("</p>");
    };
    QString html = QStringLiteral("<h3>")
        + (face ? tr("Face data is sensitive personal information") : tr("This is sensitive personal information"))
              .toHtmlEscaped()
        + QStringLiteral("</h3>");
    if (face) {
        html += paragraph(tr("What is collected:"),
                          tr("pictures of the customer's face taken by the store's cameras, and a face template: "
                             "numbers computed from those pictures that let the cameras recognise the customer on "
                             "a later visit."));
    }
    html += QStringLiteral("<p><b>") + tr("Why, and for how long:").toHtmlEscaped() + QStringLiteral("</b></p><ul>");
    for (const cd::Purpose &p : purposes) {
        // Face data is described above in words; other sensitive data by its categories.
        const bool isFace = p.dataCategories.contains(QLatin1String("face"), Qt::CaseInsensitive);
        const QString what = isFace ? QString() : QStringLiteral(" (") + p.dataCategories + QLatin1Char(')');
        html += QStringLiteral("<li>")
            + (p.displayName(zh) + what + QStringLiteral(" — ")
               + tr("kept for %n day(s), then deleted", nullptr, p.retentionDays))
                  .toHtmlEscaped()
            + QStringLiteral("</li>");
    }
    html += QStringLiteral("</ul>");
    html += paragraph(tr("The customer's choice:"),
                      tr("this consent is separate from the other purposes. Saying no changes nothing else. It can "
                         "be withdrawn at any time, just as easily: at the counter, by phone or online, and the data "
                         "is then deleted."));
    m_explanation->setHtml(html);
}

void FaceConsentStep::updateDroppedNote()
{
    QStringList names;
    for (const cd::Purpose &p : facePurposes())
        names << p.displayName(cd::i18n::isChinese());
    m_droppedNote->setText(tr("Without this consent, \"%1\" will not be registered. The other purposes are not "
                              "affected.")
                               .arg(names.join(QStringLiteral(", "))));
    m_droppedNote->setVisible(!m_consentCheck->isChecked());
}

void FaceConsentStep::retranslateUi()
{
    m_consentCheck->setText(involvesFace()
                                ? tr("The customer separately consents to the processing of their face data")
                                : tr("The customer separately consents to the processing of this sensitive data"));
    render();
    updateDroppedNote();
}
