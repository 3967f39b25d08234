#include "RequestDetailDialog.h"

#include "RequestActionDialog.h"
#include "RequestFulfilDialog.h"
#include "core/access/Session.h"
#include "ui/common/Gui.h"
#include "ui/common/Retranslate.h"
#include "vendors/VendorWorker.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

using cd::RequestAction;
using cd::RequestRules;

namespace {
QString capitalised(QString s)
{
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}
} // namespace

RequestDetailDialog::RequestDetailDialog(cd::Session &session, cd::RequestService &requests,
                                         cd::VendorWorker *vendors, qint64 requestId, QWidget *parent)
    : QDialog(parent), m_session(session), m_requests(requests), m_vendors(vendors), m_id(requestId)
{
    setObjectName(QStringLiteral("requestDetailDialog"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("requestSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_estimate = new QLabel(this);
    m_estimate->setObjectName(QStringLiteral("requestEstimateNote"));
    m_estimate->setWordWrap(true);
    m_estimate->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_timelineLabel = new QLabel(this);
    m_timeline = new QTableWidget(0, 5, this);
    m_timeline->setObjectName(QStringLiteral("timelineTable"));
    m_timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timeline->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timeline->verticalHeader()->hide();
    m_timeline->horizontalHeader()->setStretchLastSection(true);
    m_timeline->setWordWrap(true);
    m_letterLabel = new QLabel(this);
    m_letter = new QTextBrowser(this);
    m_letter->setObjectName(QStringLiteral("refusalLetterText"));
    m_letter->setMaximumHeight(160);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("requestActionError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto *buttons = new QHBoxLayout;
    for (RequestAction a : RequestRules::allActions()) {
        auto *b = new QPushButton(this);
        b->setObjectName(QStringLiteral("action_") + RequestRules::actionId(a));
        connect(b, &QPushButton::clicked, this, [this, a] { runAction(a); });
        buttons->addWidget(b);
        m_actions[a] = b;
    }
    m_fulfilButton = new QPushButton(this);
    m_fulfilButton->setObjectName(QStringLiteral("fulfilButton"));
    QFont bold = m_fulfilButton->font();
    bold.setBold(true);
    m_fulfilButton->setFont(bold);
    connect(m_fulfilButton, &QPushButton::clicked, this, &RequestDetailDialog::fulfil);
    buttons->addWidget(m_fulfilButton);
    buttons->addStretch(1);
    m_closeButton = new QPushButton(this);
    m_closeButton->setObjectName(QStringLiteral("closeDetailButton"));
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::accept);
    buttons->addWidget(m_closeButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_estimate);
    layout->addWidget(m_timelineLabel);
    layout->addWidget(m_timeline, 1);
    layout->addWidget(m_letterLabel);
    layout->addWidget(m_letter);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    resize(900, 620);
    cd::gui::onLanguageChange(this, [this] { retranslateUi(); });
    // Awaiting vendors, the request completes when a retried erasure brings the last receipt.
    // Only then is it read again: every reload is an audited view.
    if (m_vendors)
        connect(m_vendors, &cd::VendorWorker::changed, this, [this] {
            if (m_loaded && m_detail.row.state == cd::RequestState::AwaitingVendors && reload())
                emit changed();
        });
    reload();
    retranslateUi();
}

QList<RequestAction> RequestDetailDialog::allowedActions(const cd::RequestRow &row, cd::Role role)
{
    QList<RequestAction> allowed;
    for (RequestAction a : RequestRules::allActions()) {
        const cd::RequestTransition *t = RequestRules::find(a, row.state);
        if (!t || !cd::roleAllows(role, t->permission))
            continue;
        if ((t->pause == cd::PauseRule::Running && row.deadline.paused)
            || (t->pause == cd::PauseRule::Paused && !row.deadline.paused))
            continue;
        if (a == RequestAction::Extend && row.extensionDays > 0)
            continue;  // once only
        allowed << a;
    }
    return allowed;
}

bool RequestDetailDialog::canFulfil(const cd::RequestRow &row, cd::Role role)
{
    using S = cd::RequestState;
    return cd::roleAllows(role, cd::Permission::ProcessRequests)
        && (row.state == S::IdentityVerified || row.state == S::InProgress || row.state == S::AwaitingVendors
            || row.state == S::Completed);
}

QPushButton *RequestDetailDialog::actionButton(RequestAction action) const
{
    const auto it = m_actions.find(action);
    return it == m_actions.end() ? nullptr : it->second;
}

bool RequestDetailDialog::reload()
{
    auto shown = m_requests.show(m_id);  // audited: it shows the customer's own words
    if (!shown.ok()) {
        m_error->setText(shown.error().message);
        m_loaded = false;
        for (auto &[a, b] : m_actions)
            b->setVisible(false);
        m_fulfilButton->setVisible(false);
        return false;
    }
    m_detail = std::move(shown.value());
    m_loaded = true;
    showDetail();
    return true;
}

void RequestDetailDialog::showDetail()
{
    if (!m_loaded)
        return;
    const cd::RequestRow &r = m_detail.row;
    const QLocale locale;
    const bool open = RequestRules::isOpen(r.state);
    QStringList lines;
    lines << tr("<b>Request %1</b> — %2 — <b>%3</b>%4")
                 .arg(r.id)
                 .arg(RequestRules::typeName(r.type).toHtmlEscaped(), RequestRules::stateName(r.state).toHtmlEscaped(),
                      r.deadline.paused && open ? tr(" (paused)") : QString());
    lines << tr("Customer: %1").arg((r.subjectPseudonym.isEmpty() ? tr("%1 (not matched yet)").arg(r.maskedContact)
                                                                  : r.subjectPseudonym).toHtmlEscaped());
    QString due = tr("Received %1; due %2").arg(locale.toString(r.receivedOn, QLocale::ShortFormat),
                                                locale.toString(r.deadline.due, QLocale::ShortFormat));
    if (open)
        due += QStringLiteral(" — ") + (r.deadline.overdue
                                            ? tr("%n working day(s) overdue", nullptr, std::max(1, -r.deadline.daysLeft))
                                            : tr("%n working day(s) left", nullptr, r.deadline.daysLeft));
    if (r.extensionDays > 0)
        due += QStringLiteral(" — ") + tr("extended by %n day(s): %1", nullptr, r.extensionDays)
                                           .arg(m_detail.extensionReason.toHtmlEscaped());
    lines << due;
    if (!m_detail.identityMethod.isEmpty()) {
        const auto method = RequestRules::methodFromId(m_detail.identityMethod);
        lines << tr("Identity verified by %1 (%2, %3)")
                     .arg(m_detail.identityBy.toHtmlEscaped(),
                          method ? RequestRules::methodName(*method).toHtmlEscaped() : m_detail.identityMethod,
                          cd::gui::formatDateTime(m_detail.identityAt));
    }
    if (!r.assignedTo.isEmpty())
        lines << tr("Assigned to %1").arg(r.assignedTo.toHtmlEscaped());
    if (!m_detail.details.isEmpty())
        lines << tr("What is asked: %1").arg(m_detail.details.toHtmlEscaped());
    m_summary->setText(lines.join(QStringLiteral("<br>")));
    m_estimate->setVisible(open && r.deadline.estimated);
    m_estimate->setText(cd::WorkingCalendar::fallbackNote(r.deadline.uncoveredYears));

    m_timeline->setRowCount(int(m_detail.events.size()));
    int row = 0;
    for (const cd::RequestEvent &e : m_detail.events) {
        const auto action = RequestRules::actionFromId(e.action);
        const auto from = RequestRules::stateFromId(e.fromState);
        const auto to = RequestRules::stateFromId(e.toState);
        QString states = to ? RequestRules::stateName(*to) : e.toState;
        if (from && to && *from != *to)
            states = RequestRules::stateName(*from) + QStringLiteral(" → ") + states;
        const QStringList cells{cd::gui::formatDateTime(e.at, true), e.actor,
                                action ? capitalised(RequestRules::actionName(*action)) : tr("Taken in"), states, e.note};
        for (int c = 0; c < cells.size(); ++c)
            m_timeline->setItem(row, c, new QTableWidgetItem(cells[c]));
        ++row;
    }
    m_timeline->resizeColumnsToContents();
    m_timeline->resizeRowsToContents();

    const bool refused = !m_detail.refusalLetter.isEmpty();
    m_letterLabel->setVisible(refused);
    m_letter->setVisible(refused);
    m_letter->setPlainText(m_detail.refusalLetter);

    const QList<RequestAction> allowed = allowedActions(r, m_session.user().role);
    for (auto &[a, b] : m_actions) {
        // Only what the state and the role allow is offered at all; the service refuses the rest too.
        b->setVisible(allowed.contains(a));
        b->setEnabled(allowed.contains(a));
    }
    const bool fulfil = m_vendors && canFulfil(r, m_session.user().role);
    m_fulfilButton->setVisible(fulfil);
    m_fulfilButton->setEnabled(fulfil);
}

void RequestDetailDialog::runAction(RequestAction action)
{
    m_error->clear();
    if (!RequestActionDialog::needsInput(action)) {
        const QString question = tr("%1 request %2?").arg(capitalised(RequestRules::actionName(action))).arg(m_id);
        cd::gui::confirm(this, windowTitle(), question, [this, action] { apply(action, {}); });
        return;
    }
    auto *dialog = new RequestActionDialog(m_session, m_requests, m_detail.row, action, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, action] { apply(action, dialog->input()); });
    dialog->open();
}

void RequestDetailDialog::apply(RequestAction action, const cd::RequestActionInput &input)
{
    auto done = m_requests.apply(m_id, action, input);
    if (!done.ok())
        m_error->setText(done.error().message);  // refused and audited by the service
    reload();
    emit changed();
}

void RequestDetailDialog::fulfil()
{
    if (!m_vendors)
        return;
    auto *dialog = new RequestFulfilDialog(m_session, *m_vendors, m_detail.row, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RequestFulfilDialog::ran, this, [this] {
        reload();
        emit changed();
    });
    dialog->open();
}

void RequestDetailDialog::retranslateUi()
{
    setWindowTitle(tr("Request %1").arg(m_id));
    m_timelineLabel->setText(tr("Timeline (every step, who and when):"));
    m_timeline->setHorizontalHeaderLabels({tr("Time"), tr("By"), tr("Action"), tr("State"), tr("Note")});
    m_letterLabel->setText(tr("Refusal letter sent to the customer (Art. 50):"));
    for (auto &[a, b] : m_actions)
        b->setText(capitalised(RequestRules::actionName(a)) + QStringLiteral("…"));
    m_fulfilButton->setText(tr("&Fulfil…"));
    m_closeButton->setText(tr("Close"));
    showDetail();
}
