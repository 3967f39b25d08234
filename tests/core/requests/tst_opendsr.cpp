// OpenDSR v2.0 import on the real encrypted store: valid files map (types, statuses, submitted
// time, identities, unknown members kept, matched by phone or left needing identity), and every
// hostile file (wrong types, huge strings and files, deep nesting, invalid UTF-8, duplicate keys
// and ids, truncation, trailing garbage, NaN and huge numbers, UTF-16) is refused with its byte
// position while the request and audit counts stay exactly as they were.
#include "core/consent/SubjectService.h"
#include "core/requests/OpenDsrImport.h"
#include "core/requests/RequestService.h"
#include "tests/support/StoreFixture.h"

#include <QRandomGenerator>

using namespace cd;

namespace {

QByteArray seed(const char *name) { return cdtest::readFile(QStringLiteral(OPENDSR_SEEDS "/") + QLatin1String(name)); }

} // namespace

class TestOpenDsr : public QObject {
    Q_OBJECT

    cdtest::TestStore m_store;

    Database &db() { return m_store.officer->db(); }
    qint64 count(const char *sql) { return db().queryInt(sql).value(); }
    qint64 requests() { return count("SELECT count(*) FROM requests"); }
    qint64 auditRows() { return count("SELECT count(*) FROM audit_log"); }

    // Parses `bytes` (expected to fail at `offset` for `reason`), then imports them from a file:
    // refused again, and nothing written.
    void expectRefused(const QByteArray &bytes, qsizetype offset, const QString &reason)
    {
        OpenDsrProblem problem;
        auto parsed = parseOpenDsr(bytes, {}, &problem);
        QVERIFY2(!parsed, "a hostile file was accepted");
        QVERIFY2(problem.reason.contains(reason), qPrintable(problem.reason));
        QCOMPARE(problem.offset, offset);
        QVERIFY(parsed.error().message.contains(QStringLiteral("byte %1 (line %2, column %3)")
                                                    .arg(offset)
                                                    .arg(problem.line)
                                                    .arg(problem.column)));
        const qint64 r0 = requests(), a0 = auditRows();
        const QString path = m_store.dir.filePath(QStringLiteral("hostile.json"));
        QVERIFY(cdtest::writeFile(path, bytes));
        auto imported = OpenDsrImport(*m_store.officer).importFile(path);
        QVERIFY(!imported);
        QCOMPARE(imported.error().code, ErrorCode::Invalid);
        QCOMPARE(requests(), r0);
        QCOMPARE(auditRows(), a0);
    }

private slots:
    void initTestCase()
    {
        const QString why = m_store.create();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        SubjectService subjects(*m_store.officer);
        for (const char *phone : {"15500000001", "15500000002", "15500000009", "15500000009"}) {
            SubjectInput in;
            in.name = QStringLiteral("Synthetic Customer");
            in.phone = QLatin1String(phone);
            in.ageBand = AgeBand::Adult;
            CDT_OK(subjects.create(in));
        }
    }

    void validArrayMaps()
    {
        auto parsed = parseOpenDsr(seed("valid-array.json"));
        CDT_OK(parsed);
        const auto &r = parsed->requests;
        QCOMPARE(r.size(), size_t(3));
        QCOMPARE(r[0].type, RequestType::Access);
        QCOMPARE(r[1].type, RequestType::Portability);
        QCOMPARE(r[2].type, RequestType::Correction);
        QCOMPARE(r[0].sourceStatus, QStringLiteral("pending"));
        QCOMPARE(r[1].sourceStatus, QStringLiteral("in_progress"));
        QCOMPARE(r[2].sourceStatus, QString());
        QCOMPARE(r[0].submitted, QDateTime(QDate(2025, 6, 12), QTime(1, 30), Qt::UTC));  // +08:00
        QCOMPARE(r[1].submitted, QDateTime(QDate(2025, 6, 13), QTime(2, 0, 0, 250), Qt::UTC));
        QCOMPARE(r[0].contactName, QStringLiteral("Synthetic Walkin"));
        QCOMPARE(r[0].contactPhone, QStringLiteral("13900000042"));  // dashes dropped
        QCOMPARE(r[2].contactName, QStringLiteral("Synthetic 张三"));   // \u escapes decoded
        QCOMPARE(r[2].line, 30);
        // Unknown members are kept exactly (a 20-digit number too); identity values never are.
        const QByteArray kept = r[0].keptJson;
        QVERIFY(kept.contains("\"x_campaign\":{\"source\":\"portal\",\"weight\":1.5e3}"));
        QVERIFY(kept.contains("12345678901234567890"));
        QVERIFY(kept.contains("\"property_id\":\"store-S001\""));
        QVERIFY(kept.contains("{\"identity_type\":\"email\",\"identity_format\":\"raw\"}"));
        QVERIFY(!kept.contains("walkin@example.invalid"));
        QVERIFY(!kept.contains("Synthetic Walkin"));
        QVERIFY(!kept.contains("0042"));
    }

