#include "CrossingTracker.h"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace edgecount {

namespace {

cv::Point2f footOf(const cv::Rect2f &r) { return {r.x + r.width / 2, r.y + r.height}; }

cv::Rect2f moved(const cv::Rect2f &r, const cv::Point2f &by) { return {r.x + by.x, r.y + by.y, r.width, r.height}; }

} // namespace

CrossingTracker::CrossingTracker(CountingLine line, TrackerOptions options) : m_line(line), m_options(options) {}

// -1 or +1 by the side of the line the point is on, 0 within the hysteresis band or beyond the
// segment's ends (a person walking past the end of the line crosses nothing).
int CrossingTracker::sideOf(const cv::Point2f &foot) const
{
    const cv::Point2f d = m_line.b - m_line.a;
    const double length = std::hypot(d.x, d.y);
    if (length < 1)
        return 0;
    const cv::Point2f p = foot - m_line.a;
    const double along = (p.x * d.x + p.y * d.y) / (length * length);
    if (along < 0 || along > 1)
        return 0;
    const double across = (d.x * p.y - d.y * p.x) / length;  // signed distance
    if (std::abs(across) < m_options.hysteresisPx)
        return 0;
    return across > 0 ? 1 : -1;
}

Crossings CrossingTracker::update(const std::vector<cv::Rect> &people, int frameGap)
{
    const int gap = std::max(1, frameGap);
    // Greedy association, nearest pairs first: a handful of people per frame needs nothing better.
    std::vector<std::tuple<double, size_t, size_t>> pairs;
    for (size_t t = 0; t < m_tracks.size(); ++t) {
        const Track &track = m_tracks[t];
        const cv::Point2f predicted = footOf(moved(track.box, track.velocity * float(gap)));
        for (size_t d = 0; d < people.size(); ++d) {
            const cv::Rect2f box(people[d]);
            const cv::Point2f delta = footOf(box) - predicted;
            const double distance = std::hypot(delta.x, delta.y);
            const double reach = m_options.maxJumpRatio * std::max(box.height, track.box.height)
                                 * std::min(gap, 4) / 2.0;
            if (distance <= std::max(reach, double(box.height) * 0.35))
                pairs.emplace_back(distance, t, d);
        }
    }
    std::sort(pairs.begin(), pairs.end());
    std::vector<bool> trackTaken(m_tracks.size()), personTaken(people.size());
    Crossings out;
    for (const auto &[distance, t, d] : pairs) {
        if (trackTaken[t] || personTaken[d])
            continue;
        trackTaken[t] = personTaken[d] = true;
        Track &track = m_tracks[t];
        const cv::Rect2f box(people[d]);
        const cv::Point2f step = (footOf(box) - footOf(track.box)) * (1.0f / float(gap + track.missed * gap));
        track.velocity = track.hits > 0 ? track.velocity * 0.5f + step * 0.5f : step;
        track.box = box;
        track.missed = 0;
        ++track.hits;
        const int side = sideOf(footOf(box));
        if (side != 0) {
            if (track.side != 0 && side != track.side && track.hits >= m_options.confirmHits)
                (side > 0 ? out.forward : out.backward) += 1;
            track.side = side;
        }
    }
    for (size_t t = 0; t < m_tracks.size(); ++t) {
        if (!trackTaken[t]) {
            Track &track = m_tracks[t];
            ++track.missed;
            track.box = moved(track.box, track.velocity * float(gap));  // coast on its last speed
        }
    }
    m_tracks.erase(std::remove_if(m_tracks.begin(), m_tracks.end(),
                                  [this](const Track &track) { return track.missed > m_options.maxMissedRounds; }),
                   m_tracks.end());
    for (size_t d = 0; d < people.size(); ++d) {
        if (!personTaken[d]) {
            Track track;
            track.box = cv::Rect2f(people[d]);
            track.side = sideOf(footOf(track.box));
            track.hits = 1;
            m_tracks.push_back(track);
        }
    }
    return out;
}

int CrossingTracker::occupancy() const
{
    return int(std::count_if(m_tracks.begin(), m_tracks.end(),
                             [this](const Track &t) { return t.hits >= m_options.confirmHits && t.missed == 0; }));
}

} // namespace edgecount
