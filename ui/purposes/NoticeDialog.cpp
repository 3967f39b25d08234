#include "NoticeDialog.h"

#include "ui/common/Gui.h"
#include "core/i18n/Language.h"
#include "ui/common/Retranslate.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

NoticeDialog::NoticeDialog(const cd::Purpose &purpose, const std::optional<cd::NoticeVersion> &current,
                           const cd::NoticeItems &currentItems, cd::Clock &clock, QWidget *parent)
    : QDialog(parent), m_purpose(purpose), m_nextVersion(current ? current->version + 1 : 1)
{
    setObjectName(QStringLiteral("noticeDialog"));
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_warning = new QLabel(this);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #8a5a00;"));

    m_zhBox = new QGroupBox(this);
    m_zhEdit = new QPlainTextEdit(m_zhBox);
    m_zhEdit->setObjectName(QStringLiteral("textZhEdit"));
    m_zhEdit->setTabChangesFocus(true);
    (new QVBoxLayout(m_zhBox))->addWidget(m_zhEdit);
    m_enBox = new QGroupBox(this);
    m_enEdit = new QPlainTextEdit(m_enBox);
    m_enEdit->setObjectName(QStringLiteral("textEnEdit"));
    m_enEdit->setTabChangesFocus(true);
    (new QVBoxLayout(m_enBox))->addWidget(m_enEdit);
    if (current) {
        m_zhEdit->setPlainText(current->textZh);
        m_enEdit->setPlainText(current->textEn);
    }
    auto *texts = new QHBoxLayout;
    texts->addWidget(m_zhBox);
    texts->addWidget(m_enBox);

    // Only the items this purpose's notice needs: necessity and impact for sensitive data.
    m_itemsBox = new QGroupBox(this);
    m_itemsForm = new QFormLayout(m_itemsBox);
    for (cd::NoticeItem item : cd::requiredNoticeItems(purpose.sensitive)) {
        auto *edit = new QLineEdit(currentItems.value(cd::noticeItemId(item)), m_itemsBox);
        edit->setObjectName(QStringLiteral("noticeItem_") + cd::noticeItemId(item));
        auto *label = new QLabel(m_itemsBox);
        label->setBuddy(edit);
        m_itemsForm->addRow(label, edit);
        m_itemEdits.emplace_back(item, edit);
    }

    m_effectiveEdit = new QDateTimeEdit(QDateTime::fromMSecsSinceEpoch(clock.nowMs()).toLocalTime(), this);
    m_effectiveEdit->setObjectName(QStringLiteral("effectiveEdit"));
    m_effectiveEdit->setCalendarPopup(true);
    m_effectiveEdit->setTimeSpec(Qt::LocalTime);
    m_effectiveLabel = new QLabel(this);
    m_effectiveLabel->setBuddy(m_effectiveEdit);
    m_hashLabel = new QLabel(this);
    m_hashLabel->setObjectName(QStringLiteral("hashLabel"));
    m_hashLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hashLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *form = new QFormLayout;
    form->addRow(m_effectiveLabel, m_effectiveEdit);
    form->addRow(QString(), m_hashLabel);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NoticeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NoticeDialog::reject);
    connect(m_zhEdit, &QPlainTextEdit::textChanged, this, &NoticeDialog::updateHash);
    connect(m_enEdit, &QPlainTextEdit::textChanged, this, &NoticeDialog::updateHash);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_warning);
    layout->addLayout(texts, 1);
    layout->addWidget(m_itemsBox);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    setTabOrder(m_zhEdit, m_enEdit);
    QWidget *previous = m_enEdit;
    for (const auto &[item, edit] : m_itemEdits) {
        setTabOrder(previous, edit);
        previous = edit;
    }
    setTabOrder(previous, m_effectiveEdit);
    cd::gui::onLanguageChange(this, [this] { retranslateUi(); });
    retranslateUi();
    updateHash();
    resize(900, 760);
    m_zhEdit->setFocus();
}

QString NoticeDialog::textZh() const { return m_zhEdit->toPlainText().trimmed(); }
QString NoticeDialog::textEn() const { return m_enEdit->toPlainText().trimmed(); }
cd::NoticeItems NoticeDialog::items() const
{
    cd::NoticeItems items;
    for (const auto &[item, edit] : m_itemEdits)
        items.insert(cd::noticeItemId(item), edit->text().trimmed());
    return items;
}

qint64 NoticeDialog::effectiveAtMs() const { return m_effectiveEdit->dateTime().toMSecsSinceEpoch(); }

void NoticeDialog::updateHash()
{
    m_hashLabel->setText(QStringLiteral("SHA-256 %1").arg(cd::noticeHash(textZh(), textEn())));
}

void NoticeDialog::accept()
{
    if (textZh().isEmpty() || textEn().isEmpty()) {
        cd::gui::showError(this, windowTitle(), tr("Write the notice in Chinese and in English."));
        (textZh().isEmpty() ? m_zhEdit : m_enEdit)->setFocus();
        return;
    }
    if (m_apply) {
        QGuiApplication::setOverrideCursor(Qt::BusyCursor);
        const cd::Result<void> applied = m_apply(*this);
        QGuiApplication::restoreOverrideCursor();
        if (!applied.ok()) {
            cd::gui::showError(this, windowTitle(), applied.error());
            return;
        }
    }
    QDialog::accept();
}

void NoticeDialog::retranslateUi()
{
    setWindowTitle(tr("Publish notice version"));
    m_heading->setText(tr("Version %1 of the notice for \"%2\"")
                           .arg(m_nextVersion)
                           .arg(m_purpose.displayName(cd::i18n::isChinese())));
    m_warning->setText(tr("A published version can never be changed. Consents given under earlier versions "
                          "will need to be renewed with this text."));
    m_zhBox->setTitle(tr("Chinese text (what customers read first)"));
    m_enBox->setTitle(tr("English text"));
    m_itemsBox->setTitle(tr("What the notice states (each is required; PIPL Art. 17, 30)"));
    for (int row = 0; row < int(m_itemEdits.size()); ++row) {
        if (auto *label = qobject_cast<QLabel *>(m_itemsForm->itemAt(row, QFormLayout::LabelRole)->widget()))
            label->setText(cd::noticeItemDisplayName(m_itemEdits[size_t(row)].first) + QLatin1Char(':'));
    }
    m_effectiveLabel->setText(tr("&Takes effect:"));
    if (auto *ok = m_buttons->button(QDialogButtonBox::Ok))
        ok->setText(tr("&Publish"));
}
