#pragma once
// The officer's compliance records, one tab each: impact assessments, vendor agreements, the
// face-data filing and the incident register. The auditor sees them read-only. Other pages
// (the dashboard's open items) open a tab by its id: "piias", "agreements", "filing", "incidents".
#include "ui/common/PageSections.h"

#include <QWidget>

class AgreementsTab;
class FilingTab;
class IncidentsTab;
class PiiaTab;
class QTabWidget;

namespace cd { class Session; }

class CompliancePage : public QWidget, public PageSections {
    Q_OBJECT
public:
    explicit CompliancePage(cd::Session &session, QWidget *parent = nullptr);

    void showSection(const QString &id) override;
    QTabWidget *tabs() { return m_tabs; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    QTabWidget *m_tabs;
    PiiaTab *m_piia;
    AgreementsTab *m_agreements;
    FilingTab *m_filing;
    IncidentsTab *m_incidents;
};
