#pragma once
// One device's counting thread: opens its source (V4L2 device, stream URL or file), reads frames
// into memory, counts them and adds what it counted to the zone's hourly counts. A file starts
// again at its end; a camera or stream that fails is reopened after a pause. Frames are never
// written anywhere: each lives in one cv::Mat that the next frame overwrites.
#include "EdgeSettings.h"
#include "HourlyCounts.h"

#include <QString>
#include <atomic>
#include <mutex>
#include <thread>

namespace edgecount {

class SourceRunner {
public:
    SourceRunner(DeviceSettings device, HourlyCounts &counts);
    ~SourceRunner();  // stops and joins
    SourceRunner(const SourceRunner &) = delete;
    SourceRunner &operator=(const SourceRunner &) = delete;

    QString lastError() const;
    long long framesCounted() const { return m_frames.load(); }

private:
    void run();
    void count();
    bool pause(int ms);  // false when asked to stop

    DeviceSettings m_device;
    HourlyCounts &m_counts;
    std::atomic<bool> m_stop{false};
    std::atomic<long long> m_frames{0};
    mutable std::mutex m_errorMutex;
    QString m_lastError;
    std::thread m_thread;
};

} // namespace edgecount
