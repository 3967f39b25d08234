#include "CompliancePage.h"

#include "AgreementsTab.h"
#include "FilingTab.h"
#include "IncidentsTab.h"
#include "PiiaTab.h"
#include "ui/common/Retranslate.h"

#include <QTabWidget>
#include <QVBoxLayout>

CompliancePage::CompliancePage(cd::Session &session, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("compliancePage"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("complianceTabs"));
    m_piia = new PiiaTab(session, m_tabs);
    m_agreements = new AgreementsTab(session, m_tabs);
    m_filing = new FilingTab(session, m_tabs);
    m_incidents = new IncidentsTab(session, m_tabs);
    m_tabs->addTab(m_piia, QString());
    m_tabs->addTab(m_agreements, QString());
    m_tabs->addTab(m_filing, QString());
    m_tabs->addTab(m_incidents, QString());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    cd::gui::onLanguageChange(this, [this] { retranslateUi(); });
    retranslateUi();
}

void CompliancePage::retranslateUi()
{
    m_tabs->setTabText(m_tabs->indexOf(m_piia), tr("Impact assessments"));
    m_tabs->setTabText(m_tabs->indexOf(m_agreements), tr("Vendor agreements"));
    m_tabs->setTabText(m_tabs->indexOf(m_filing), tr("Filing"));
    m_tabs->setTabText(m_tabs->indexOf(m_incidents), tr("Incidents"));
}

void CompliancePage::showSection(const QString &id)
{
    QWidget *tab = id == QLatin1String("agreements") ? static_cast<QWidget *>(m_agreements)
        : id == QLatin1String("filing")              ? static_cast<QWidget *>(m_filing)
        : id == QLatin1String("incidents")           ? static_cast<QWidget *>(m_incidents)
                                                      : static_cast<QWidget *>(m_piia);
    m_tabs->setCurrentWidget(tab);
}

// Records change from the CLI, the jobs and other pages: each visit shows them as they are.
void CompliancePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    for (RecordTab *tab : {static_cast<RecordTab *>(m_piia), static_cast<RecordTab *>(m_agreements),
                           static_cast<RecordTab *>(m_filing), static_cast<RecordTab *>(m_incidents)})
        tab->reload();
}
