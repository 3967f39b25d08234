#include "HashChain.h"
#include "core/crypto/Crypto.h"
#include "core/store/Database.h"

#include <QCoreApplication>
#include <QtEndian>

#include <array>
#include <cstring>
#include <deque>
#include <future>
#include <vector>

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
    db.noteLedgerGrew();
    CD_TRY(tx.commit());
    return seq + 1;
}

namespace {

// Rows read but not yet hashed: their canonical bytes one after the other, and per row where its
// bytes end, its seq and the hash stored with it.
struct HashChunk {
    static constexpr std::size_t kRows = 4096;
    HashChunk()
    {
        bytes.reserve(kRows * 256);  // a typical ledger row's canonical bytes fit in 256
        rows.reserve(kRows);
    }
    std::vector<char> bytes;
    struct Row {
        std::size_t end;
        qint64 seq;
        std::array<char, 32> hash;
    };
    std::vector<Row> rows;
};

// The first row of the chunk whose stored hash differs from the hash of its bytes (0: none).
qint64 firstChanged(const HashChunk &chunk)
{
    crypto::Sha256 h;  // one context per chunk: each final starts the next row's hash
    std::size_t begin = 0;
    for (const HashChunk::Row &row : chunk.rows) {
        h.update(chunk.bytes.data() + begin, row.end - begin);
        if (!h.finalMatches(QByteArrayView(row.hash.data(), qsizetype(row.hash.size()))))
            return row.seq;
        begin = row.end;
    }
    return 0;
}

} // namespace

Result<LedgerVerification> verify(Database &db, const ChainTable &t)
{
    Q_ASSERT(int(std::strlen(t.kinds)) == t.columnCount);
    // Reading the rows and hashing them take about as long as each other, and a row's check needs
    // only its own bytes and the hash stored before it: so this thread reads, checks the links
    // and gathers canonical bytes (over the stored UTF-8, no conversion), and chunks of rows are
    // hashed on other threads meanwhile (at most kInFlight chunks, so memory stays bounded).
    constexpr std::size_t kInFlight = 2;
    LedgerVerification v;
    std::array<char, 32> expectedPrev{};  // genesis: all zero
    qint64 expectedSeq = 1;
    qint64 linkBroken = 0;
    QString linkReason;
    qint64 changed = 0;  // the first row whose hash does not match, once a chunk has found one
    std::deque<std::future<qint64>> hashing;
    const auto collectOldest = [&] {
        const qint64 seq = hashing.front().get();
        hashing.pop_front();
        if (seq && !changed)
            changed = seq;
    };
    HashChunk chunk;
    const auto dispatch = [&] {
        if (chunk.rows.empty())
            return;
        hashing.push_back(std::async(std::launch::async, [c = std::move(chunk)] { return firstChanged(c); }));
        chunk = HashChunk{};
        while (hashing.size() > kInFlight)
            collectOldest();
    };
    const auto put = [&](const void *data, std::size_t size) {
        const char *bytes = static_cast<const char *>(data);
        chunk.bytes.insert(chunk.bytes.end(), bytes, bytes + size);
    };

    const QByteArray sql = selectSql(t, "ORDER BY seq");
    auto q = db.query(sql.constData());
    for (;;) {
        auto row = q.step();
        if (!row) {
            while (!hashing.empty())
                collectOldest();
            return row.error();
        }
        if (!row.value() || changed)
            break;
        const qint64 seq = q.int64(0);
        const QByteArrayView prev = q.bytes(t.columnCount);
        const QByteArrayView hash = q.bytes(t.columnCount + 1);
        if (seq != expectedSeq) {
            linkBroken = seq;
            linkReason = QCoreApplication::translate("cd::AuditLog", "row %1 follows row %2: rows are missing")
                             .arg(seq).arg(expectedSeq - 1);
            break;
        }
        if (prev != QByteArrayView(expectedPrev.data(), qsizetype(expectedPrev.size()))) {
            linkBroken = seq;
            linkReason = QCoreApplication::translate("cd::AuditLog", "row %1 does not point at the hash of the row before it").arg(seq);
            break;
        }
        if (hash.size() != qsizetype(expectedPrev.size())) {  // not a hash at all
            linkBroken = seq;
            linkReason = QCoreApplication::translate("cd::AuditLog", "row %1 was changed after it was written").arg(seq);
            break;
        }
        ++v.rows;
        put(prev.data(), std::size_t(prev.size()));
        for (int c = 0; c < t.columnCount; ++c) {
            // Each column read as the kind append() wrote (a NULL integer reads as 0). A value of
            // another kind put there later reads differently and fails the hash.
            if (t.kinds[c] == 'i') {
                char buf[8];
                qToBigEndian(q.int64(c), buf);
                put(buf, 8);
            } else {
                const QByteArrayView text = q.bytes(c);
                char len[4];
                qToBigEndian(quint32(text.size()), len);
                put(len, 4);
                put(text.data(), std::size_t(text.size()));
            }
        }
        std::memcpy(expectedPrev.data(), hash.data(), expectedPrev.size());
        chunk.rows.push_back({chunk.bytes.size(), seq, expectedPrev});
        if (chunk.rows.size() == HashChunk::kRows)
            dispatch();
        expectedSeq = seq + 1;
    }
    dispatch();
    while (!hashing.empty())
        collectOldest();
    // Every row before a broken link was hashed: a changed row among them comes first.
    if (changed || linkBroken) {
        v.ok = false;
        v.firstBrokenSeq = changed ? changed : linkBroken;
        v.reason = changed ? QCoreApplication::translate("cd::AuditLog", "row %1 was changed after it was written").arg(changed)
                           : linkReason;
        return v;
    }
    v.headHash = v.rows ? QByteArray(expectedPrev.data(), qsizetype(expectedPrev.size())) : QByteArray();
    return v;
}

} // namespace cd::hashchain
