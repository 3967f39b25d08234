#pragma once
// Follows people from one detection round to the next and counts who crosses a line. It sees
// boxes only, never pixels: what it keeps is a box, a speed and which side of the line a track was
// on, for as long as the person is in view, and it forgets the track when they leave.
#include <opencv2/core/types.hpp>

#include <vector>

namespace edgecount {

struct CountingLine {
    cv::Point2f a, b;  // a person crosses when their foot point passes between a and b
};

struct TrackerOptions {
    double maxJumpRatio = 0.75;  // a detection joins a track within this many box heights of its prediction
    int maxMissedRounds = 3;     // a track that was not seen for this many rounds is dropped
    int confirmHits = 2;         // detections before a track may count (one-off false positives do not)
    double hysteresisPx = 4;     // how far past the line the foot point must be
};

struct Crossings {
    int forward = 0;   // from the left of a->b to its right
    int backward = 0;
    int total() const { return forward + backward; }
};

class CrossingTracker {
public:
    explicit CrossingTracker(CountingLine line, TrackerOptions options = {});

    // One detection round: the people found in this frame, in frame coordinates; `frameGap` is the
    // number of frames since the previous round. Returns the crossings it completed.
    Crossings update(const std::vector<cv::Rect> &people, int frameGap);
    // People in view now: confirmed tracks that are still being followed.
    int occupancy() const;
    void reset() { m_tracks.clear(); }

private:
    struct Track {
        cv::Rect2f box;
        cv::Point2f velocity;  // per frame
        int side = 0;          // -1, +1, or 0 while on the line
        int hits = 0;
        int missed = 0;
    };
    int sideOf(const cv::Point2f &foot) const;

    CountingLine m_line;
    TrackerOptions m_options;
    std::vector<Track> m_tracks;
};

} // namespace edgecount
