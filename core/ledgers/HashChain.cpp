#include "HashChain.h"
#include "core/crypto/Crypto.h"
#include "core/store/Database.h"

#include <QCoreApplication>
#include <QtEndian>

namespace cd::hashchain {

namespace {


QByteArray selectSql(const ChainTable &t, const char *tail)
{
    return QByteArray("SELECT ") + t.columns + ", prev_hash, hash FROM " + t.table + " " + tail;
}

} // namespace

QByteArray genesis() { return QByteArray(32, '\0'); }

QByteArray canonical(const std::vector<ChainField> &fields)
{
    QByteArray out;
    for (const ChainField &f : fields) {
        if (const qint64 *i = std::get_if<qint64>(&f)) {
            char buf[8];
            qToBigEndian(*i, buf);
            out.append(buf, 8);
        } else {
            const QByteArray utf8 = std::get<QString>(f).toUtf8();
            char buf[4];
            qToBigEndian(quint32(utf8.size()), buf);
            out.append(buf, 4);
            out.append(utf8);
        }
    }
    return out;
}

Result<qint64> append(Database &db, const ChainTable &t, std::vector<ChainField> fields)
{
    Transaction tx(db);
    CD_TRY(tx.begin());
    qint64 seq = 0;
    QByteArray prev = genesis();
    {
        const QByteArray sql = QByteArray("SELECT seq, hash FROM ") + t.table + " ORDER BY seq DESC LIMIT 1";
        auto head = db.query(sql.constData());
        auto row = head.step();
        if (!row)
            return row.error();
        if (row.value()) {
            seq = head.int64(0);
            prev = head.blob(1);
        }
    }
    fields.insert(fields.begin(), ChainField(seq + 1));
    Q_ASSERT(int(fields.size()) == t.columnCount);
    const QByteArray hash = crypto::sha256(prev, canonical(fields));
    QByteArray sql = QByteArray("INSERT INTO ") + t.table + "(" + t.columns + ", prev_hash, hash) VALUES (";
    for (int i = 1; i <= t.columnCount + 2; ++i)
        sql += (i > 1 ? ", ?" : "?") + QByteArray::number(i);
    sql += ")";
    auto insert = db.query(sql.constData());
    int i = 1;
    for (const ChainField &f : fields) {
        if (const qint64 *v = std::get_if<qint64>(&f))
            insert.bind(i++, *v);
        else
            insert.bind(i++, std::get<QString>(f).isNull() ? QStringLiteral("") : std::get<QString>(f));
    }
    insert.bindBlob(i, prev);
    insert.bindBlob(i + 1, hash);
    CD_TRY(insert.run());
    CD_TRY(tx.commit());
    return seq + 1;
}

Result<LedgerVerification> verify(Database &db, const ChainTable &t)
{
    LedgerVerification v;
    QByteArray expectedPrev = genesis();
    qint64 expectedSeq = 1;
    const QByteArray sql = selectSql(t, "ORDER BY seq");
    auto q = db.query(sql.constData());
    crypto::Sha256 h;  // one context for the walk: final() starts the next row's hash
    QByteArray input;
    input.reserve(4096);
    for (;;) {
        auto row = q.step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        ++v.rows;
        const qint64 seq = q.int64(0);
        const QByteArrayView prev = q.bytes(t.columnCount);
        const QByteArrayView hash = q.bytes(t.columnCount + 1);
        QString reason;
        if (seq != expectedSeq) {
            reason = QCoreApplication::translate("cd::AuditLog", "row %1 follows row %2: rows are missing").arg(seq).arg(expectedSeq - 1);
        } else if (prev != expectedPrev) {
            reason = QCoreApplication::translate("cd::AuditLog", "row %1 does not point at the hash of the row before it").arg(seq);
        } else {
            // canonical() over the stored bytes, gathered into one reused buffer and hashed in
            // one call (each OpenSSL update has a fixed cost): text columns hold the UTF-8 that
            // append() wrote, so no conversion is needed (a NULL integer counts as 0).
            input.resize(0);  // keeps its capacity
            input.append(prev);
            for (int c = 0; c < t.columnCount; ++c) {
                if (q.isNull(c) || q.isInteger(c)) {
                    char buf[8];
                    qToBigEndian(q.isNull(c) ? qint64(0) : q.int64(c), buf);
                    input.append(buf, 8);
                } else {
                    const QByteArrayView text = q.bytes(c);
                    char len[4];
                    qToBigEndian(quint32(text.size()), len);
                    input.append(len, 4);
                    input.append(text);
                }
            }
            h.update(input);
            if (h.final() != hash)
                reason = QCoreApplication::translate("cd::AuditLog", "row %1 was changed after it was written").arg(seq);
        }
        if (!reason.isEmpty()) {
            v.ok = false;
            v.firstBrokenSeq = seq;
            v.reason = reason;
            return v;
        }
        expectedPrev = hash.toByteArray();
        expectedSeq = seq + 1;
    }
    v.headHash = v.rows ? expectedPrev : QByteArray();
    return v;
}

} // namespace cd::hashchain
