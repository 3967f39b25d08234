// Runs consentdesk-bench --json --quick and checks the FORMAT of what it prints, never its
// speed: every stdout line is a JSON object with name/value/unit, the required measurements
// are there, values are positive, and ratio == value / baseline wherever a baseline is given.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

class TestBenchSmoke : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void everyLineIsAMeasurement();
    void requiredMeasurementsArePresent();
    void ratiosMatchValueOverBaseline();
    void targetsCarryAVerdict();
    void unknownMeasurementIsAUsageError();

private:
    QTemporaryDir m_dir;
    QList<QJsonObject> m_lines;
    QByteArray m_stderr;
};

void TestBenchSmoke::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QProcess bench;
    bench.start(QStringLiteral(CONSENTDESK_BIN_DIR "/consentdesk-bench"),
                {QStringLiteral("--json"), QStringLiteral("--quick"), QStringLiteral("--dir"), m_dir.path()});
    QVERIFY2(bench.waitForStarted(), qPrintable(bench.errorString()));
    QVERIFY(bench.waitForFinished(840'000));
    m_stderr = bench.readAllStandardError();
    QVERIFY2(bench.exitStatus() == QProcess::NormalExit && bench.exitCode() == 0, m_stderr.right(2000).constData());

    const QList<QByteArray> raw = bench.readAllStandardOutput().split('\n');
    for (const QByteArray &line : raw) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        QVERIFY2(error.error == QJsonParseError::NoError && doc.isObject(), line.constData());
        m_lines << doc.object();
    }
    QVERIFY(!m_lines.isEmpty());
    // The working directory is removed: nothing is left under --dir.
    QVERIFY(QDir(m_dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
}

void TestBenchSmoke::everyLineIsAMeasurement()
{
    for (const QJsonObject &o : std::as_const(m_lines)) {
        const QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact);
        QVERIFY2(o.value(QStringLiteral("name")).isString(), line.constData());
        QVERIFY2(!o.value(QStringLiteral("name")).toString().isEmpty(), line.constData());
        QVERIFY2(o.value(QStringLiteral("value")).isDouble(), line.constData());
        QVERIFY2(o.value(QStringLiteral("value")).toDouble() > 0, line.constData());
        QVERIFY2(o.value(QStringLiteral("unit")).isString(), line.constData());
        QVERIFY2(!o.value(QStringLiteral("unit")).toString().isEmpty(), line.constData());
        if (o.contains(QStringLiteral("n")))
            QVERIFY2(o.value(QStringLiteral("n")).toDouble() > 0, line.constData());
    }
}

void TestBenchSmoke::requiredMeasurementsArePresent()
{
    QSet<QString> names;
    for (const QJsonObject &o : std::as_const(m_lines)) {
        const QString name = o.value(QStringLiteral("name")).toString();
        QVERIFY2(!names.contains(name), qPrintable(name));  // each measurement once
        names.insert(name);
    }
    const char *const required[] = {
        "consent_insert", "consent_register_single", "subject_lookup_p99", "consent_withdraw", "unlock", "unlock_interactive",
        "consents_page_first_rows", "consents_page_first_rows_status", "consents_page_first_rows_search",
        "consent_insert_page8192", "consent_insert_page16384", "peak_rss_mb",
        "vendor_erase_subject", "host_roundtrip_p99", "subject_package",
    };
    for (const char *name : required)
        QVERIFY2(names.contains(QLatin1String(name)), name);
}

void TestBenchSmoke::ratiosMatchValueOverBaseline()
{
    int withBaseline = 0;
    for (const QJsonObject &o : std::as_const(m_lines)) {
        if (!o.contains(QStringLiteral("baseline")))
            continue;
        ++withBaseline;
        const QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact);
        const double value = o.value(QStringLiteral("value")).toDouble();
        const double baseline = o.value(QStringLiteral("baseline")).toDouble();
        QVERIFY2(baseline > 0, line.constData());
        QVERIFY2(o.value(QStringLiteral("ratio")).isDouble(), line.constData());
        const double ratio = o.value(QStringLiteral("ratio")).toDouble();
        QVERIFY2(qAbs(ratio - value / baseline) <= 1e-3 * qMax(1.0, ratio), line.constData());
    }
    // consent_insert, consent_register_single and the two larger page sizes.
    QVERIFY(withBaseline >= 4);
}

void TestBenchSmoke::targetsCarryAVerdict()
{
    for (const QJsonObject &o : std::as_const(m_lines)) {
        if (!o.contains(QStringLiteral("target")))
            continue;
        const QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact);
        QVERIFY2(o.value(QStringLiteral("met")).isBool(), line.constData());
        QVERIFY2(o.value(QStringLiteral("target_on")).isString(), line.constData());
    }
}

void TestBenchSmoke::unknownMeasurementIsAUsageError()
{
    QProcess bench;
    bench.start(QStringLiteral(CONSENTDESK_BIN_DIR "/consentdesk-bench"),
                {QStringLiteral("--json"), QStringLiteral("--only"), QStringLiteral("no_such_measurement")});
    QVERIFY(bench.waitForFinished(60'000));
    QCOMPARE(bench.exitCode(), 2);
    QVERIFY(bench.readAllStandardOutput().isEmpty());
}

QTEST_GUILESS_MAIN(TestBenchSmoke)
#include "tst_bench_smoke.moc"
