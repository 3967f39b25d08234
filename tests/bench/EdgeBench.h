#pragma once
// edge_count_error / edge_realtime_factor (issue 11): the on-device counting plugin's counter,
// with the demo camera's settings, over the sample video vtest.avi against the hand annotation in
// tests/data/vtest-annotation.json, on one core. Skipped, with a note, when the plugin was not built
// (no OpenCV) or the video is missing (tools/fetch-vtest.sh).
#include "Report.h"
#include "core/base/Result.h"

namespace bench {

cd::Result<void> measureEdgeCount(Report &report);

} // namespace bench
