#pragma once
// Entrusted-processing agreements with camera vendors (PIPL Art. 21): the newest version per
// vendor with whether it is valid and where it says faces are processed, and a new version
// (starting from the selected one).
#include "RecordTab.h"

class QPushButton;

class AgreementsTab : public RecordTab {
    Q_OBJECT
public:
    explicit AgreementsTab(cd::Session &session, QWidget *parent = nullptr);
    void reload() override;

public slots:
    void addVersion();

private:
    void retranslateUi();
    QPushButton *m_add;
};
