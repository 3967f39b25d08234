#pragma once
// Withdrawing one consent: as easy as giving it (PIPL Art. 15) — one choice of channel, one
// button.
#include "core/domain/Records.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace cd {
class Session;
}

class WithdrawDialog : public QDialog {
    Q_OBJECT
public:
    // `row` is the consent as the list shows it (masked).
    WithdrawDialog(cd::Session &session, const cd::ConsentRow &row, QWidget *parent = nullptr);

private:
    void withdraw();
    void retranslateUi();

    cd::Session &m_session;
    cd::ConsentRow m_row;
    QLabel *m_summary = nullptr;
    QLabel *m_channelLabel = nullptr;
    QComboBox *m_channelCombo = nullptr;
    QLabel *m_consequence = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_confirmButton = nullptr;
};
