#include "OpenDsrImport.h"
#include "OpenDsrJson.h"
#include "RequestService.h"
#include "core/access/Session.h"
#include "core/ledgers/AuditLog.h"
#include "core/store/Database.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace cd {

namespace {

using json::Node;
using json::Reader;

const QStringList &specIdentityTypes()
{
    static const QStringList t = {
        QStringLiteral("controller_customer_id"), QStringLiteral("android_advertising_id"), QStringLiteral("android_id"),
        QStringLiteral("email"), QStringLiteral("fire_advertising_id"), QStringLiteral("ios_advertising_id"),
        QStringLiteral("ios_vendor_id"), QStringLiteral("microsoft_advertising_id"), QStringLiteral("microsoft_publisher_id"),
        QStringLiteral("roku_publisher_id"), QStringLiteral("roku_advertising_id"),
        // ConsentDesk's own: the store knows its customers by phone; a name only records who asks.
        QStringLiteral("phone_number"), QStringLiteral("name")};
    return t;
}

std::optional<RequestType> mapType(const QString &t)
{
    if (t == QLatin1String("access"))
        return RequestType::Access;
    if (t == QLatin1String("portability"))
        return RequestType::Portability;
    if (t == QLatin1String("erasure"))
        return RequestType::Deletion;
    if (t == QLatin1String("rectification"))  // named in OpenGDPR 0.1.x, not in 2.0
        return RequestType::Correction;
    return std::nullopt;
}

// RFC 3339 date-time: a full date, a full time, an optional fraction and a required offset.
std::optional<QDateTime> parseRfc3339(const QString &s)
{
    static const QRegularExpression re(QStringLiteral(
        "^(\\d{4})-(\\d{2})-(\\d{2})[Tt](\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,9}))?(?:([Zz])|([+-])(\\d{2}):(\\d{2}))$"));
    const auto m = re.match(s);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const int ms = m.captured(7).isEmpty() ? 0 : (m.captured(7) + QStringLiteral("00")).left(3).toInt();
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), ms);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    int offset = 0;
    if (m.captured(8).isEmpty()) {
        const int h = m.captured(10).toInt(), min = m.captured(11).toInt();
        if (h > 23 || min > 59)
            return std::nullopt;
        offset = (h * 60 + min) * 60 * (m.captured(9) == QLatin1String("-") ? -1 : 1);
    }
    return QDateTime(date, time, Qt::UTC).addSecs(-offset);
}

QString normalisedPhone(const QString &raw)
{
    return raw.trimmed().remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
}

// Turns the JSON tree into requests; every refusal names the byte, line and column.
class Mapper {
    Q_DECLARE_TR_FUNCTIONS(cd::OpenDsrImport)
public:
    Mapper(QByteArrayView bytes, const OpenDsrLimits &limits, OpenDsrProblem *problem)
        : m_bytes(bytes), m_limits(limits), m_problem(problem)
    {
    }

    Error refuse(qsizetype offset, const QString &reason)
    {
        const auto [line, column] = Reader::lineColumn(m_bytes, offset);
        if (m_problem)
            *m_problem = {offset, line, column, reason};
        return makeError(ErrorCode::Invalid, tr("The OpenDSR file is refused at byte %1 (line %2, column %3): %4. "
                                                "Nothing was imported.")
                                                 .arg(offset)
                                                 .arg(line)
                                                 .arg(column)
                                                 .arg(reason));
    }

    Result<ParsedBatch> batch(const Node &root)
    {
        std::vector<const Node *> objects;
        if (root.kind == Node::Object) {
            objects.push_back(&root);
        } else if (root.kind == Node::Array) {
            if (root.items.empty())
                return refuse(root.offset, tr("the array holds no requests"));
            for (const Node &n : root.items)
                objects.push_back(&n);
        } else {
            return refuse(root.offset, tr("the file must hold one request object or an array of them"));
        }
        ParsedBatch out;
        QHash<QString, int> seen;
        for (size_t i = 0; i < objects.size(); ++i) {
            auto r = request(*objects[i], int(i));
            if (!r)
                return r.error();
            if (seen.contains(r->externalId))
                return refuse(objects[i]->member(QStringLiteral("subject_request_id"))->offset,
                              tr("request %1 repeats the subject_request_id of request %2")
                                  .arg(i + 1)
                                  .arg(seen.value(r->externalId) + 1));
            seen.insert(r->externalId, int(i));
            out.requests.push_back(std::move(r.value()));
        }
        return out;
    }

private:
    // A member of the expected kind, or nullptr when absent and optional.
    Result<const Node *> field(const Node &obj, int index, const char *key, Node::Kind kind, bool required)
    {
        const QString k = QLatin1String(key);
        const Node *n = obj.member(k);
        if (!n) {
            if (required)
                return refuse(obj.offset, tr("request %1 has no \"%2\"").arg(index + 1).arg(k));
            return static_cast<const Node *>(nullptr);
        }
        if (n->kind != kind)
            return refuse(n->offset, tr("\"%1\" must be %2, not %3").arg(k, Reader::kindName(kind), Reader::kindName(n->kind)));
        return n;
    }

