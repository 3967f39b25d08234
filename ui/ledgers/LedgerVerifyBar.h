#pragma once
// "Verify chain" for both ledgers, shared by the audit and deletion-log pages so that both say
// the same: verifyLedgers() walks the audit log and the deletion log and each result is shown,
// naming the ledger and the first broken row.
#include "core/ledgers/Ledgers.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace cd { class Session; }

class LedgerVerifyBar : public QWidget {
    Q_OBJECT
public:
    explicit LedgerVerifyBar(cd::Session &session, QWidget *parent = nullptr);

    void verify();
    // The role may not verify: the button is off and `why` is shown (translated).
    void setUnavailable(const QString &why);
    QPushButton *button() const { return m_button; }
    // The first broken seq of a ledger in the last check (0: intact or not checked).
    qint64 brokenSeq(cd::LedgerKind kind) const;

signals:
    void verified();

private:
    void retranslateUi();
    void showChecks();

    cd::Session &m_session;
    QPushButton *m_button;
    QLabel *m_label;
    std::vector<cd::LedgerCheck> m_checks;
    QString m_failure;  // the check could not run (translated)
    QString m_unavailable;
};
