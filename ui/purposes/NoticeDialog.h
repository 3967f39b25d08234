#pragma once
// Writes a new notice version for a purpose: the Chinese and the English text (one notice,
// hashed together) and when it takes effect. A published version can never be changed.
#include "core/base/Clock.h"
#include "core/base/Result.h"
#include "core/domain/Records.h"

#include <QDialog>
#include <functional>
#include <optional>

class QDateTimeEdit;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;

class NoticeDialog : public QDialog {
    Q_OBJECT
public:
    using Apply = std::function<cd::Result<void>(const NoticeDialog &)>;

    // `current`: the version in effect, whose text the editors start from.
    NoticeDialog(const cd::Purpose &purpose, const std::optional<cd::NoticeVersion> &current, cd::Clock &clock,
                 QWidget *parent = nullptr);

    void setApply(Apply apply) { m_apply = std::move(apply); }
    QString textZh() const;
    QString textEn() const;
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
    QLabel *m_effectiveLabel;
    QDateTimeEdit *m_effectiveEdit;
    QLabel *m_hashLabel;
    QDialogButtonBox *m_buttons;
};
