#pragma once
// Counts people crossing a line in a stream of frames: OpenCV's built-in HOG people detector (no
// model file) on every `detectEvery`-th frame, only inside the counting region and optionally
// rescaled, with CrossingTracker joining the detections. A frame is only read here, never copied
// out or kept: after feed() returns, nothing of it remains but boxes.
#include "CrossingTracker.h"

#include <opencv2/core/mat.hpp>
#include <opencv2/objdetect.hpp>

namespace edgecount {

struct CounterOptions {
    CountingLine line;
    cv::Rect region;       // where detection runs (frame coordinates); empty: the whole frame
    int detectEvery = 3;   // frames; the tracker carries people in between
    double scale = 1.0;    // the region is resized by this before detection (<1 is faster)
    double minScore = 0.3; // HOG SVM score a detection needs
    TrackerOptions tracker;
};

class PeopleCounter {
public:
    explicit PeopleCounter(CounterOptions options);

    // One frame, in order. Returns the crossings completed by it.
    Crossings feed(const cv::Mat &frame);
    int occupancy() const { return m_tracker.occupancy(); }
    // The last detection round's boxes (frame coordinates), for tests and the bench.
    const std::vector<cv::Rect> &lastPeople() const { return m_people; }
    long long framesSeen() const { return m_frames; }
    // A new pass over the source (a looped file): people do not jump from the end to the start.
    void restart();

private:
    std::vector<cv::Rect> detect(const cv::Mat &frame);

    CounterOptions m_options;
    cv::HOGDescriptor m_hog;
    CrossingTracker m_tracker;
    std::vector<cv::Rect> m_people;
    long long m_frames = 0;
    int m_sinceDetection = 0;
};

} // namespace edgecount
