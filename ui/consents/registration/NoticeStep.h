#pragma once
// Step 3 of registering consent: the notice of each chosen purpose, in large type so that staff
// can turn the screen to the customer or read it aloud. The version and hash shown are what the
// consent record will point to (PIPL Art. 14, 17).
#include "RegisterStep.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QTextBrowser;

namespace cd {
class Session;
}

class NoticeStep : public RegisterStep {
    Q_OBJECT
public:
    static constexpr int kNoticePointSize = 18;  // readable across the counter

    explicit NoticeStep(cd::Session &session, QWidget *parent = nullptr);

    QString title() const override;
    void enter(const RegistrationDraft &draft) override;
    bool commit(RegistrationDraft &draft) override;
    void retranslateUi() override;

private:
    void render();
    bool showChinese() const;
    void setError(const QString &message);

    cd::Session &m_session;
    std::vector<cd::Purpose> m_purposes;
    std::map<qint64, cd::NoticeVersion> m_notices;
    QStringList m_loadErrors;
    QString m_shownKey;  // which notice versions are shown; agreeing again is needed when it changes

    QLabel *m_intro = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_languageCombo = nullptr;
    QTextBrowser *m_view = nullptr;
    QCheckBox *m_agreeCheck = nullptr;
    QLabel *m_error = nullptr;
};
