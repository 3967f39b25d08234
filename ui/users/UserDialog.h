#pragma once
// Adds a user, resets a user's passphrase, or changes one's own. The dialog checks its input
// inline, then runs the apply function the page gave it; a refusal from the service keeps the
// dialog open so nothing has to be typed again.
#include "core/base/Result.h"
#include "core/domain/Role.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

class UserDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Add, ResetPassphrase, ChangeOwnPassphrase };
    using Apply = std::function<cd::Result<void>(const UserDialog &)>;

    explicit UserDialog(Mode mode, QWidget *parent = nullptr);

    void setUserName(const QString &name);  // fixed name for the two passphrase modes
    void setApply(Apply apply) { m_apply = std::move(apply); }

    Mode mode() const { return m_mode; }
    QString userName() const;
    QString displayName() const;
    cd::Role role() const;
    QString oldPassphrase() const;
    QString passphrase() const;

public slots:
    void accept() override;

private:
    void retranslateUi();
    bool inputValid();
    void showError(const QString &message);

    Mode m_mode;
    Apply m_apply;
    QLabel *m_nameLabel;
    QLineEdit *m_nameEdit;
    QLabel *m_displayLabel;
    QLineEdit *m_displayEdit;
    QLabel *m_roleLabel;
    QComboBox *m_roleCombo;
    QLabel *m_oldLabel;
    QLineEdit *m_oldEdit;
    QLabel *m_passLabel;
    QLineEdit *m_passEdit;
    QLabel *m_repeatLabel;
    QLineEdit *m_repeatEdit;
    QLabel *m_errorLabel;
    QDialogButtonBox *m_buttons;
};
