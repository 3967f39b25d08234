#pragma once
// The sample video the on-device counting plugin (plugins/edgecount) runs on in the demo, its
// tests and the bench: vtest.avi from Debian's opencv-doc (pedestrians in a square, 768x576,
// 10 fps, 795 frames), fetched by tools/fetch-vtest.sh and never part of the repository.
#include <QJsonObject>
#include <QString>

namespace cd::demo {

// $CONSENTDESK_VIDEO_DIR/vtest.avi, else ~/.cache/consentdesk/vtest.avi; empty when missing.
QString sampleVideoPath();

// The plugin's settings section ("edgecount": {...}) for one zone and one camera on `videoPath`,
// looped, with the counting line of tests/data/vtest-annotation.json. `fast` reads the file as
// fast as it is counted (tests); otherwise it plays at its own 10 frames per second (demo).
// `sourcePaths` lets the plugin host's file sandbox read the video.
QJsonObject edgecountSettings(const QString &videoPath, bool fast);

} // namespace cd::demo
