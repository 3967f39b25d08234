#include "NoticeStep.h"

#include "core/i18n/Language.h"
#include "core/consent/PurposeService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {
constexpr int kShortHashLength = 12;

QString paragraphs(const QString &text)
{
    return QStringLiteral("<p style=\"white-space: pre-wrap;\">") + text.toHtmlEscaped() + QStringLiteral("</p>");
}
} // namespace

NoticeStep::NoticeStep(cd::Session &session, QWidget *parent) : RegisterStep(parent), m_session(session)
{
    setObjectName(QStringLiteral("noticeStep"));
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    m_intro = new QLabel;
    m_intro->setWordWrap(true);
    top->addWidget(m_intro, 1);
    m_languageLabel = new QLabel;
    m_languageCombo = new QComboBox;
    m_languageCombo->setObjectName(QStringLiteral("noticeLanguageCombo"));
    // Each language named in itself, so a customer can find their own.
    m_languageCombo->addItem(QStringLiteral("中文"), QStringLiteral("zh"));
    m_languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageLabel->setBuddy(m_languageCombo);
    top->addWidget(m_languageLabel);
    top->addWidget(m_languageCombo);
    layout->addLayout(top);

    m_view = new QTextBrowser;
    m_view->setObjectName(QStringLiteral("noticeView"));
    m_view->setReadOnly(true);
    m_view->setOpenLinks(false);
    QFont large = m_view->font();
    large.setPointSize(kNoticePointSize);
    m_view->setFont(large);
    m_view->document()->setDefaultFont(large);
    layout->addWidget(m_view, 1);

    m_agreeCheck = new QCheckBox;
    m_agreeCheck->setObjectName(QStringLiteral("noticeAgreeCheck"));
    QFont bold = m_agreeCheck->font();
    bold.setBold(true);
    m_agreeCheck->setFont(bold);
    layout->addWidget(m_agreeCheck);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("noticeError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);

    connect(m_languageCombo, &QComboBox::currentIndexChanged, this, &NoticeStep::render);
    connect(m_agreeCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            setError({});
    });
    setTabOrder(m_view, m_agreeCheck);
    retranslateUi();
}

bool NoticeStep::showChinese() const
{
    return m_languageCombo->currentData().toString() == QLatin1String("zh");
}

void NoticeStep::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString NoticeStep::title() const { return tr("Notice"); }

void NoticeStep::enter(const RegistrationDraft &draft)
{
    m_purposes = draft.purposes;
    m_notices.clear();
    m_loadErrors.clear();
    cd::PurposeService service(m_session);
    QStringList key;
    for (const cd::Purpose &p : m_purposes) {
        auto notice = service.currentNotice(p.id);
        if (!notice) {
            m_loadErrors << p.displayName(cd::i18n::isChinese()) + QStringLiteral(": ") + notice.error().message;
            continue;
        }
        key << QString::number(notice->id);
        m_notices.emplace(p.id, std::move(notice).value());
    }
    // Agreement covers exactly the texts shown: a different set of notices must be agreed again.
    const QString shownKey = key.join(QLatin1Char(','));
    if (shownKey != m_shownKey) {
        m_shownKey = shownKey;
        m_agreeCheck->setChecked(false);
        const QSignalBlocker blocker(m_languageCombo);
        m_languageCombo->setCurrentIndex(cd::i18n::isChinese() ? 0 : 1);
    }
    render();
    setError(m_loadErrors.join(QLatin1Char('\n')));
    m_agreeCheck->setFocus();
}

void NoticeStep::render()
{
    const bool zh = showChinese();
    QString html;
    for (const cd::Purpose &p : m_purposes) {
        const auto it = m_notices.find(p.id);
        if (it == m_notices.end())
            continue;
        const cd::NoticeVersion &n = it->second;
        html += QStringLiteral("<h3>") + p.displayName(zh).toHtmlEscaped() + QStringLiteral("</h3>");
        html += paragraphs(zh ? n.textZh : n.textEn);
        html += QStringLiteral("<p style=\"font-size: small; color: #555555;\">")
            + tr("Notice version %1 · fingerprint %2")
                  .arg(n.version)
                  .arg(n.sha256.left(kShortHashLength))
                  .toHtmlEscaped()
            + QStringLiteral("</p><hr/>");
    }
    m_view->setHtml(html);
    m_view->verticalScrollBar()->setValue(0);  // the customer reads from the top
}

bool NoticeStep::commit(RegistrationDraft &draft)
{
    if (!m_loadErrors.isEmpty()) {
        setError(m_loadErrors.join(QLatin1Char('\n')));
        return false;
    }
    if (!m_agreeCheck->isChecked()) {
        setError(tr("The customer must read the notice (or have it read to them) and agree before you go on."));
        m_agreeCheck->setFocus();
        return false;
    }
    draft.notices = m_notices;
    draft.noticeAgreed = true;
    setError({});
    return true;
}

void NoticeStep::retranslateUi()
{
    m_intro->setText(tr("Show this notice to the customer, or read it aloud. Consent is tied to this exact text."));
    m_languageLabel->setText(tr("&Language:", "language of the notice text"));
    m_agreeCheck->setText(tr("The customer has read (or was read) this notice and agrees"));
    render();
}