    void importAllOrNothing()
    {
        const QString path = m_store.dir.filePath(QStringLiteral("batch.json"));
        QVERIFY(cdtest::writeFile(path, seed("valid-array.json")));
        const qint64 r0 = requests(), a0 = auditRows();
        OpenDsrImport importer(*m_store.officer);

        auto dry = importer.importFile(path, true);
        CDT_OK(dry);
        QCOMPARE(dry->size(), size_t(3));
        QCOMPARE(dry->at(1).matched, true);
        QCOMPARE(requests(), r0);
        QCOMPARE(auditRows(), a0);

        auto done = importer.importFile(path);
        CDT_OK(done);
        QCOMPARE(requests(), r0 + 3);
        QCOMPARE(auditRows(), a0 + 4);  // three intakes and the import
        QCOMPARE(done->at(0).state, RequestState::NeedsIdentity);  // phone not on record
        QCOMPARE(done->at(1).state, RequestState::Received);       // the exact phone on record
        QCOMPARE(done->at(2).state, RequestState::NeedsIdentity);
        RequestService service(*m_store.officer);
        auto shown = service.show(done->at(1).id);
        CDT_OK(shown);
        QCOMPARE(shown->row.type, RequestType::Portability);
        QCOMPARE(shown->row.channel, RequestChannel::Online);
        QVERIFY(!shown->row.subjectPseudonym.isEmpty());
        // The deadline runs from the submitted time, not from the import.
        QCOMPARE(shown->row.receivedAt, QDateTime(QDate(2025, 6, 13), QTime(2, 0, 0, 250), Qt::UTC).toMSecsSinceEpoch());
        auto q = db().query("SELECT external_id, external_json FROM requests WHERE id = ?1");
        q.bind(1, done->at(0).id);
        CDT_OK(q.single());
        QCOMPARE(q.text(0), QStringLiteral("0b6d2f7a-1c3e-4f5a-8b9c-0d1e2f3a4b5c"));
        QVERIFY(q.text(1).contains(QStringLiteral("x_campaign")));
        QVERIFY(!service.show(done->at(0).id)->row.maskedContact.isEmpty());

        // The same file again: refused by id, naming the request and its position; nothing written.
        const qint64 r1 = requests(), a1 = auditRows();
        auto again = importer.importFile(path);
        QVERIFY(!again);
        QVERIFY2(again.error().message.contains(QStringLiteral("Request 1 of the OpenDSR file (byte 4, line 2, column 3)")),
                 qPrintable(again.error().message));
        QVERIFY(again.error().message.contains(QStringLiteral("imported before")));
        QCOMPARE(requests(), r1);
        QCOMPARE(auditRows(), a1);
    }

