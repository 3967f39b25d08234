#include "ReviewStep.h"

#include "core/i18n/Language.h"
#include "core/access/Session.h"

#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {
constexpr int kShortHashLength = 12;

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style=\"padding-right: 12px;\"><b>") + label.toHtmlEscaped()
        + QStringLiteral("</b></td><td>") + value.toHtmlEscaped() + QStringLiteral("</td></tr>");
}
} // namespace

ReviewStep::ReviewStep(cd::Session &session, QWidget *parent) : RegisterStep(parent), m_session(session)
{
    setObjectName(QStringLiteral("reviewStep"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel;
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_summary = new QTextBrowser;
    m_summary->setObjectName(QStringLiteral("reviewView"));
    m_summary->setOpenLinks(false);
    QFont f = m_summary->font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_summary->setFont(f);
    layout->addWidget(m_summary, 1);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("registerErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);
    retranslateUi();
}

QString ReviewStep::title() const { return tr("Review and register"); }

bool ReviewStep::hasSomethingToRegister(const RegistrationDraft &draft)
{
    return !draft.purposesToRegister().empty();
}

void ReviewStep::enter(const RegistrationDraft &draft)
{
    m_draft = draft;
    showError(hasSomethingToRegister(draft)
                  ? QString()
                  : tr("Nothing to register: the only purpose chosen needs separate consent, which the customer "
                       "did not give. Go back to change the choice, or cancel."));
    render();
}

bool ReviewStep::commit(RegistrationDraft &) { return hasSomethingToRegister(m_draft); }

void ReviewStep::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ReviewStep::render()
{
    const RegistrationDraft &d = m_draft;
    const bool zh = cd::i18n::isChinese();
    QString html = QStringLiteral("<h3>") + tr("Customer").toHtmlEscaped() + QStringLiteral("</h3><table>");
    if (d.newSubject) {
        html += row(tr("New customer:"), d.subject.name);
        html += row(tr("Phone:"), d.subject.phone.isEmpty() ? tr("not given") : d.subject.phone);
        if (d.subject.birthDate)
            html += row(tr("Birth date:"), d.subject.birthDate->toString(Qt::ISODate));
        else
            html += row(tr("Age group:"), cd::ageBandDisplayName(d.subject.ageBand));
    } else {
        html += row(tr("Existing customer:"), d.existingLabel);
    }
    if (d.under14 && d.guardian) {
        html += row(tr("Guardian:"), tr("%1 (%2), consents on the child's behalf")
                                         .arg(d.guardian->name,
                                              d.guardian->relation == QLatin1String("parent") ? tr("parent")
                                                                                              : tr("guardian")));
    }
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h3>") + tr("Consent to register").toHtmlEscaped() + QStringLiteral("</h3><ul>");
    for (const cd::Purpose &p : d.purposesToRegister()) {
        QString line = p.displayName(zh);
        const auto n = d.notices.find(p.id);
        if (n != d.notices.end())
            line += QStringLiteral(" — ")
                + tr("notice v%1 (%2)").arg(n->second.version).arg(n->second.sha256.left(kShortHashLength));
        if (p.separateConsentRequired)
            line += QStringLiteral(" — ") + tr("separate consent for face data given");
        html += QStringLiteral("<li>") + line.toHtmlEscaped() + QStringLiteral("</li>");
    }
    html += QStringLiteral("</ul>");
    const auto dropped = d.droppedPurposes();
    if (!dropped.empty()) {
        html += QStringLiteral("<h3>") + tr("Not registered").toHtmlEscaped() + QStringLiteral("</h3><ul>");
        for (const cd::Purpose &p : dropped) {
            html += QStringLiteral("<li>")
                + (p.displayName(zh) + QStringLiteral(" — ") + tr("no separate consent for face data")).toHtmlEscaped()
                + QStringLiteral("</li>");
        }
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<table>");
    html += row(tr("Consent given by:"), cd::methodDisplayName(d.method));
    html += row(tr("Recorded by:"), m_session.user().displayName.isEmpty() ? m_session.user().name
                                                                           : m_session.user().displayName);
    html += QStringLiteral("</table>");
    m_summary->setHtml(html);
}

void ReviewStep::retranslateUi()
{
    m_intro->setText(tr("Check the details with the customer, then press Register. Nothing is saved before that."));
    render();
}
