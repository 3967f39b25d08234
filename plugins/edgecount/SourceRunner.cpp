#include "SourceRunner.h"

#include <opencv2/videoio.hpp>

#include <chrono>

namespace edgecount {

SourceRunner::SourceRunner(DeviceSettings device, HourlyCounts &counts)
    : m_device(std::move(device)), m_counts(counts), m_thread([this] { run(); })
{
}

SourceRunner::~SourceRunner()
{
    m_stop = true;
    m_thread.join();
    m_counts.setOccupancy(m_device.id, 0);
}

QString SourceRunner::lastError() const
{
    std::lock_guard lock(m_errorMutex);
    return m_lastError;
}

bool SourceRunner::pause(int ms)
{
    for (int waited = 0; waited < ms && !m_stop; waited += 50)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    return !m_stop;
}

void SourceRunner::run()
{
    // A source that makes OpenCV throw (a broken stream, say) stops this device, not the host.
    try {
        count();
    } catch (const std::exception &e) {
        std::lock_guard lock(m_errorMutex);
        m_lastError = QStringLiteral("counting stopped: %1").arg(QString::fromLocal8Bit(e.what()).left(300));
    }
}

void SourceRunner::count()
{
    using Clock = std::chrono::steady_clock;
    PeopleCounter counter(m_device.counter);
    const bool file = isFileSource(m_device.source);
    const bool paced = !file || m_device.pace == Pace::Realtime;
    const QByteArray source = m_device.source.toUtf8();
    cv::Mat frame;
    while (!m_stop) {
        cv::VideoCapture capture;
        // "/dev/videoN" is opened by index through V4L2; anything else through FFmpeg.
        if (m_device.source.startsWith(QLatin1String("/dev/video")))
            capture.open(m_device.source.mid(10).toInt(), cv::CAP_V4L2);
        else
            capture.open(source.toStdString(), cv::CAP_FFMPEG);
        if (!capture.isOpened()) {
            std::lock_guard lock(m_errorMutex);
            m_lastError = QStringLiteral("cannot open %1").arg(m_device.source);
            if (!pause(2000))
                break;
            continue;
        }
        {
            std::lock_guard lock(m_errorMutex);
            m_lastError.clear();
        }
        const double fps = capture.get(cv::CAP_PROP_FPS);
        const auto frameTime = std::chrono::duration<double>(fps > 1 && fps < 240 ? 1.0 / fps : 0.1);
        const Clock::time_point start = Clock::now();
        long long n = 0;
        counter.restart();
        while (!m_stop && capture.read(frame)) {
            const Crossings crossed = counter.feed(frame);
            if (crossed.total() > 0)
                m_counts.add(m_device.zoneId, QDateTime::currentDateTimeUtc(), crossed.total());
            m_counts.setOccupancy(m_device.id, counter.occupancy());
            ++m_frames;
            ++n;
            if (file && m_device.frames > 0 && n >= m_device.frames) {
                // Counted what was asked: hold the last state (its occupancy) until stopped.
                frame.release();
                while (pause(1000)) {
                }
                return;
            }
            if (paced && file) {  // a file plays no faster than it was recorded
                const auto due = start + std::chrono::duration_cast<Clock::duration>(frameTime * double(n));
                if (due > Clock::now())
                    std::this_thread::sleep_until(due);
            }
        }
        frame.release();
        if (n == 0 && !m_stop) {  // opened but empty or unreadable: do not spin on it
            std::lock_guard lock(m_errorMutex);
            m_lastError = QStringLiteral("%1 gave no frames").arg(m_device.source);
        }
        if (n == 0 && !pause(2000))
            break;
        if (!file && !m_stop) {  // a camera or stream that dropped: try again shortly
            std::lock_guard lock(m_errorMutex);
            m_lastError = QStringLiteral("%1 stopped sending frames").arg(m_device.source);
        }
        if (!file && !pause(2000))
            break;
    }
}

} // namespace edgecount
