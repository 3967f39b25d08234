// The on-device counting plugin (plugins/edgecount) in the real plugin host over the real sample
// video (tools/fetch-vtest.sh): a count-only camera in a zone with a sign brings hourly counts into
// the console; nothing about anyone is kept (its data directory, the files its host holds open,
// and every file under this test's directory, by name and by content); a host killed mid-video is
// replaced and counting goes on; the people in view reach the console as they are counted; and the
// console refuses to let it recognise anyone.
#include "tests/support/VendorFixture.h"

#include "core/demo/DemoVideo.h"
#include "plugins/edgecount/EdgeSettings.h"

#include <opencv2/videoio.hpp>

#include <QJsonArray>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <csignal>

using namespace cd;
using namespace cdptest;

namespace {

const QString kEdge = QStringLiteral("edgecount");
const QString kCamera = QStringLiteral("cam-square");

QString edgeFile() { return QStringLiteral(CONSENTDESK_PLUGIN_DIR "/libedgecount.so"); }

// The plugin host of this test that runs the counting plugin (its command line names the file).
qint64 edgeHostPid()
{
    for (qint64 pid : hostPids()) {
        if (cdtest::readFile(QStringLiteral("/proc/%1/cmdline").arg(pid)).contains("libedgecount.so"))
            return pid;
    }
    return 0;
}

// What a file holds, judged by its first bytes: the formats a frame, a crop or a face template
// would most likely be written in.
bool looksLikeImage(const QByteArray &head)
{
    return head.startsWith("\x89PNG") || head.startsWith("\xff\xd8\xff") || head.startsWith("BM")
           || head.startsWith("GIF8") || head.startsWith(QByteArray("II*\0", 4)) || head.startsWith(QByteArray("MM\0*", 4))
           || head.startsWith("P5\n") || head.startsWith("P6\n") || (head.startsWith("RIFF") && head.mid(8, 4) == "WEBP");
}

bool hasImageName(const QString &path)
{
    static const QStringList kinds{QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("bmp"),
                                   QStringLiteral("gif"), QStringLiteral("tif"), QStringLiteral("tiff"), QStringLiteral("pgm"),
                                   QStringLiteral("ppm"), QStringLiteral("webp"), QStringLiteral("img"), QStringLiteral("tpl")};
    return kinds.contains(QFileInfo(path).suffix().toLower());
}

// Every image file under `dir`, by name or by content.
QStringList imageFilesUnder(const QString &dir)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        const QByteArray head = f.open(QIODevice::ReadOnly) ? f.read(16) : QByteArray();
        if (hasImageName(path) || looksLikeImage(head))
            found << path;
    }
    return found;
}

// The plugin's own counter over the first `frames` frames of `video` with the same settings, in
// this process: the occupancy the plugin must report once it has counted them.
int occupancyAfter(const QString &video, const QJsonObject &settings, int frames)
{
    QString error;
    const auto parsed = edgecount::parseSettings(QJsonObject{{kEdge, settings}}, &error);
    if (!parsed || parsed->devices.isEmpty())
        return -1;
    edgecount::PeopleCounter counter(parsed->devices.front().counter);
    cv::VideoCapture capture(video.toStdString(), cv::CAP_FFMPEG);
    cv::Mat frame;
    for (int n = 0; n < frames && capture.read(frame); ++n)
        counter.feed(frame);
    return counter.framesSeen() == frames ? counter.occupancy() : -1;
}

} // namespace

class TestEdgeCount : public QObject {
    Q_OBJECT

private:
    QString m_video;
    std::unique_ptr<VendorWorld> m_w;
    std::unique_ptr<VendorManager> m_m;

    Session &officer() { return m_w->officer(); }
    QString dataDir() const { return m_w->dataRoot() + QLatin1Char('/') + kEdge; }

    qint64 storedVisitors()
    {
        auto rows = cd::CameraCounts(officer()).visitorCounts(0);
        if (!rows)
            return -1;
        qint64 n = 0;
        for (const VisitorCountRow &r : rows.value())
            n += r.vendorCode == kEdge && r.zoneKey == QLatin1String("square") ? r.visitors : 0;
        return n;
    }

