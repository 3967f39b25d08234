#pragma once
// Impact assessments (PIPL Art. 55-56): every version with its status, a new version (starting
// from the selected one), and an officer's approval.
#include "RecordTab.h"

class QPushButton;

class PiiaTab : public RecordTab {
    Q_OBJECT
public:
    explicit PiiaTab(cd::Session &session, QWidget *parent = nullptr);
    void reload() override;

public slots:
    void addVersion();
    void approve();

private:
    void retranslateUi();
    QPushButton *m_add;
    QPushButton *m_approve;
};
