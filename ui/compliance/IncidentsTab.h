#pragma once
// The register of security incidents (PIPL Art. 57): record one, record the notifications to the
// authority and to the people affected (or why the people are not notified), and close it.
#include "RecordTab.h"

class QPushButton;

class IncidentsTab : public RecordTab {
    Q_OBJECT
public:
    explicit IncidentsTab(cd::Session &session, QWidget *parent = nullptr);
    void reload() override;

public slots:
    void addIncident();
    void authorityNotified();
    void peopleNotified();
    void peopleNotNotified();
    void closeIncident();

private:
    void retranslateUi();
    QPushButton *m_add, *m_authority, *m_people, *m_noNotice, *m_close;
};