    Result<void> identities(const Node &list, OpenDsrRequest &r, Node &kept)
    {
        if (list.items.empty())
            return refuse(list.offset, tr("\"subject_identities\" is empty"));
        for (const Node &id : list.items) {
            if (id.kind != Node::Object)
                return refuse(id.offset, tr("an identity must be an object, not %1").arg(Reader::kindName(id.kind)));
            Node copy = id;
            copy.members.clear();
            copy.keyOffsets.clear();
            QString type, value, format;
            for (size_t i = 0; i < id.members.size(); ++i) {
                const auto &[key, v] = id.members[i];
                const bool known = key == QLatin1String("identity_type") || key == QLatin1String("identity_value")
                    || key == QLatin1String("identity_format");
                if (known && v.kind != Node::String)
                    return refuse(v.offset, tr("\"%1\" must be %2, not %3")
                                                .arg(key, Reader::kindName(Node::String), Reader::kindName(v.kind)));
                if (key == QLatin1String("identity_type"))
                    type = v.text;
                else if (key == QLatin1String("identity_format"))
                    format = v.text;
                if (key == QLatin1String("identity_value"))
                    value = v.text;  // used as a contact or dropped: never kept (data minimisation)
                else {
                    copy.members.push_back(id.members[i]);
                    copy.keyOffsets.push_back(id.keyOffsets[i]);
                }
            }
            if (type.isEmpty() || format.isEmpty() || !id.member(QStringLiteral("identity_value")))
                return refuse(id.offset, tr("an identity needs identity_type, identity_value and identity_format"));
            static const QRegularExpression processorId(QStringLiteral("^[a-z0-9]+(_[a-z0-9]+)*_id$"));
            if (!specIdentityTypes().contains(type) && !processorId.match(type).hasMatch())
                return refuse(id.member(QStringLiteral("identity_type"))->offset, tr("unknown identity_type"));
            static const QStringList formats = {QStringLiteral("raw"), QStringLiteral("sha1"), QStringLiteral("md5"),
                                                QStringLiteral("sha256")};
            if (!formats.contains(format))
                return refuse(id.member(QStringLiteral("identity_format"))->offset,
                              tr("identity_format must be raw, sha1, md5 or sha256"));
            const qsizetype valueAt = id.member(QStringLiteral("identity_value"))->offset;
            if (format == QLatin1String("raw") && type == QLatin1String("phone_number")) {
                const QString phone = normalisedPhone(value);
                static const QRegularExpression phoneRule(QStringLiteral("^\\+?[0-9]{5,20}$"));
                if (!phoneRule.match(phone).hasMatch())
                    return refuse(valueAt, tr("a phone_number may hold only digits (5 to 20) and a leading +"));
                if (!r.contactPhone.isEmpty() && r.contactPhone != phone)
                    return refuse(valueAt, tr("request %1 gives two different phone numbers").arg(r.index + 1));
                r.contactPhone = phone;
            } else if (format == QLatin1String("raw") && type == QLatin1String("name")) {
                const QString name = value.simplified();
                if (name.isEmpty() || name.size() > 100)
                    return refuse(valueAt, tr("a name must have 1 to 100 characters"));
                if (!r.contactName.isEmpty() && r.contactName != name)
                    return refuse(valueAt, tr("request %1 gives two different names").arg(r.index + 1));
                r.contactName = name;
            }
            kept.items.push_back(std::move(copy));
        }
        if (r.contactPhone.isEmpty())
            return refuse(list.offset, tr("request %1 has no raw phone_number identity: the store matches and reaches "
                                          "requesters by phone only")
                                           .arg(r.index + 1));
        return {};
    }

