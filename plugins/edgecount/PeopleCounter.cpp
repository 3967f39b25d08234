#include "PeopleCounter.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace edgecount {

PeopleCounter::PeopleCounter(CounterOptions options)
    : m_options(options), m_tracker(options.line, options.tracker)
{
    m_hog.setSVMDetector(cv::HOGDescriptor::getDefaultPeopleDetector());
    m_options.detectEvery = std::max(1, m_options.detectEvery);
    m_options.scale = std::clamp(m_options.scale, 0.25, 4.0);
}

void PeopleCounter::restart()
{
    m_tracker.reset();
    m_people.clear();
    m_sinceDetection = 0;
}

std::vector<cv::Rect> PeopleCounter::detect(const cv::Mat &frame)
{
    const cv::Rect whole(0, 0, frame.cols, frame.rows);
    const cv::Rect region = m_options.region.empty() ? whole : (m_options.region & whole);
    if (region.width < 64 || region.height < 128)
        return {};
    cv::Mat gray;  // a working copy of the region only, freed on return
    if (frame.channels() == 1)
        frame(region).copyTo(gray);
    else
        cv::cvtColor(frame(region), gray, cv::COLOR_BGR2GRAY);
    if (m_options.scale != 1.0)
        cv::resize(gray, gray, cv::Size(), m_options.scale, m_options.scale,
                   m_options.scale < 1 ? cv::INTER_AREA : cv::INTER_LINEAR);
    std::vector<cv::Rect> found;
    std::vector<double> scores;
    if (gray.cols >= m_hog.winSize.width && gray.rows >= m_hog.winSize.height)
        m_hog.detectMultiScale(gray, found, scores, 0, cv::Size(8, 8), cv::Size(), 1.05, 2);
    std::vector<cv::Rect> people;
    for (size_t i = 0; i < found.size(); ++i) {
        if (i < scores.size() && scores[i] < m_options.minScore)
            continue;
        // The default detector's window is loose around a person: trim it to the body, so the
        // foot point is where the feet are.
        const cv::Rect &r = found[i];
        const double s = 1.0 / m_options.scale;
        const cv::Rect body(int(region.x + (r.x + r.width * 0.1) * s), int(region.y + (r.y + r.height * 0.07) * s),
                            int(r.width * 0.8 * s), int(r.height * 0.87 * s));
        people.push_back(body);
    }
    return people;
}

Crossings PeopleCounter::feed(const cv::Mat &frame)
{
    ++m_frames;
    if (++m_sinceDetection < m_options.detectEvery && m_frames > 1)
        return {};
    const int gap = m_sinceDetection;
    m_sinceDetection = 0;
    m_people = detect(frame);
    return m_tracker.update(m_people, gap);
}

} // namespace edgecount
