#include "AgreementsTab.h"

#include "RecordForm.h"
#include "core/access/Session.h"
#include "core/compliance/VendorAgreementService.h"
#include "ui/common/Retranslate.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>

namespace {
QString day(const QDate &d) { return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString(); }
}

AgreementsTab::AgreementsTab(cd::Session &session, QWidget *parent) : RecordTab(session, parent)
{
    setObjectName(QStringLiteral("agreementsTab"));
    m_add = addAction(QStringLiteral("addAgreementButton"), cd::Permission::ManageCompliance, false);
    connect(m_add, &QPushButton::clicked, this, &AgreementsTab::addVersion);
    connect(view(), &QAbstractItemView::activated, this, &AgreementsTab::addVersion);
    cd::gui::onLanguageChange(this, [this] { retranslateUi(); });
    retranslateUi();
}

void AgreementsTab::retranslateUi()
{
    note()->setText(tr("The contract with each camera vendor that processes faces for the store: what it may do, "
                       "for how long, and where the faces are processed. A camera recognises faces only while its "
                       "vendor's agreement is valid and names the place its plugin declares (PIPL Art. 21)."));
    m_add->setText(tr("&Record agreement…"));
    reload();
}

void AgreementsTab::reload()
{
    setHeaders({tr("Vendor"), tr("Version"), tr("Reference"), tr("Faces processed"), tr("Valid from"),
                tr("Valid until"), tr("Status")});
    auto list = cd::VendorAgreementService(m_session).list();
    if (!list) {
        showLoadError(list.error());
        finishReload();
        return;
    }
    const QDate today = m_session.clock().today();
    for (const cd::AgreementRecord &a : list.value()) {
        QString status;
        switch (cd::judgeAgreement(a.facts, today)) {
        case cd::AgreementVerdict::Valid: status = tr("In force"); break;
        case cd::AgreementVerdict::NotYetInForce: status = tr("Not yet in force"); break;
        case cd::AgreementVerdict::Expired: status = tr("Expired"); break;
        case cd::AgreementVerdict::FieldsMissing: {
            QStringList missing;
            for (cd::AgreementField f : cd::missingAgreementFields(a.facts))
                missing << cd::agreementFieldDisplayName(f);
            status = tr("Lacks: %1").arg(missing.join(tr(", ")));
            break;
        }
        }
        addRow(a.id, {a.vendorCode, QString::number(a.version), a.reference,
                      cd::processingLocationDisplayName(a.facts.location), day(a.facts.validFrom),
                      day(a.facts.validUntil), status});
    }
    finishReload();
}

void AgreementsTab::addVersion()
{
    if (!allowed(cd::Permission::ManageCompliance))
        return;
    cd::AgreementRecord from;
    from.facts.validFrom = m_session.clock().today();
    from.facts.validUntil = from.facts.validFrom.addYears(1);
    if (const qint64 id = selectedId()) {
        auto list = cd::VendorAgreementService(m_session).list();
        for (const cd::AgreementRecord &a : list ? list.value() : std::vector<cd::AgreementRecord>{})
            if (a.id == id)
                from = a;
    }
    auto *form = new RecordForm(QStringLiteral("agreementForm"), tr("Record vendor agreement"),
                                tr("Enter the agreement as the signed contract says; a field the contract leaves "
                                   "open may stay empty, and the console then names what it lacks. To record a "
                                   "new version, select the vendor's agreement first."), this);
    form->addText(QStringLiteral("vendor"), tr("Vendor id (as its plugin declares):"), from.vendorCode);
    form->addText(QStringLiteral("reference"), tr("Contract number or title:"), from.reference);
    form->addLongText(QStringLiteral("purpose"), tr("Purpose of the processing:"), from.facts.purpose);
    form->addLongText(QStringLiteral("method"), tr("Method:"), from.facts.method);
    form->addText(QStringLiteral("categories"), tr("Categories of personal information:"), from.facts.categories);
    form->addLongText(QStringLiteral("protection"), tr("Protection measures:"), from.facts.protection);
    form->addChoice(QStringLiteral("endOfTerm"), tr("At the end, the data is:"),
                    {{QString(), tr("not stated")},
                     {cd::endOfTermId(cd::EndOfTerm::Delete), tr("deleted")},
                     {cd::endOfTermId(cd::EndOfTerm::Return), tr("returned")}},
                    cd::endOfTermId(from.facts.endOfTerm));
    form->addText(QStringLiteral("subProcessors"), tr("Sub-processors (\"none\" if none):"), from.facts.subProcessors);
    QList<std::pair<QString, QString>> places;
    for (cd::ProcessingLocation where : {cd::ProcessingLocation::Undeclared, cd::ProcessingLocation::OnDevice,
                                         cd::ProcessingLocation::StoreServer, cd::ProcessingLocation::Cloud})
        places.append({cd::processingLocationId(where), cd::processingLocationDisplayName(where)});
    form->addChoice(QStringLiteral("location"), tr("Where faces are processed:"), places,
                    cd::processingLocationId(from.facts.location));
    form->addDate(QStringLiteral("validFrom"), tr("Valid from:"), from.facts.validFrom);
    form->addDate(QStringLiteral("validUntil"), tr("Valid until:"), from.facts.validUntil);
    form->addFile(QStringLiteral("document"), tr("Signed contract:"), tr("optional: the scanned contract"));
    form->setApply([this](const RecordForm &f) -> cd::Result<void> {
        cd::AgreementInput in;
        in.vendorCode = f.text(QStringLiteral("vendor"));
        in.reference = f.text(QStringLiteral("reference"));
        in.facts.purpose = f.text(QStringLiteral("purpose"));
        in.facts.method = f.text(QStringLiteral("method"));
        in.facts.categories = f.text(QStringLiteral("categories"));
        in.facts.protection = f.text(QStringLiteral("protection"));
        in.facts.endOfTerm = cd::endOfTermFromId(f.text(QStringLiteral("endOfTerm"))).value_or(cd::EndOfTerm::Unset);
        in.facts.subProcessors = f.text(QStringLiteral("subProcessors"));
        in.facts.location = cd::processingLocationFromId(f.text(QStringLiteral("location")))
                                .value_or(cd::ProcessingLocation::Undeclared);
        in.facts.validFrom = f.date(QStringLiteral("validFrom"));
        in.facts.validUntil = f.date(QStringLiteral("validUntil"));
        auto doc = f.file(QStringLiteral("document"));
        if (!doc)
            return doc.error();
        in.document = doc.value();
        auto set = cd::VendorAgreementService(m_session).set(in);
        if (!set)
            return set.error();
        return showSaved(set->id);
    });
    form->open();
}
