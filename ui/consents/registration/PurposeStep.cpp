#include "PurposeStep.h"

#include "core/i18n/Language.h"
#include "core/consent/PurposeService.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSet>
#include <QVBoxLayout>

PurposeStep::PurposeStep(cd::Session &session, QWidget *parent) : RegisterStep(parent), m_session(session)
{
    setObjectName(QStringLiteral("purposeStep"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel;
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("purposeList"));
    m_list->setSpacing(4);
    QFont larger = m_list->font();  // easy to read and to tap on a counter tablet
    larger.setPointSizeF(larger.pointSizeF() * 1.25);
    m_list->setFont(larger);
    layout->addWidget(m_list, 1);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("purposeError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *methodRow = new QHBoxLayout;
    m_methodLabel = new QLabel;
    m_methodCombo = new QComboBox;
    m_methodCombo->setObjectName(QStringLiteral("methodCombo"));
    for (cd::ConsentMethod m : {cd::ConsentMethod::CounterTablet, cd::ConsentMethod::PaperForm, cd::ConsentMethod::Kiosk})
        m_methodCombo->addItem(QString(), cd::methodId(m));
    m_methodCombo->setCurrentIndex(0);  // the counter tablet is how most consents are given
    m_methodLabel->setBuddy(m_methodCombo);
    methodRow->addWidget(m_methodLabel);
    methodRow->addWidget(m_methodCombo);
    methodRow->addStretch();
    layout->addLayout(methodRow);

    connect(m_list, &QListWidget::itemChanged, this, [this] { setError({}); });

    loadPurposes();
    retranslateUi();
}

void PurposeStep::loadPurposes()
{
    cd::PurposeService service(m_session);
    auto list = service.list();
    if (!list) {
        m_loadError = list.error().message;
        return;
    }
    m_purposes = std::move(list).value();
}

void PurposeStep::fillList()
{
    QSet<qint64> checked;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            checked.insert(m_list->item(i)->data(Qt::UserRole).toLongLong());
    }
    const QSignalBlocker blocker(m_list);
    const int current = m_list->currentRow();
    m_list->clear();
    const bool chinese = cd::i18n::isChinese();
    for (const cd::Purpose &p : m_purposes) {
        QString text = p.displayName(chinese);
        QStringList notes;
        if (p.separateConsentRequired)
            notes << tr("face data: separate consent");
        notes << tr("kept %n day(s)", nullptr, p.retentionDays);
        text += QStringLiteral("  —  ") + notes.join(QStringLiteral(", "));
        auto *item = new QListWidgetItem(text, m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(p.id) ? Qt::Checked : Qt::Unchecked);
        item->setData(Qt::UserRole, p.id);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(current >= 0 && current < m_list->count() ? current : 0);
}

void PurposeStep::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString PurposeStep::title() const { return tr("Purposes"); }

void PurposeStep::enter(const RegistrationDraft &)
{
    m_list->setFocus();
}

bool PurposeStep::commit(RegistrationDraft &draft)
{
    if (!m_loadError.isEmpty()) {
        setError(m_loadError);
        return false;
    }
    draft.purposes.clear();
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() != Qt::Checked)
            continue;
        const qint64 id = m_list->item(i)->data(Qt::UserRole).toLongLong();
        for (const cd::Purpose &p : m_purposes) {
            if (p.id == id)
                draft.purposes.push_back(p);
        }
    }
    if (draft.purposes.empty()) {
        setError(m_purposes.empty() ? tr("No purposes are set up yet. A privacy officer must add them first.")
                                    : tr("Tick at least one purpose the customer agrees to."));
        m_list->setFocus();
        return false;
    }
    // Separate consent given earlier stays only for purposes still chosen.
    std::set<qint64> still;
    for (const cd::Purpose &p : draft.purposes) {
        if (draft.separateConsentGiven.count(p.id))
            still.insert(p.id);
    }
    draft.separateConsentGiven = still;
    draft.method = cd::methodFromId(m_methodCombo->currentData().toString()).value_or(cd::ConsentMethod::CounterTablet);
    setError({});
    return true;
}

void PurposeStep::retranslateUi()
{
    m_intro->setText(tr("Tick each purpose the customer agrees to. Each purpose is a separate choice; "
                        "the customer may agree to some and not others."));
    m_methodLabel->setText(tr("&Consent given by:"));
    for (int i = 0; i < m_methodCombo->count(); ++i)
        m_methodCombo->setItemText(i, cd::methodDisplayName(*cd::methodFromId(m_methodCombo->itemData(i).toString())));
    fillList();
    if (!m_loadError.isEmpty())
        setError(m_loadError);
}