    void storeChecksWriteNothing()
    {
        const qint64 r0 = requests(), a0 = auditRows();
        OpenDsrImport importer(*m_store.officer);
        // Matched by phone, but that customer already has an open deletion request.
        RequestIntake in;
        in.type = RequestType::Deletion;
        in.subjectId = 1;
        CDT_OK(RequestService(*m_store.officer).intake(in));
        const qint64 r1 = requests(), a1 = auditRows();
        QVERIFY(r1 == r0 + 1 && a1 > a0);
        auto single = parseOpenDsr(seed("valid-single.json"));
        CDT_OK(single);
        auto dup = importer.import(single.value());
        QVERIFY(!dup);
        QVERIFY(dup.error().message.contains(QStringLiteral("already has an open")));
        // A phone two customers share matches nobody; without a name the request is refused.
        QByteArray shared = seed("valid-single.json").replace("15500000001", "15500000009");
        auto parsed = parseOpenDsr(shared);
        CDT_OK(parsed);
        auto unnamed = importer.import(parsed.value());
        QVERIFY(!unnamed);
        QVERIFY(unnamed.error().message.contains(QStringLiteral("no name identity")));
        // Submitted after the console's clock.
        QByteArray future = seed("valid-bom.json").replace("2025-06-10T04:00:00Z", "2025-06-16T04:00:00Z");
        parsed = parseOpenDsr(future);
        CDT_OK(parsed);
        auto late = importer.import(parsed.value());
        QVERIFY(!late);
        QVERIFY(late.error().message.contains(QStringLiteral("future")));
        QCOMPARE(requests(), r1);
        QCOMPARE(auditRows(), a1);
        // With a BOM the same request goes in (access is not open for that customer).
        auto bom = OpenDsrImport(*m_store.officer).import(parseOpenDsr(seed("valid-bom.json")).value());
        CDT_OK(bom);
        QCOMPARE(bom->front().state, RequestState::Received);
    }

