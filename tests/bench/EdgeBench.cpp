#include "EdgeBench.h"

#ifdef CONSENTDESK_EDGECOUNT
#include "core/demo/DemoVideo.h"
#include "plugins/edgecount/EdgeSettings.h"
#include "plugins/edgecount/PeopleCounter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <opencv2/core/utility.hpp>
#include <opencv2/videoio.hpp>

#include <chrono>
#include <sched.h>
#endif

namespace bench {

#ifndef CONSENTDESK_EDGECOUNT

cd::Result<void> measureEdgeCount(Report &)
{
    progress(QStringLiteral("edge_count_error, edge_realtime_factor: skipped, the edgecount plugin was not built (no OpenCV 4)"));
    return {};
}

#else

namespace {

// The calling thread on the one CPU it is on now, and OpenCV without worker threads; restored
// when it goes out of scope, so the other measurements run as before.
class OneCore {
public:
    OneCore()
    {
        cv::setNumThreads(1);
        m_saved = ::sched_getaffinity(0, sizeof m_mask, &m_mask) == 0;
        m_cpu = ::sched_getcpu();
        cpu_set_t one;
        CPU_ZERO(&one);
        CPU_SET(m_cpu, &one);
        m_pinned = m_cpu >= 0 && ::sched_setaffinity(0, sizeof one, &one) == 0;
    }
    ~OneCore()
    {
        if (m_saved)
            ::sched_setaffinity(0, sizeof m_mask, &m_mask);
        cv::setNumThreads(-1);
    }
    int cpu() const { return m_pinned ? m_cpu : -1; }

private:
    cpu_set_t m_mask{};
    bool m_saved = false, m_pinned = false;
    int m_cpu = -1;
};

} // namespace

cd::Result<void> measureEdgeCount(Report &report)
{
    const QString video = cd::demo::sampleVideoPath();
    if (video.isEmpty()) {
        progress(QStringLiteral("edge_count_error, edge_realtime_factor: skipped, vtest.avi is missing (tools/fetch-vtest.sh)"));
        return {};
    }
    const QString annotationPath = QStringLiteral(CONSENTDESK_SOURCE_DIR "/tests/data/vtest-annotation.json");
    QFile file(annotationPath);
    if (!file.open(QIODevice::ReadOnly))
        return cd::makeError(cd::ErrorCode::Failed, QStringLiteral("cannot read %1").arg(annotationPath));
    const QJsonObject truth = QJsonDocument::fromJson(file.readAll()).object();
    const int annotated = truth.value(QStringLiteral("total")).toInt();
    if (annotated <= 0)
        return cd::makeError(cd::ErrorCode::Failed, QStringLiteral("%1 names no crossings").arg(annotationPath));

    // The demo camera's settings, exactly as the plugin gets them.
    QString error;
    const auto settings = edgecount::parseSettings(
        QJsonObject{{QLatin1String(edgecount::kSettingsKey), cd::demo::edgecountSettings(video, true)}}, &error);
    if (!settings || settings->devices.isEmpty())
        return cd::makeError(cd::ErrorCode::Failed, QStringLiteral("edgecount settings: %1").arg(error));
    const edgecount::CounterOptions options = settings->devices.front().counter;
    const QJsonArray line = truth.value(QStringLiteral("line")).toArray();
    if (line != QJsonArray{options.line.a.x, options.line.a.y, options.line.b.x, options.line.b.y})
        return cd::makeError(cd::ErrorCode::Failed, QStringLiteral("the annotation's line is not the demo camera's"));
    QMap<int, int> occupancyTruth;
    for (const QJsonValue &o : truth.value(QStringLiteral("occupancy")).toArray())
        occupancyTruth.insert(o[QStringLiteral("frame")].toInt(), o[QStringLiteral("people")].toInt());

    progress(QStringLiteral("edge: counting people in %1 on one core").arg(video));
    OneCore pinned;
    cv::VideoCapture capture(video.toStdString(), cv::CAP_FFMPEG);
    if (!capture.isOpened())
        return cd::makeError(cd::ErrorCode::Failed, QStringLiteral("OpenCV cannot open %1").arg(video));
    const double fps = capture.get(cv::CAP_PROP_FPS);
    edgecount::PeopleCounter counter(options);
    edgecount::Crossings counted;
    QJsonArray occupancy;
    cv::Mat frame;
    int frames = 0;
    // Decoding is part of the work: the plugin decodes every frame it counts.
    const auto start = std::chrono::steady_clock::now();
    while (capture.read(frame)) {
        const edgecount::Crossings c = counter.feed(frame);
        counted.forward += c.forward;
        counted.backward += c.backward;
        if (occupancyTruth.contains(frames))
            occupancy.append(QJsonObject{{QStringLiteral("frame"), frames},
                                         {QStringLiteral("annotated"), occupancyTruth.value(frames)},
                                         {QStringLiteral("counted"), counter.occupancy()}});
        ++frames;
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (frames == 0 || seconds <= 0 || fps <= 0)
        return cd::makeError(cd::ErrorCode::Failed, QStringLiteral("no frames read from %1").arg(video));

    // The line runs downwards, so "forward" (to the left of a->b) is leftward in the picture.
    Measurement e;
    e.name = QStringLiteral("edge_count_error");
    e.unit = QStringLiteral("%");
    e.value = 100.0 * std::abs(counted.total() - annotated) / annotated;
    e.n = frames;
    e.target = Target{15.0, Target::On::Value, Target::Cmp::AtMost};
    e.extra = QJsonObject{{QStringLiteral("annotation"), QStringLiteral("tests/data/vtest-annotation.json")},
                          {QStringLiteral("annotated"), annotated},
                          {QStringLiteral("counted"), counted.total()},
                          {QStringLiteral("annotated_leftward"), truth.value(QStringLiteral("leftward"))},
                          {QStringLiteral("counted_leftward"), counted.forward},
                          {QStringLiteral("annotated_rightward"), truth.value(QStringLiteral("rightward"))},
                          {QStringLiteral("counted_rightward"), counted.backward},
                          {QStringLiteral("line"), line},
                          {QStringLiteral("occupancy"), occupancy}};
    report.add(e);

    Measurement r;
    r.name = QStringLiteral("edge_realtime_factor");
    r.unit = QStringLiteral("x");
    r.value = (frames / fps) / seconds;
    r.n = frames;
    r.target = Target{1.0, Target::On::Value, Target::Cmp::AtLeast};
    r.extra = QJsonObject{{QStringLiteral("fps"), frames / seconds},
                          {QStringLiteral("video_fps"), fps},
                          {QStringLiteral("seconds"), seconds},
                          {QStringLiteral("resolution"), QStringLiteral("%1x%2").arg(frame.empty() ? 768 : frame.cols).arg(frame.empty() ? 576 : frame.rows)},
                          {QStringLiteral("detect_every"), options.detectEvery},
                          {QStringLiteral("detection_scale"), options.scale},
                          {QStringLiteral("cpu"), pinned.cpu()},
                          {QStringLiteral("pinning"), QStringLiteral("sched_setaffinity of the counting thread to one CPU, cv::setNumThreads(1)")}};
    report.add(r);
    return {};
}

#endif

} // namespace bench
