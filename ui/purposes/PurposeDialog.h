#pragma once
// Adds or edits a purpose of processing. The page's apply function runs on OK; a refusal
// keeps the dialog open with the input intact.
#include "core/base/Result.h"
#include "core/domain/Records.h"

#include <QDialog>
#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

class PurposeDialog : public QDialog {
    Q_OBJECT
public:
    using Apply = std::function<cd::Result<void>(const cd::Purpose &)>;

    // `existing` set: edit it (the code stays fixed); empty: a new purpose.
    explicit PurposeDialog(const std::optional<cd::Purpose> &existing, QWidget *parent = nullptr);

    void setApply(Apply apply) { m_apply = std::move(apply); }
    cd::Purpose purpose() const;

public slots:
    void accept() override;

private:
    void retranslateUi();
    void categoriesChanged();

    cd::Purpose m_base;
    bool m_editing;
    Apply m_apply;
    QLabel *m_renewalWarning;
    QLabel *m_codeLabel;
    QLineEdit *m_codeEdit;
    QLabel *m_nameZhLabel;
    QLineEdit *m_nameZhEdit;
    QLabel *m_nameEnLabel;
    QLineEdit *m_nameEnEdit;
    QLabel *m_basisLabel;
    QComboBox *m_basisCombo;
    QLabel *m_categoriesLabel;
    QLineEdit *m_categoriesEdit;
    QCheckBox *m_sensitiveCheck;
    QCheckBox *m_separateCheck;
    QLabel *m_retentionLabel;
    QSpinBox *m_retentionSpin;
    QLabel *m_validityLabel;
    QSpinBox *m_validitySpin;
    QDialogButtonBox *m_buttons;
};
