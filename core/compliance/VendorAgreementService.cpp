#include "VendorAgreementService.h"
#include "core/access/Session.h"
#include "core/crypto/Crypto.h"
#include "core/ledgers/AuditLog.h"
#include "core/store/Database.h"


namespace cd {

namespace {

#define AGREEMENT_SELECT                                                                                      \
    "SELECT a.id, a.vendor_code, a.version, a.reference, a.purpose, a.method, a.categories, a.protection, "  \
    "a.end_of_term, a.sub_processors, a.location, coalesce(a.valid_from, ''), coalesce(a.valid_until, ''), "  \
    "coalesce(a.document_sha256, ''), a.created_at FROM vendor_agreements a "

AgreementRecord readAgreement(const Query &q)
{
    AgreementRecord r;
    r.id = q.int64(0);
    r.vendorCode = q.text(1);
    r.version = int(q.int64(2));
    r.reference = q.text(3);
    r.facts.purpose = q.text(4);
    r.facts.method = q.text(5);
    r.facts.categories = q.text(6);
    r.facts.protection = q.text(7);
    // The schema's CHECKs admit only known ids; unset is the safe reading of anything else.
    r.facts.endOfTerm = endOfTermFromId(q.text(8)).value_or(EndOfTerm::Unset);
    r.facts.subProcessors = q.text(9);
    r.facts.location = processingLocationFromId(q.text(10)).value_or(ProcessingLocation::Undeclared);
    r.facts.validFrom = QDate::fromString(q.text(11), Qt::ISODate);
    r.facts.validUntil = QDate::fromString(q.text(12), Qt::ISODate);
    r.documentSha256 = q.text(13);
    r.createdAt = q.int64(14);
    return r;
}

QString isoOrNull(const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }

// A blank field is stored as '' (the columns are NOT NULL); a null QString would bind NULL.
QString field(const QString &text) { return text.trimmed().isNull() ? QStringLiteral("") : text.trimmed(); }

} // namespace

Result<AgreementRecord> VendorAgreementService::set(const AgreementInput &in)
{
    CD_TRY(m_session.require(Permission::ManageCompliance, QStringLiteral("agreement.set")));
    // The agreement is matched to the plugin by the id its metadata declares.
    if (!cdvendor::isVendorId(in.vendorCode))
        return makeError(ErrorCode::Invalid, tr("Name the vendor by the id its plugin declares, e.g. simvendor."));
    const AgreementFacts &f = in.facts;
    if (f.validFrom.isValid() && f.validUntil.isValid() && f.validUntil < f.validFrom)
        return makeError(ErrorCode::Invalid, tr("The agreement cannot end before it starts."));
    if (!in.document.content.isEmpty() && in.document.fileName.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("An attachment needs a name and content."));

    Database &db = m_session.db();
    Transaction tx(db);
    CD_TRY(tx.begin());
    auto last = db.query("SELECT coalesce(max(version), 0) FROM vendor_agreements WHERE vendor_code = ?1");
    last.bind(1, in.vendorCode);
    CD_TRY(last.single());
    const int version = int(last.int64(0)) + 1;
    const QString hash = in.document.content.isEmpty() ? QString() : crypto::sha256Hex(in.document.content);
    auto q = db.query("INSERT INTO vendor_agreements(vendor_code, version, reference, purpose, method, categories, "
                      "protection, end_of_term, sub_processors, location, valid_from, valid_until, document, "
                      "document_sha256, created_by, created_at) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)");
    q.bind(1, in.vendorCode).bind(2, version).bind(3, field(in.reference)).bind(4, field(f.purpose));
    q.bind(5, field(f.method)).bind(6, field(f.categories)).bind(7, field(f.protection));
    q.bind(8, endOfTermId(f.endOfTerm)).bind(9, field(f.subProcessors)).bind(10, processingLocationId(f.location));
    q.bind(11, isoOrNull(f.validFrom)).bind(12, isoOrNull(f.validUntil));
    if (in.document.content.isEmpty())
        q.bindNull(13).bindNull(14);
    else
        q.bindBlob(13, in.document.content).bind(14, hash);
    q.bindOptional(15, m_session.user().id, m_session.user().id != 0).bind(16, m_session.clock().nowMs());
    CD_TRY(q.run());
    const qint64 id = db.lastInsertRowId();
    QStringList missing;
    for (AgreementField field : missingAgreementFields(f))
        missing << agreementFieldId(field);
    CD_TRY(AuditLog::append(m_session, QStringLiteral("agreement.set"), QStringLiteral("vendor"), in.vendorCode,
                            QStringLiteral("v%1; location %2; %3..%4; missing [%5]; document sha256 %6")
                                .arg(version)
                                .arg(processingLocationId(f.location), isoOrNull(f.validFrom), isoOrNull(f.validUntil),
                                     missing.join(QLatin1Char(',')), hash)));
    CD_TRY(tx.commit());
    auto q2 = db.query(AGREEMENT_SELECT "WHERE a.id = ?1");
    q2.bind(1, id);
    CD_TRY(q2.single());
    return readAgreement(q2);
}

Result<std::vector<AgreementRecord>> VendorAgreementService::list(bool allVersions)
{
    CD_TRY(m_session.require(Permission::ViewCompliance, QStringLiteral("agreement.view")));
    auto q = m_session.db().query(AGREEMENT_SELECT "WHERE ?1 OR a.version = (SELECT max(version) FROM vendor_agreements b "
                                  "WHERE b.vendor_code = a.vendor_code) ORDER BY a.vendor_code, a.version DESC");
    q.bind(1, allVersions);
    return q.collect(readAgreement);
}

Result<std::optional<AgreementRecord>> VendorAgreementService::current(const QString &vendorCode)
{
    CD_TRY(m_session.ensureUnlocked());
    auto q = m_session.db().query(AGREEMENT_SELECT "WHERE a.vendor_code = ?1 ORDER BY a.version DESC LIMIT 1");
    q.bind(1, vendorCode);
    auto row = q.step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<AgreementRecord>();
    return std::optional<AgreementRecord>(readAgreement(q));
}

Result<Attachment> VendorAgreementService::document(qint64 agreementId)
{
    CD_TRY(m_session.require(Permission::ViewCompliance, QStringLiteral("agreement.view")));
    auto q = m_session.db().query("SELECT vendor_code, version, document FROM vendor_agreements WHERE id = ?1 "
                                  "AND document IS NOT NULL");
    q.bind(1, agreementId);
    CD_TRY(q.single(makeError(ErrorCode::NotFound, tr("The agreement has no document attached."))));
    return Attachment{QStringLiteral("%1-agreement-v%2").arg(q.text(0)).arg(q.int64(1)), q.blob(2)};
}

} // namespace cd
