#pragma once
// Import of OpenDSR v2.0 data-subject requests (docs/requests.md, "OpenDSR import").
// parseOpenDsr() is a strict reader that never touches the database, so that a fuzzer can drive
// it: it checks UTF-8, nesting, sizes, duplicate keys and the field types itself, because
// QJsonDocument accepts duplicate keys and replaces invalid UTF-8 silently. OpenDsrImport then
// checks the batch against the store and takes it in all or nothing through RequestService.
#include "core/base/Result.h"
#include "core/domain/RequestRules.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <vector>

namespace cd {

class Session;

struct OpenDsrLimits {
    qsizetype maxFileBytes = 4 * 1024 * 1024;
    int maxDepth = 8;                   // a request needs 4 (array, request, extensions, one more)
    qsizetype maxStringBytes = 4096;    // decoded UTF-8 bytes of one string or key
    int maxNumberChars = 32;
    int maxRequests = 1000;
    int maxMembers = 256;               // members of one object or items of one array (but the top array)
    qsizetype maxKeptBytes = 16 * 1024; // the kept members of one request, as compact JSON
};

// Where and why a file was refused: the byte offset from the start of the file, the line and the
// column (in characters, both from 1) and the reason (translated, never a value from the file).
struct OpenDsrProblem {
    qsizetype offset = 0;
    int line = 1;
    int column = 1;
    QString reason;
};

struct OpenDsrRequest {
    int index = 0;            // 0-based position in the file
    qsizetype offset = 0;     // where the request object starts
    int line = 1, column = 1;
    QString externalId;       // subject_request_id
    QString sourceType;       // subject_request_type as written
    RequestType type = RequestType::Access;
    QString sourceStatus;     // request_status as written, empty when absent
    QString regulation;       // gdpr, ccpa or pipl
    QDateTime submitted;      // submitted_time, UTC
    QString contactName;      // identity "name" (raw), may be empty
    QString contactPhone;     // identity "phone_number" (raw), normalised
    QByteArray keptJson;      // every member but the identity values, as compact JSON
};

struct ParsedBatch {
    std::vector<OpenDsrRequest> requests;
};

// Never touches the database; safe on any bytes. On failure `problem` (when given) says where.
Result<ParsedBatch> parseOpenDsr(QByteArrayView bytes, const OpenDsrLimits &limits = {},
                                 OpenDsrProblem *problem = nullptr);

struct ImportedRequest {
    qint64 id = 0;            // 0 in a dry run
    QString externalId;
    RequestType type = RequestType::Access;
    RequestState state = RequestState::NeedsIdentity;
    bool matched = false;     // matched to a customer by the exact phone on record
};

class OpenDsrImport {
    Q_DECLARE_TR_FUNCTIONS(cd::OpenDsrImport)
public:
    explicit OpenDsrImport(Session &session);

    // Checks the whole batch against the store (ids already imported, submitted times not in the
    // future, duplicates of open requests, a name for every unmatched requester), then takes every
    // request in inside one transaction. Any error: nothing is written. A dry run stops after the
    // checks and writes nothing either.
    Result<std::vector<ImportedRequest>> import(const ParsedBatch &batch, bool dryRun = false);
    // Reads, parses and imports a file.
    Result<std::vector<ImportedRequest>> importFile(const QString &path, bool dryRun = false);

private:
    Session &m_session;
};

} // namespace cd
