#include "SubjectPicker.h"

#include "core/consent/SubjectService.h"
#include "ui/common/Retranslate.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kPseudonymRole = Qt::UserRole + 2;
}

SubjectPicker::SubjectPicker(cd::Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("subjectSearchEdit"));
    m_edit->setClearButtonEnabled(true);
    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    m_delay->setInterval(250);
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("subjectResults"));
    m_results->setMaximumHeight(120);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("subjectStatus"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(m_results);
    layout->addWidget(m_status);
    connect(m_edit, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_edit, &QLineEdit::returnPressed, this, &SubjectPicker::search);
    connect(m_delay, &QTimer::timeout, this, &SubjectPicker::search);
    connect(m_results, &QListWidget::currentRowChanged, this, &SubjectPicker::chosen);
    cd::gui::onLanguageChange(this, [this] { retranslateUi(); });
    retranslateUi();
}

qint64 SubjectPicker::subjectId() const
{
    const QListWidgetItem *item = m_results->currentItem();
    return item ? item->data(kIdRole).toLongLong() : 0;
}

QString SubjectPicker::pseudonym() const
{
    const QListWidgetItem *item = m_results->currentItem();
    return item ? item->data(kPseudonymRole).toString() : QString();
}

void SubjectPicker::search()
{
    m_delay->stop();
    m_results->clear();
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty()) {
        m_status->clear();
        emit chosen();
        return;
    }
    auto found = cd::SubjectService(m_session).search(text, 20);
    if (!found.ok()) {
        m_status->setText(found.error().message);
        emit chosen();
        return;
    }
    for (const cd::SubjectMatch &m : found.value()) {
        auto *item = new QListWidgetItem(QStringLiteral("%1   %2   %3").arg(m.pseudonym, m.maskedName, m.maskedPhone),
                                         m_results);
        item->setData(kIdRole, m.id);
        item->setData(kPseudonymRole, m.pseudonym);
    }
    m_status->setText(found->empty() ? tr("No customer found.") : tr("%n customer(s) found: choose one.", nullptr,
                                                                        int(found->size())));
    if (found->size() == 1)
        m_results->setCurrentRow(0);
    emit chosen();
}

void SubjectPicker::retranslateUi()
{
    m_edit->setPlaceholderText(tr("Phone number, pseudonym or the beginning of the name"));
}
