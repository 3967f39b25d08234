#include "FilingTab.h"

#include "RecordForm.h"
#include "core/access/Session.h"
#include "core/cameras/CameraCounts.h"
#include "core/compliance/FilingService.h"
#include "ui/common/Retranslate.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace {
QString day(const QDate &d) { return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString(); }
const QString kBannerStyle = QStringLiteral(
    "QLabel { background: #fdecea; color: #8a1c12; border: 1px solid #e0a39b; border-radius: 4px; "
    "padding: 8px; font-weight: bold; }");
} // namespace

FilingTab::FilingTab(cd::Session &session, QWidget *parent) : RecordTab(session, parent)
{
    setObjectName(QStringLiteral("filingTab"));
    note()->setObjectName(QStringLiteral("filingBanner"));
    m_record = addAction(QStringLiteral("recordFilingButton"), cd::Permission::ManageCompliance, false);
    connect(m_record, &QPushButton::clicked, this, &FilingTab::recordFiling);
    cd::gui::onLanguageChange(this, [this] { retranslateUi(); });
    retranslateUi();
}

void FilingTab::retranslateUi()
{
    m_record->setText(tr("&Record filing…"));
    reload();
}

void FilingTab::reload()
{
    setHeaders({tr("Threshold reached on"), tr("People then"), tr("Threshold"), tr("File by"), tr("Filed on"),
                tr("Authority"), tr("Reference")});
    cd::FilingService filing(m_session);
    auto open = filing.note();  // a store that reached it before this version records it now
    auto current = filing.current();
    if (!open || !current)
        showLoadError(!open ? open.error() : current.error());
    m_open = open && open.value();
    if (current && current.value()) {
        const cd::FilingRecord &r = *current.value();
        const QLocale locale;
        addRow(r.id, {day(r.crossedOn), locale.toString(r.holders), locale.toString(r.threshold), day(r.deadline),
                      day(r.filedOn), r.authority, r.reference});
    }
    if (m_open) {
        note()->setStyleSheet(kBannerStyle);
        note()->setText(filing.openFilingText(*open.value()));
    } else {
        note()->setStyleSheet(QString());
        const auto threshold = cd::CameraCounts(m_session).filingThreshold();
        note()->setText(current && current.value() && current.value()->filed()
                            ? tr("The filing is recorded.")
                            : tr("Once the store holds face data about %1 people (each counted once), the day is "
                                 "recorded here and the filing is due within 30 working days.")
                                  .arg(QLocale().toString(threshold ? threshold.value() : 0)));
    }
    m_record->setEnabled(m_open && allowed(cd::Permission::ManageCompliance));
    finishReload();
}

void FilingTab::recordFiling()
{
    if (!m_open)
        return;
    auto *form = new RecordForm(QStringLiteral("filingForm"), tr("Record the filing"),
                                tr("Record the filing made with the authority, as its receipt shows. The banner goes "
                                   "once it is recorded; a recorded filing cannot be changed."), this);
    form->addDate(QStringLiteral("filedOn"), tr("Filed on:"), m_session.clock().today());
    form->addText(QStringLiteral("authority"), tr("Authority:"));
    form->addText(QStringLiteral("reference"), tr("Reference number:"));
    form->addFile(QStringLiteral("receipt"), tr("Receipt:"), tr("optional: the authority's receipt"));
    form->setApply([this](const RecordForm &f) -> cd::Result<void> {
        cd::FilingInput in;
        in.filedOn = f.date(QStringLiteral("filedOn"));
        in.authority = f.text(QStringLiteral("authority"));
        in.reference = f.text(QStringLiteral("reference"));
        auto receipt = f.file(QStringLiteral("receipt"));
        if (!receipt)
            return receipt.error();
        in.document = receipt.value();
        auto r = cd::FilingService(m_session).recordFiling(in);
        if (!r)
            return r.error();
        reload();
        emit filed();
        return {};
    });
    form->open();
}
