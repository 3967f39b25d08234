#include "LedgerVerifyBar.h"

#include "ui/common/Gui.h"
#include "ui/common/Retranslate.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace {
const QString kRed = QStringLiteral("color: #b00020; font-weight: bold;");
const QString kGreen = QStringLiteral("color: #1b6e20; font-weight: bold;");
}

LedgerVerifyBar::LedgerVerifyBar(cd::Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_button = new QPushButton(this);
    m_button->setObjectName(QStringLiteral("verifyChainButton"));
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("verifyLabel"));
    // One line per ledger, never wrapped: a wrapped label in a row beside a table gets clipped.
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_button, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    connect(m_button, &QPushButton::clicked, this, &LedgerVerifyBar::verify);
    cd::gui::onLanguageChange(this, [this] { retranslateUi(); });
    retranslateUi();
}

qint64 LedgerVerifyBar::brokenSeq(cd::LedgerKind kind) const
{
    for (const cd::LedgerCheck &c : m_checks)
        if (c.kind == kind && !c.result.ok)
            return c.result.firstBrokenSeq;
    return 0;
}

void LedgerVerifyBar::verify()
{
    QGuiApplication::setOverrideCursor(Qt::BusyCursor);
    auto result = cd::verifyLedgers(m_session);  // both ledgers, as verify-ledger does
    QGuiApplication::restoreOverrideCursor();
    m_checks.clear();
    m_failure.clear();
    if (result.ok()) {
        m_checks = std::move(result.value());
        // Kept for the dashboard's ledger health; the checks shown stand even if this write fails.
        if (auto kept = cd::recordLedgerVerification(m_session, m_checks); !kept)
            qCWarning(lcUi) << "the verification could not be kept, code" << int(kept.error().code);
    } else {
        m_failure = result.error().message;
    }
    showChecks();
    emit verified();
}

void LedgerVerifyBar::setUnavailable(const QString &why)
{
    m_unavailable = why;
    m_button->setEnabled(false);
    retranslateUi();
}

void LedgerVerifyBar::showChecks()
{
    if (!m_unavailable.isEmpty()) {
        m_label->setStyleSheet({});
        m_label->setText(m_unavailable);
        return;
    }
    if (!m_failure.isEmpty()) {
        m_label->setStyleSheet(kRed);
        m_label->setText(tr("The check could not run: %1").arg(m_failure));
        return;
    }
    if (m_checks.empty())
        return;
    QStringList lines;
    QStringList heads;  // in full in the tooltip, to compare with a copy held elsewhere
    bool allOk = true;
    for (const cd::LedgerCheck &c : m_checks) {
        const cd::LedgerVerification &v = c.result;
        const QString name = cd::ledgerDisplayName(c.kind);
        if (v.ok) {
            lines << tr("The %1 is intact: %n row(s) checked. Head hash %2", nullptr, int(v.rows))
                         .arg(name, cd::gui::shortHash(QString::fromLatin1(v.headHash.toHex())));
            heads << name + QStringLiteral(": ") + QString::fromLatin1(v.headHash.toHex());
        } else {
            allOk = false;
            lines << tr("The %1 is broken at row %2: %3. Rows from there on cannot be trusted.")
                         .arg(name)
                         .arg(v.firstBrokenSeq)
                         .arg(v.reason);
        }
    }
    m_label->setStyleSheet(allOk ? kGreen : kRed);
    m_label->setText(lines.join(QLatin1Char('\n')));
    m_label->setToolTip(heads.join(QLatin1Char('\n')));
}

void LedgerVerifyBar::retranslateUi()
{
    m_button->setText(tr("&Verify chains"));
    m_button->setToolTip(tr("Checks the audit log and the deletion log"));
    if (m_checks.empty() && m_failure.isEmpty() && m_unavailable.isEmpty()) {
        m_label->setStyleSheet({});
        m_label->setText(tr("Each row carries the hash of the row before it. Verify the chains to check that no row "
                            "of either ledger was changed or removed."));
    } else {
        showChecks();  // the ledgers' names and the reasons in the new language
    }
}
