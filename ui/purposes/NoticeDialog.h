#pragma once
// Writes a new notice version for a purpose: the Chinese and the English text (one notice,
// hashed together), the checklist of what it states (PIPL Art. 17, 30; the service refuses a
// version lacking an item) and when it takes effect. A published version can never be changed.
#include "core/base/Clock.h"
#include "core/base/Result.h"
#include "core/domain/NoticeChecklist.h"
#include "core/domain/Records.h"

#include <QDialog>
#include <functional>
#include <optional>
#include <utility>
#include <vector>

class QDateTimeEdit;
class QDialogButtonBox;
class QGroupBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

class NoticeDialog : public QDialog {
    Q_OBJECT
public:
    using Apply = std::function<cd::Result<void>(const NoticeDialog &)>;

    // `current`: the version in effect, whose text and items the editors start from.
    NoticeDialog(const cd::Purpose &purpose, const std::optional<cd::NoticeVersion> &current,
                 const cd::NoticeItems &currentItems, cd::Clock &clock, QWidget *parent = nullptr);

    void setApply(Apply apply) { m_apply = std::move(apply); }
    QString textZh() const;
    QString textEn() const;
    cd::NoticeItems items() const;
    qint64 effectiveAtMs() const;  // UTC

public slots:
    void accept() override;

private:
    void retranslateUi();
    void updateHash();

    cd::Purpose m_purpose;
    int m_nextVersion;
    Apply m_apply;
    QLabel *m_heading;
    QLabel *m_warning;
    QGroupBox *m_zhBox;
    QPlainTextEdit *m_zhEdit;
    QGroupBox *m_enBox;
    QPlainTextEdit *m_enEdit;
    QGroupBox *m_itemsBox;
    QFormLayout *m_itemsForm;
    std::vector<std::pair<cd::NoticeItem, QLineEdit *>> m_itemEdits;
    QLabel *m_effectiveLabel;
    QDateTimeEdit *m_effectiveEdit;
    QLabel *m_hashLabel;
    QDialogButtonBox *m_buttons;
};