    Result<OpenDsrRequest> request(const Node &obj, int index)
    {
        if (obj.kind != Node::Object)
            return refuse(obj.offset, tr("request %1 is %2, not an object").arg(index + 1).arg(Reader::kindName(obj.kind)));
        OpenDsrRequest r;
        r.index = index;
        r.offset = obj.offset;
        std::tie(r.line, r.column) = Reader::lineColumn(m_bytes, obj.offset);

        auto id = field(obj, index, "subject_request_id", Node::String, true);
        if (!id)
            return id.error();
        static const QRegularExpression uuid4(
            QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
        if (!uuid4.match(id.value()->text).hasMatch())
            return refuse(id.value()->offset, tr("subject_request_id must be a lowercase version 4 UUID"));
        r.externalId = id.value()->text;

        auto type = field(obj, index, "subject_request_type", Node::String, true);
        if (!type)
            return type.error();
        const auto mapped = mapType(type.value()->text);
        if (!mapped)
            return refuse(type.value()->offset, tr("unknown subject_request_type (accepted: access, portability, "
                                                   "erasure, rectification)"));
        r.sourceType = type.value()->text;
        r.type = *mapped;

        auto submitted = field(obj, index, "submitted_time", Node::String, true);
        if (!submitted)
            return submitted.error();
        const auto when = parseRfc3339(submitted.value()->text);
        if (!when)
            return refuse(submitted.value()->offset, tr("submitted_time must be an RFC 3339 date and time with an offset"));
        r.submitted = *when;

        auto regulation = field(obj, index, "regulation", Node::String, true);
        if (!regulation)
            return regulation.error();
        static const QStringList regulations = {QStringLiteral("gdpr"), QStringLiteral("ccpa"), QStringLiteral("pipl")};
        if (!regulations.contains(regulation.value()->text))
            return refuse(regulation.value()->offset, tr("regulation must be gdpr, ccpa or pipl"));
        r.regulation = regulation.value()->text;

        auto version = field(obj, index, "api_version", Node::String, false);
        if (!version)
            return version.error();
        static const QRegularExpression v2(QStringLiteral("^2(\\.[0-9]{1,4}){0,2}$"));
        if (version.value() && !v2.match(version.value()->text).hasMatch())
            return refuse(version.value()->offset, tr("only api_version 2.x is read"));

        auto status = field(obj, index, "request_status", Node::String, false);
        if (!status)
            return status.error();
        if (status.value()) {
            const QString s = status.value()->text;
            if (s == QLatin1String("completed") || s == QLatin1String("cancelled"))
                return refuse(status.value()->offset, tr("request %1 is %2 already: a closed request is not taken in")
                                                          .arg(index + 1)
                                                          .arg(s));
            if (s != QLatin1String("pending") && s != QLatin1String("in_progress"))
                return refuse(status.value()->offset, tr("unknown request_status"));
            r.sourceStatus = s;
        }

        for (const auto &[key, kind] : {std::pair{"property_id", Node::String}, std::pair{"extensions", Node::Object},
                                        std::pair{"status_callback_urls", Node::Array}}) {
            auto f = field(obj, index, key, kind, false);
            if (!f)
                return f.error();
        }
        if (const Node *urls = obj.member(QStringLiteral("status_callback_urls")))
            for (const Node &u : urls->items)
                if (u.kind != Node::String)
                    return refuse(u.offset, tr("a status callback URL must be a string"));

        auto ids = field(obj, index, "subject_identities", Node::Array, true);
        if (!ids)
            return ids.error();
        Node kept = obj;  // the whole object but the identity values: unknown members stay
        for (auto &[key, v] : kept.members) {
            if (key != QLatin1String("subject_identities"))
                continue;
            v.items.clear();
            CD_TRY(identities(*ids.value(), r, v));
        }
        r.keptJson = Reader::compact(kept);
        if (r.keptJson.size() > m_limits.maxKeptBytes)
            return refuse(obj.offset, tr("request %1 carries more than %2 bytes of other fields")
                                          .arg(index + 1)
                                          .arg(m_limits.maxKeptBytes));
        return r;
    }

    QByteArrayView m_bytes;
    const OpenDsrLimits &m_limits;
    OpenDsrProblem *m_problem;
};

} // namespace

Result<ParsedBatch> parseOpenDsr(QByteArrayView bytes, const OpenDsrLimits &limits, OpenDsrProblem *problem)
{
    json::Limits l;
    l.maxBytes = limits.maxFileBytes;
    l.maxDepth = limits.maxDepth;
    l.maxStringBytes = limits.maxStringBytes;
    l.maxNumberChars = limits.maxNumberChars;
    l.maxMembers = limits.maxMembers;
    l.maxTopItems = limits.maxRequests;
    Mapper mapper(bytes, limits, problem);
    Node root;
    json::Failure failure;
    if (!Reader::parse(bytes, l, root, failure))
        return mapper.refuse(failure.offset, failure.reason);
    return mapper.batch(root);
}

OpenDsrImport::OpenDsrImport(Session &session) : m_session(session) {}

Result<std::vector<ImportedRequest>> OpenDsrImport::importFile(const QString &path, bool dryRun)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, tr("The file %1 cannot be read.").arg(path));
    // One byte over the limit is enough for the parser to refuse the size; nothing more is read.
    const QByteArray bytes = f.read(OpenDsrLimits().maxFileBytes + 1);
    auto parsed = parseOpenDsr(bytes);
    if (!parsed)
        return parsed.error();
    return import(parsed.value(), dryRun);
}

