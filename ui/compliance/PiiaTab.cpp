#include "PiiaTab.h"

#include "RecordForm.h"
#include "core/access/Session.h"
#include "core/compliance/PiiaService.h"
#include "ui/common/Gui.h"
#include "ui/common/Retranslate.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>

namespace {
QString day(const QDate &d) { return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString(); }
}

PiiaTab::PiiaTab(cd::Session &session, QWidget *parent) : RecordTab(session, parent)
{
    setObjectName(QStringLiteral("piiaTab"));
    m_add = addAction(QStringLiteral("addPiiaButton"), cd::Permission::ManageCompliance, false);
    m_approve = addAction(QStringLiteral("approvePiiaButton"), cd::Permission::ApprovePiia, true);
    connect(m_add, &QPushButton::clicked, this, &PiiaTab::addVersion);
    connect(m_approve, &QPushButton::clicked, this, &PiiaTab::approve);
    connect(view(), &QAbstractItemView::activated, this, &PiiaTab::addVersion);
    cd::gui::onLanguageChange(this, [this] { retranslateUi(); });
    retranslateUi();
}

void PiiaTab::retranslateUi()
{
    note()->setText(tr("An impact assessment is needed before a sensitive purpose is activated and before a camera "
                       "zone recognises faces. A version counts once an officer approves it, until its review date; "
                       "it is kept at least three years (PIPL Art. 55-56)."));
    m_add->setText(tr("&New assessment…"));
    m_approve->setText(tr("A&pprove"));
    reload();
}

void PiiaTab::reload()
{
    setHeaders({tr("Assessment of"), tr("Version"), tr("Title"), tr("Status"), tr("Review by"), tr("Keep until")});
    auto list = cd::PiiaService(m_session).list();
    if (!list) {
        showLoadError(list.error());
        finishReload();
        return;
    }
    const QDate today = m_session.clock().today();
    for (const cd::PiiaRecord &r : list.value()) {
        QString status;
        switch (cd::judgePiia(r.facts(), today)) {
        case cd::PiiaVerdict::Valid: status = tr("Approved on %1").arg(day(r.approvedOn)); break;
        case cd::PiiaVerdict::NotApproved: status = tr("Draft, not approved"); break;
        case cd::PiiaVerdict::ReviewDue: status = tr("Review was due on %1").arg(day(r.reviewOn)); break;
        }
        const QString of = r.scope == cd::PiiaScope::Purpose ? tr("Purpose %1").arg(r.subject)
                                                              : tr("Camera zone %1").arg(r.subject);
        addRow(r.id, {of, QString::number(r.version), r.title, status, day(r.reviewOn), day(r.keepUntil)},
               tr("%n attachment(s)", nullptr, int(r.attachments.size())));
    }
    finishReload();
}

void PiiaTab::addVersion()
{
    if (!allowed(cd::Permission::ManageCompliance))
        return;
    cd::PiiaRecord from;
    if (const qint64 id = selectedId()) {
        if (auto r = cd::PiiaService(m_session).get(id))
            from = r.value();
    }
    auto *form = new RecordForm(QStringLiteral("piiaForm"), tr("New impact assessment version"),
                                tr("Write down what PIPL Art. 56 asks. To revise an assessment, select it first: "
                                   "the form starts from it and saves the next version."), this);
    form->addChoice(QStringLiteral("scope"), tr("Assessment of:"),
                    {{cd::piiaScopeId(cd::PiiaScope::Purpose), tr("A purpose (its code)")},
                     {cd::piiaScopeId(cd::PiiaScope::Zone), tr("A camera zone (vendor/zone)")}},
                    cd::piiaScopeId(from.scope));
    form->addText(QStringLiteral("subject"), tr("Purpose code or vendor/zone:"), from.subject);
    form->addText(QStringLiteral("title"), tr("Title:"), from.title);
    form->addLongText(QStringLiteral("legality"), tr("Are purpose and method lawful, legitimate and necessary?"),
                      from.legality);
    form->addLongText(QStringLiteral("impact"), tr("Impact on people's rights, and the security risks:"), from.impact);
    form->addLongText(QStringLiteral("measures"), tr("Are the protective measures lawful, effective and proportionate?"),
                      from.measures);
    form->addDate(QStringLiteral("reviewOn"), tr("Review by:"), m_session.clock().today().addYears(1));
    form->addFile(QStringLiteral("attachment"), tr("Attachment:"), tr("optional: the report or minutes"));
    form->setApply([this](const RecordForm &f) -> cd::Result<void> {
        cd::PiiaInput in;
        in.scope = cd::piiaScopeFromId(f.text(QStringLiteral("scope"))).value_or(cd::PiiaScope::Purpose);
        in.subject = f.text(QStringLiteral("subject"));
        in.title = f.text(QStringLiteral("title"));
        in.legality = f.text(QStringLiteral("legality"));
        in.impact = f.text(QStringLiteral("impact"));
        in.measures = f.text(QStringLiteral("measures"));
        in.reviewOn = f.date(QStringLiteral("reviewOn"));
        auto file = f.file(QStringLiteral("attachment"));
        if (!file)
            return file.error();
        if (!file->content.isEmpty())
            in.attachments.push_back(file.value());
        auto added = cd::PiiaService(m_session).add(in);
        if (!added)
            return added.error();
        return showSaved(added->id);
    });
    form->open();
}

void PiiaTab::approve()
{
    const qint64 id = selectedId();
    if (!id)
        return;
    cd::gui::confirm(this, tr("Approve assessment"),
                     tr("Approve the selected assessment version as the officer responsible, dated today? An "
                        "approved version can never be changed."),
                     [this, id] {
                         auto r = cd::PiiaService(m_session).approve(id);
                         if (!r)
                             cd::gui::showError(this, tr("Approve assessment"), r.error());
                         reload();
                     });
}