    // Polls the vendor until the console holds more than `than` visitors from the video (the first
    // person crosses the line about a second into it, the next few within ten).
    bool countsGrowBeyond(qint64 than, int waitMs)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < waitMs) {
            if (m_m->host(kEdge) && m_m->host(kEdge)->health() == VendorHealth::Ready) {
                (void)m_m->pollVisitorCounts();
                if (storedVisitors() > than)
                    return true;
            }
            QTest::qWait(250);
        }
        return false;
    }

    void countOnly()
    {
        const qint64 square = m_w->zoneId(kEdge, QStringLiteral("square"));
        QVERIFY(square > 0);
        CDT_OK(cd::CameraSigns(officer()).addSign(square, QStringLiteral("People counting notice at the square"), 0,
                                                  QByteArrayLiteral("synthetic photo of the sign")));
        CDT_OK(m_m->setMode(kEdge, kCamera, CameraMode::CountOnly, QStringLiteral("footfall")));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(hostExecutable()), "consentdesk-plugin-host is not built");
        QVERIFY2(QFile::exists(edgeFile()), "libedgecount.so is not built");
        m_video = cd::demo::sampleVideoPath();
        if (m_video.isEmpty())
            QSKIP("vtest.avi is missing: tools/fetch-vtest.sh puts it in ~/.cache/consentdesk (or $CONSENTDESK_VIDEO_DIR)");
    }

    // The demo camera on the video, read as fast as it is counted; `camera` overrides its settings.
    QJsonObject edgeSettings(const QJsonObject &camera = {}) const
    {
        QJsonObject edge = cd::demo::edgecountSettings(m_video, true);
        edge.insert(QStringLiteral("saveIntervalMs"), 300);
        QJsonObject device = edge.value(QStringLiteral("devices")).toArray().first().toObject();
        for (auto it = camera.begin(); it != camera.end(); ++it)
            device.insert(it.key(), it.value());
        edge.insert(QStringLiteral("devices"), QJsonArray{device});
        return edge;
    }

    void startVendors(const QJsonObject &edge)
    {
        VendorManagerOptions o = m_w->options({QStringLiteral(CONSENTDESK_PLUGIN_DIR)}, 10000);
        o.settings = QJsonObject{{kEdge, edge}};
        m_m = std::make_unique<VendorManager>(officer(), o);
        m_m->startAll();
        VendorHost *h = m_m->host(kEdge);
        QVERIFY(h);
        QCOMPARE(h->health(), VendorHealth::Ready);
        QVERIFY(edgeHostPid() > 0);
    }

    // People in view in the square as the console hears it now; -1: not reported.
    qint64 squareOccupancy()
    {
        for (const VendorOccupancy &o : m_m->currentOccupancy()) {
            if (o.vendorCode == kEdge)
                return o.peopleByZone.value(QStringLiteral("square"), -1);
        }
        return -2;
    }

    void init()
    {
        m_w = std::make_unique<VendorWorld>();
        QCOMPARE(m_w->create(), QString());
        startVendors(edgeSettings());
    }

    void cleanup()
    {
        m_m.reset();
        m_w.reset();
        QTRY_VERIFY_WITH_TIMEOUT(hostPids().isEmpty(), 5000);
    }

    void countOnlyZoneGetsHourlyCountsFromTheVideo()
    {
        auto devices = cd::CameraInventory(officer()).devices(cd::CameraInventory(officer()).vendorByCode(kEdge)->id);
        CDT_OK(devices);
        QCOMPARE(devices->size(), size_t(1));
        QCOMPARE(devices->front().mode, CameraMode::Off);
        // Off counts nothing: the video is not even opened.
        QTest::qWait(1500);
        CDT_OK(m_m->pollVisitorCounts());
        QCOMPARE(storedVisitors(), qint64(0));

        countOnly();
        QVERIFY2(countsGrowBeyond(2, 180000), "no one was counted from the video");
        auto rows = cd::CameraCounts(officer()).visitorCounts(0);
        CDT_OK(rows);
        const qint64 thisHour = QDateTime::currentMSecsSinceEpoch() / 3600000 * 3600000;
        for (const VisitorCountRow &r : rows.value()) {
            if (r.vendorCode != kEdge)
                continue;
            QCOMPARE(r.zoneKey, QStringLiteral("square"));
            QVERIFY(r.hourStart % 3600000 == 0);
            QVERIFY(r.hourStart == thisHour || r.hourStart == thisHour - 3600000);  // an hour may turn meanwhile
        }
    }

    void nothingAboutAnyoneIsKept()
    {
        countOnly();
        QVERIFY2(countsGrowBeyond(4, 180000), "no one was counted from the video");
        const qint64 pid = edgeHostPid();
        QVERIFY(pid > 0);

        // The host holds open only the video it reads, its own state file while it writes it, and
        // no file at all otherwise (sockets, pipes and /dev/null are not files).
        const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
        const QStringList entries = fds.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot);
        QVERIFY(!entries.isEmpty());
        for (const QString &fd : entries) {
            char link[4096];
            const ssize_t n = ::readlink(QFile::encodeName(fds.filePath(fd)).constData(), link, sizeof link - 1);
            const QString target = n > 0 ? QFile::decodeName(QByteArray(link, int(n))) : QString();
            if (target.isEmpty() || !target.startsWith(QLatin1Char('/')) || target.startsWith(QLatin1String("/dev/")))
                continue;
            QVERIFY2(target == m_video || target.startsWith(dataDir() + QStringLiteral("/state.json")),
                     qPrintable(QStringLiteral("the host holds %1 open").arg(target)));
            QVERIFY2(!hasImageName(target), qPrintable(target));
        }

        // Its data directory holds its state file and nothing else, and that holds modes and counts.
        // (Retried: a save in progress shows QSaveFile's temporary state.json.XXXXXX for a moment.)
        QTRY_COMPARE(QDir(dataDir()).entryList(QDir::Files | QDir::Hidden | QDir::System),
                     QStringList{QStringLiteral("state.json")});
        QCOMPARE(QDir(dataDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot), QStringList());
        const QJsonObject state = QJsonDocument::fromJson(cdtest::readFile(dataDir() + QStringLiteral("/state.json"))).object();
        const QStringList stateKeys = state.keys();
        QCOMPARE(QSet<QString>(stateKeys.begin(), stateKeys.end()),
                 (QSet<QString>{QStringLiteral("modes"), QStringLiteral("counts")}));
        QCOMPARE(state.value(QStringLiteral("modes")).toObject().value(kCamera).toString(), QStringLiteral("count-only"));
        const QJsonArray counts = state.value(QStringLiteral("counts")).toArray();
        QVERIFY(!counts.isEmpty());
        for (const QJsonValue &c : counts) {
            const QStringList keys = c.toObject().keys();
            QCOMPARE(QSet<QString>(keys.begin(), keys.end()),
                     (QSet<QString>{QStringLiteral("zone"), QStringLiteral("hour"), QStringLiteral("visitors")}));
        }

        // No image appeared anywhere under this test's directory (the store, every vendor's data).
        QCOMPARE(imageFilesUnder(m_w->store.dir.path()), QStringList());
        // Nor could it write one anywhere else where the kernel offers Landlock: the host may then
        // write only in its data directory (tst_vendor_containment proves the sandbox).
        qInfo("edgecount host containment: %s", qPrintable(m_m->host(kEdge)->containment().join(u',')));

        // Asked what it holds about a subject, and to erase one: nothing, truthfully.
        auto held = m_m->inventory(kEdge, QStringLiteral("S-0000000001"));
        CDT_OK(held);
        QVERIFY(held->countsByKind.isEmpty());
        auto erased = m_m->host(kEdge)->callSync(QStringLiteral("erase"), {{QStringLiteral("subject"), QStringLiteral("S-0000000001")}});
        CDT_OK(erased);
        auto receipt = cdvendor::wire::receiptFrom(erased.value());
        QVERIFY(receipt);
        QVERIFY(receipt->countsByKind.isEmpty());
        QCOMPARE(QString::fromLatin1(receipt->digest.toHex()), erasureDigestHex({}));
    }

    void hostCrashMidVideoThenCountingResumes()
    {
        countOnly();
        QVERIFY2(countsGrowBeyond(2, 180000), "no one was counted from the video");
        VendorHost *h = m_m->host(kEdge);
        const qint64 before = storedVisitors();
        const qint64 pid = edgeHostPid();
        QVERIFY(pid > 0);
        const int restarts = h->restarts();
        QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);

        // The console is still here and working; a fresh host takes the place of the dead one.
        QTRY_VERIFY_WITH_TIMEOUT(h->restarts() > restarts, 10000);
        QVERIFY(h->waitUntilReady(20000));
        QVERIFY(edgeHostPid() > 0 && edgeHostPid() != pid);
        CDT_OK(m_m->pollVisitorCounts());
        QVERIFY(storedVisitors() >= before);  // what was counted before the crash stays counted
        // The camera is still count-only after the restart, and counts go on from the saved state.
        auto devices = cd::CameraInventory(officer()).devices(cd::CameraInventory(officer()).vendorByCode(kEdge)->id);
        CDT_OK(devices);
        QCOMPARE(devices->front().mode, CameraMode::CountOnly);
        QVERIFY2(countsGrowBeyond(storedVisitors(), 180000), "counting did not resume after the restart");
    }

    void occupancyReachesTheConsole()
    {
        // The camera counts the first 301 frames (0 to 300) once and then holds: the annotation
        // has the people in the detection region at frame 300.
        constexpr int kFrames = 301;
        m_m.reset();
        startVendors(edgeSettings(QJsonObject{{QStringLiteral("frames"), kFrames}}));

        // Offered by the counting plugin (its metadata says so), not by the simulated vendor; and
        // with the camera off, the square's occupancy is unknown rather than zero.
        const std::vector<VendorOccupancy> before = m_m->currentOccupancy();
        QCOMPARE(int(before.size()), 2);
        for (const VendorOccupancy &o : before) {
            QCOMPARE(o.offered, o.vendorCode == kEdge);
            QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
            QVERIFY(o.peopleByZone.isEmpty());
        }

        QElapsedTimer sinceOn;
        sinceOn.start();
        countOnly();
        const int expected = occupancyAfter(m_video, edgeSettings(), kFrames);
        QVERIFY(expected >= 0);
        // The plugin's own counter over the same frames, through the real host and the wire. A
        // file plays no faster than recorded (10 fps), so the last frame is not read before
        // 30.1 s; on the way the count passes through other values, the expected one included
        // (a loaded CI machine caught it there once). So: past that time, and unchanged for 5 s.
        qint64 seen = -2;
        QElapsedTimer unchanged;
        unchanged.start();
        QDeadlineTimer deadline(240000);
        while (!deadline.hasExpired()) {
            const qint64 now = squareOccupancy();
            if (now != seen) {
                seen = now;
                unchanged.restart();
            }
            if (sinceOn.elapsed() > kFrames * 100 + 1000 && unchanged.elapsed() >= 5000)
                break;
            QTest::qWait(250);
        }
        QCOMPARE(seen, qint64(expected));
        const QJsonObject truth =
            QJsonDocument::fromJson(cdtest::readFile(QStringLiteral(CONSENTDESK_SOURCE_DIR "/tests/data/vtest-annotation.json"))).object();
        int annotated = -1;
        for (const QJsonValue &o : truth.value(QStringLiteral("occupancy")).toArray())
            annotated = o[QStringLiteral("frame")].toInt() == kFrames - 1 ? o[QStringLiteral("people")].toInt() : annotated;
        QCOMPARE(annotated, 4);
        // HOG misses people in groups (docs/edgecount.md): within one of the hand count here.
        QVERIFY2(std::abs(expected - annotated) <= 1, qPrintable(QStringLiteral("counted %1 of %2").arg(expected).arg(annotated)));
        qInfo("occupancy at frame %d: %d reported through the host, %d annotated", kFrames - 1, expected, annotated);

        // Switched off, the camera knows nothing about who is there any more.
        CDT_OK(m_m->setMode(kEdge, kCamera, CameraMode::Off, QStringLiteral("closed")));
        QCOMPARE(squareOccupancy(), qint64(-1));
    }

    void recognitionIsRefused()
    {
        // Even with a sign, consented purposes and the compliance records: it only counts.
        countOnly();
        auto refused = m_m->setMode(kEdge, kCamera, CameraMode::IdentifyConsented, QStringLiteral("members programme"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Invalid);
        QVERIFY2(refused.error().message.contains(QStringLiteral("cannot identify anyone")),
                 qPrintable(refused.error().message));
        auto devices = cd::CameraInventory(officer()).devices(cd::CameraInventory(officer()).vendorByCode(kEdge)->id);
        CDT_OK(devices);
        QCOMPARE(devices->front().mode, CameraMode::CountOnly);
        // Asked directly, the plugin refuses too; and it enrols no one.
        auto direct = m_m->host(kEdge)->callSync(QStringLiteral("setMode"), {{QStringLiteral("device"), kCamera},
                                                                             {QStringLiteral("mode"), QStringLiteral("identify-consented")}});
        QVERIFY(!direct);
        // Enrolling every consented customer passes it by: it could recognise no one.
        auto subject = m_w->subject(QStringLiteral("Tester Counted"), QStringLiteral("19900007777"));
        CDT_OK(subject);
        CDT_OK(m_w->faceConsent(subject->id));
        auto enrolled = m_m->enrollAllConsented();
        CDT_OK(enrolled);
        QCOMPARE(enrolled.value(), 1);  // at the simulated vendor only
        auto atEdge = cd::Enrollments(officer()).activeEnrollments(cd::CameraInventory(officer()).vendorByCode(kEdge)->id);
        CDT_OK(atEdge);
        QVERIFY(atEdge->empty());
        // The simulated vendor, which declares recognition, is not affected by this rule.
        QVERIFY(cd::vendorOffersMode(m_m->host(kSim)->info().capabilities, CameraMode::IdentifyConsented));
        QVERIFY(!cd::vendorOffersMode(m_m->host(kEdge)->info().capabilities, CameraMode::IdentifyConsented));
        QVERIFY(cd::vendorOffersMode(m_m->host(kEdge)->info().capabilities, CameraMode::CountOnly));
    }
};

QTEST_GUILESS_MAIN(TestEdgeCount)
#include "tst_edgecount.moc"
