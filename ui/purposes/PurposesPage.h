#pragma once
// The officer's purposes of processing and, for the selected purpose, its notice versions.
#include "core/domain/Records.h"

#include <QWidget>
#include <optional>
#include <vector>

class QCheckBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace cd { class Session; }

class PurposesPage : public QWidget {
    Q_OBJECT
public:
    explicit PurposesPage(cd::Session &session, QWidget *parent = nullptr);

    void reload();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void fillPurposeRows();
    void loadNotices();
    void showNoticeText();
    void updateButtons();
    std::optional<cd::Purpose> selectedPurpose() const;
    void addPurpose();
    void editPurpose();
    void toggleActive();
    void publishNotice();
    QString renewalCountText(qint64 purposeId, int knownMarked = -1);

    cd::Session &m_session;
    std::vector<cd::Purpose> m_purposes;
    std::vector<cd::NoticeVersion> m_notices;

    QLabel *m_intro;
    QTableWidget *m_purposeTable;
    QPushButton *m_addButton;
    QPushButton *m_editButton;
    QPushButton *m_activeButton;
    QCheckBox *m_showInactive;
    QGroupBox *m_noticeBox;
    QTableWidget *m_noticeTable;
    QPushButton *m_publishButton;
    QTextBrowser *m_noticeText;
};