    void hostileSeeds_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<qsizetype>("offset");
        QTest::addColumn<QString>("reason");
        auto add = [](const char *name, qsizetype offset, const char *reason) {
            QTest::newRow(name) << seed(name) << offset << QString::fromUtf8(reason);
        };
        const QByteArray dupKey = seed("invalid-duplicate-key.json");
        add("invalid-duplicate-key.json", dupKey.lastIndexOf("\"subject_request_type\""), "duplicate key");
        add("invalid-wrong-type.json", seed("invalid-wrong-type.json").indexOf("{\"a\""), "must be an array, not an object");
        add("invalid-unknown-type.json", seed("invalid-unknown-type.json").indexOf("\"sell_my_data\""), "unknown subject_request_type");
        add("invalid-truncated.json", seed("invalid-truncated.json").size(), "truncated");
        add("invalid-trailing.json", seed("invalid-trailing.json").indexOf("garbage"), "after the end");
        add("invalid-nan.json", seed("invalid-nan.json").indexOf("NaN"), "NaN");
        add("invalid-huge-number.json", seed("invalid-huge-number.json").indexOf("1e400"), "out of range");
        add("invalid-utf8.json", seed("invalid-utf8.json").indexOf('\xc3'), "invalid UTF-8");
        add("invalid-nesting.json", seed("invalid-nesting.json").indexOf('[') + 7, "nesting deeper than 8");
        add("invalid-missing-id.json", 0, "has no \"subject_request_id\"");
        const QByteArray dupId = seed("invalid-duplicate-id.json");
        add("invalid-duplicate-id.json", dupId.lastIndexOf("\"3f0a9c2e"), "repeats the subject_request_id of request 1");
        add("invalid-utf16.json", 0, "UTF-16");
        add("invalid-closed-status.json", seed("invalid-closed-status.json").indexOf("\"completed\""), "closed request");
    }

    void hostileSeeds()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(qsizetype, offset);
        QFETCH(QString, reason);
        QVERIFY(!bytes.isEmpty());
        expectRefused(bytes, offset, reason);
    }

    void hugeInputs()
    {
        // 50 MB in one string: the file limit (4 MiB) refuses it before any parsing.
        QByteArray big = "{\"note\":\"" + QByteArray(50 * 1024 * 1024, 'a') + "\"}";
        expectRefused(big, OpenDsrLimits().maxFileBytes, QStringLiteral("larger than"));
        big.clear();
        // 100 KB in one string under the file limit: the string limit names where it starts.
        QByteArray longString = seed("valid-single.json");
        const qsizetype at = longString.indexOf("\"2.0\"");
        longString.replace("\"2.0\"", "\"" + QByteArray(100 * 1024, 'b') + "\"");
        expectRefused(longString, at, QStringLiteral("string longer than 4096 bytes"));
        // 10,000 levels of objects: refused at the ninth level, no stack overflow.
        QByteArray deep;
        for (int i = 0; i < 10000; ++i)
            deep += "{\"a\":";
        expectRefused(deep, 8 * 5, QStringLiteral("nesting deeper"));
    }

    void smallSyntaxCases_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<qsizetype>("offset");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QByteArray() << qsizetype(0) << QStringLiteral("empty");
        QTest::newRow("bom only") << QByteArray("\xef\xbb\xbf") << qsizetype(3) << QStringLiteral("no JSON value");
        QTest::newRow("second bom") << QByteArray("\xef\xbb\xbf\xef\xbb\xbf{}") << qsizetype(3) << QStringLiteral("unexpected character");
        QTest::newRow("number") << QByteArray("42") << qsizetype(0) << QStringLiteral("one request object");
        QTest::newRow("empty array") << QByteArray(" []") << qsizetype(1) << QStringLiteral("no requests");
        QTest::newRow("escaped duplicate") << QByteArray("{\"a\":1,\"\\u0061\":2}") << qsizetype(7) << QStringLiteral("duplicate key");
        QTest::newRow("lone surrogate") << QByteArray("{\"a\":\"\\ud800x\"}") << qsizetype(6) << QStringLiteral("high surrogate");
        QTest::newRow("overlong") << QByteArray("{\"a\":\"\xc0\xaf\"}") << qsizetype(6) << QStringLiteral("start byte");
        QTest::newRow("surrogate utf8") << QByteArray("{\"a\":\"\xed\xa0\x80\"}") << qsizetype(6) << QStringLiteral("surrogate");
        QTest::newRow("raw newline") << QByteArray("{\"a\":\"x\ny\"}") << qsizetype(7) << QStringLiteral("control character");
        QTest::newRow("trailing comma") << QByteArray("{\"a\":1,}") << qsizetype(7) << QStringLiteral("expected a key");
        QTest::newRow("leading zero") << QByteArray("{\"a\":01}") << qsizetype(5) << QStringLiteral("may not start with 0");
        QTest::newRow("infinity") << QByteArray("{\"a\":-Infinity}") << qsizetype(5) << QStringLiteral("NaN and Infinity");
        QTest::newRow("nul escape") << QByteArray("{\"a\":\"\\u0000\"}") << qsizetype(6) << QStringLiteral("NUL");
    }

    void smallSyntaxCases()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(qsizetype, offset);
        QFETCH(QString, reason);
        OpenDsrProblem problem;
        QVERIFY(!parseOpenDsr(bytes, {}, &problem));
        QVERIFY2(problem.reason.contains(reason), qPrintable(problem.reason));
        QCOMPARE(problem.offset, offset);
    }

    void lineAndColumnCountCharacters()
    {
        OpenDsrProblem problem;
        QVERIFY(!parseOpenDsr(QByteArray("{\n  \"名字\": 1, \"名字\": 2}"), {}, &problem));
        QCOMPARE(problem.line, 2);
        QCOMPARE(problem.column, 12);
    }

    // A cheap stand-in for the fuzzer until tests/fuzz/ has one: random byte flips never crash
    // the reader, and every refusal points inside the input.
    void mutatedSeedsAreSafe()
    {
        QRandomGenerator rng(20250615);
        const QByteArray base = seed("valid-array.json");
        for (int round = 0; round < 3000; ++round) {
            QByteArray b = base;
            const int flips = 1 + int(rng.bounded(4));
            for (int i = 0; i < flips; ++i)
                b[int(rng.bounded(quint32(b.size())))] = char(rng.bounded(256));
            OpenDsrProblem problem;
            auto parsed = parseOpenDsr(b, {}, &problem);
            if (!parsed) {
                QVERIFY(problem.offset >= 0 && problem.offset <= b.size());
                QVERIFY(!problem.reason.isEmpty());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestOpenDsr)
#include "tst_opendsr.moc"
