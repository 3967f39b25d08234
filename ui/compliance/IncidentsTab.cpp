#include "IncidentsTab.h"

#include "RecordForm.h"
#include "core/access/Session.h"
#include "core/compliance/IncidentService.h"
#include "ui/common/Gui.h"
#include "ui/common/Retranslate.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>

IncidentsTab::IncidentsTab(cd::Session &session, QWidget *parent) : RecordTab(session, parent)
{
    setObjectName(QStringLiteral("incidentsTab"));
    const auto manage = cd::Permission::ManageCompliance;
    m_add = addAction(QStringLiteral("addIncidentButton"), manage, false);
    m_authority = addAction(QStringLiteral("authorityNotifiedButton"), manage, true);
    m_people = addAction(QStringLiteral("peopleNotifiedButton"), manage, true);
    m_noNotice = addAction(QStringLiteral("peopleNotNotifiedButton"), manage, true);
    m_close = addAction(QStringLiteral("closeIncidentButton"), manage, true);
    connect(m_add, &QPushButton::clicked, this, &IncidentsTab::addIncident);
    connect(m_authority, &QPushButton::clicked, this, &IncidentsTab::authorityNotified);
    connect(m_people, &QPushButton::clicked, this, &IncidentsTab::peopleNotified);
    connect(m_noNotice, &QPushButton::clicked, this, &IncidentsTab::peopleNotNotified);
    connect(m_close, &QPushButton::clicked, this, &IncidentsTab::closeIncident);
    cd::gui::onLanguageChange(this, [this] { retranslateUi(); });
    retranslateUi();
}

void IncidentsTab::retranslateUi()
{
    note()->setText(tr("A leak, tampering or loss of personal information is recorded here with the measures taken. "
                       "The authority and the people affected are notified; the people may be left un-notified only "
                       "where the measures effectively avoid harm, and the reason is recorded (PIPL Art. 57)."));
    m_add->setText(tr("Record &incident…"));
    m_authority->setText(tr("&Authority notified…"));
    m_people->setText(tr("&People notified…"));
    m_noNotice->setText(tr("People &not notified…"));
    m_close->setText(tr("&Close"));
    reload();
}

void IncidentsTab::reload()
{
    setHeaders({tr("Found"), tr("Incident"), tr("People affected"), tr("Authority notified"), tr("People notified"),
                tr("Status")});
    auto list = cd::IncidentService(m_session).list();
    if (!list) {
        showLoadError(list.error());
        finishReload();
        return;
    }
    const QLocale locale;
    for (const cd::IncidentRecord &r : list.value()) {
        const QString authority = r.authorityNotifiedAt
            ? tr("%1 (%2)").arg(cd::gui::formatDateTime(r.authorityNotifiedAt), r.authorityName)
            : tr("not yet");
        const QString people = r.peopleNotifiedAt ? cd::gui::formatDateTime(r.peopleNotifiedAt)
            : !r.peopleNotNotifiedReason.isEmpty() ? tr("not needed: %1").arg(r.peopleNotNotifiedReason)
                                                   : tr("not yet");
        addRow(r.id, {cd::gui::formatDateTime(r.facts.foundAt), r.facts.title, locale.toString(r.facts.peopleAffected),
                      authority, people, r.open() ? tr("Open") : tr("Closed %1").arg(cd::gui::formatDate(r.closedAt))},
               r.facts.description + QStringLiteral("\n\n") + r.facts.measures);
    }
    finishReload();
}

void IncidentsTab::addIncident()
{
    auto *form = new RecordForm(QStringLiteral("incidentForm"), tr("Record incident"),
                                tr("Record what is known now; the facts can be corrected while the incident is open."), this);
    const QDateTime now = m_session.clock().now();
    form->addText(QStringLiteral("title"), tr("Title:"));
    form->addLongText(QStringLiteral("description"), tr("What happened:"));
    form->addDateTime(QStringLiteral("occurredAt"), tr("Happened at (best estimate):"), QDateTime(), tr("unknown"));
    form->addDateTime(QStringLiteral("foundAt"), tr("Found at:"), now);
    form->addText(QStringLiteral("categories"), tr("Categories of personal information:"));
    form->addNumber(QStringLiteral("peopleAffected"), tr("People affected:"), 0, 2000000000);
    form->addLongText(QStringLiteral("measures"), tr("Remedial measures taken:"));
    form->setApply([this](const RecordForm &f) -> cd::Result<void> {
        cd::IncidentInput in;
        in.title = f.text(QStringLiteral("title"));
        in.description = f.text(QStringLiteral("description"));
        in.occurredAt = f.dateTimeMs(QStringLiteral("occurredAt"));
        in.foundAt = f.dateTimeMs(QStringLiteral("foundAt"));
        in.categories = f.text(QStringLiteral("categories"));
        in.peopleAffected = f.number(QStringLiteral("peopleAffected"));
        in.measures = f.text(QStringLiteral("measures"));
        auto added = cd::IncidentService(m_session).add(in);
        if (!added)
            return added.error();
        return showSaved(added->id);
    });
    form->open();
}

void IncidentsTab::authorityNotified()
{
    const qint64 id = selectedId();
    auto *form = new RecordForm(QStringLiteral("authorityForm"), tr("Authority notified"), tr("When and which authority was notified."), this);
    form->addDateTime(QStringLiteral("at"), tr("Notified at:"), m_session.clock().now());
    form->addText(QStringLiteral("authority"), tr("Authority:"));
    form->setApply([this, id](const RecordForm &f) -> cd::Result<void> {
        auto r = cd::IncidentService(m_session).recordAuthorityNotified(id, f.dateTimeMs(QStringLiteral("at")),
                                                                         f.text(QStringLiteral("authority")));
        return r ? showSaved(id) : cd::Result<void>(r.error());
    });
    form->open();
}

void IncidentsTab::peopleNotified()
{
    const qint64 id = selectedId();
    auto *form = new RecordForm(QStringLiteral("peopleForm"), tr("People notified"), tr("When the people affected were notified."), this);
    form->addDateTime(QStringLiteral("at"), tr("Notified at:"), m_session.clock().now());
    form->setApply([this, id](const RecordForm &f) -> cd::Result<void> {
        auto r = cd::IncidentService(m_session).recordPeopleNotified(id, f.dateTimeMs(QStringLiteral("at")));
        return r ? showSaved(id) : cd::Result<void>(r.error());
    });
    form->open();
}

void IncidentsTab::peopleNotNotified()
{
    const qint64 id = selectedId();
    auto *form = new RecordForm(QStringLiteral("noNoticeForm"), tr("People not notified"),
                                tr("Which measures effectively avoid harm to the people affected, so that they need "
                                   "not be notified (PIPL Art. 57). The authority may still require it."), this);
    form->addLongText(QStringLiteral("reason"), tr("Reason:"));
    form->setApply([this, id](const RecordForm &f) -> cd::Result<void> {
        auto r = cd::IncidentService(m_session).recordPeopleNotNotified(id, f.text(QStringLiteral("reason")));
        return r ? showSaved(id) : cd::Result<void>(r.error());
    });
    form->open();
}

void IncidentsTab::closeIncident()
{
    const qint64 id = selectedId();
    cd::gui::confirm(this, tr("Close incident"), tr("Close the selected incident? A closed incident is not changed."),
                     [this, id] {
                         auto r = cd::IncidentService(m_session).close(id);
                         if (!r)
                             cd::gui::showError(this, tr("Close incident"), r.error());
                         reload();
                     });
}