Result<std::vector<ImportedRequest>> OpenDsrImport::import(const ParsedBatch &batch, bool dryRun)
{
    CD_TRY(m_session.require(Permission::TakeRequests, QStringLiteral("request.import")));
    Database &db = m_session.db();
    auto refuse = [](const OpenDsrRequest &r, const QString &reason) {
        return makeError(ErrorCode::Invalid, tr("Request %1 of the OpenDSR file (byte %2, line %3, column %4) is refused: "
                                                "%5. Nothing was imported.")
                                                 .arg(r.index + 1)
                                                 .arg(r.offset)
                                                 .arg(r.line)
                                                 .arg(r.column)
                                                 .arg(reason));
    };

    // Every check before the first write, so that a refused file leaves no trace.
    RequestService service(m_session);
    std::vector<ImportedRequest> out;
    std::vector<qint64> subjects;
    QSet<QString> openPairs;
    const QDateTime now = m_session.clock().now();
    for (const OpenDsrRequest &r : batch.requests) {
        if (r.submitted > now)
            return refuse(r, tr("submitted_time lies in the future"));
        auto before = db.query("SELECT id FROM requests WHERE external_id = ?1");
        before.bind(1, r.externalId);
        auto found = before.step();
        if (!found)
            return found.error();
        if (found.value())
            return refuse(r, tr("its subject_request_id was imported before, as request no. %1").arg(before.int64(0)));

        // Matched only by the exact phone on record, and only when one customer has it.
        auto match = db.query("SELECT id FROM subjects WHERE phone = ?1 AND phone <> '' AND erased_at IS NULL LIMIT 2");
        match.bind(1, r.contactPhone);
        auto ids = match.collect([](const Query &q) { return q.int64(0); });
        if (!ids)
            return ids.error();
        const qint64 subjectId = ids->size() == 1 ? ids->front() : 0;
        if (subjectId) {
            auto dup = service.findOpenDuplicate(subjectId, r.type);
            if (!dup)
                return dup.error();
            if (dup.value())
                return refuse(r, tr("the customer with this phone already has an open %1 request (no. %2)")
                                     .arg(RequestRules::typeName(r.type))
                                     .arg(dup.value()));
            const QString pair = QString::number(subjectId) + QLatin1Char('/') + RequestRules::typeId(r.type);
            if (openPairs.contains(pair))
                return refuse(r, tr("an earlier request in the file is of the same type for the same customer"));
            openPairs.insert(pair);
        } else if (r.contactName.isEmpty()) {
            return refuse(r, tr("no customer has this phone on record, and there is no name identity to record who asks"));
        }
        subjects.push_back(subjectId);
        out.push_back({0, r.externalId, r.type, subjectId ? RequestState::Received : RequestState::NeedsIdentity,
                       subjectId != 0});
    }
    if (dryRun)
        return out;

    Transaction tx(db);
    CD_TRY(tx.begin());
    for (size_t i = 0; i < batch.requests.size(); ++i) {
        const OpenDsrRequest &r = batch.requests[i];
        RequestIntake in;
        in.type = r.type;
        in.channel = RequestChannel::Online;
        in.subjectId = subjects[i];
        in.contactName = r.contactName;
        in.contactPhone = r.contactPhone;
        in.details = tr("OpenDSR request %1 (%2, %3), submitted %4.")
                         .arg(r.externalId, r.regulation, r.sourceType, r.submitted.toString(Qt::ISODate));
        auto row = service.intake(in);
        if (!row)
            return refuse(r, row.error().message);
        // The deadline runs from when the person asked, not from the day the file reached the store.
        auto q = db.query("UPDATE requests SET external_id = ?1, external_json = ?2, received_at = ?3, received_on = ?4 "
                          "WHERE id = ?5");
        q.bind(1, r.externalId).bind(2, QString::fromUtf8(r.keptJson)).bind(3, r.submitted.toMSecsSinceEpoch());
        q.bind(4, r.submitted.toLocalTime().date().toString(Qt::ISODate)).bind(5, row->id);
        CD_TRY(q.run());
        out[i].id = row->id;
        out[i].state = row->state;
    }
    CD_TRY(AuditLog::append(m_session, QStringLiteral("request.import"), QStringLiteral("request"), QString(),
                            QStringLiteral("opendsr: %1 requests, no. %2 to %3")
                                .arg(out.size())
                                .arg(out.front().id)
                                .arg(out.back().id)));
    CD_TRY(tx.commit());
    return out;
}

} // namespace cd
