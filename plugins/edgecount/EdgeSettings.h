#pragma once
// The plugin's configuration, from settings["edgecount"] (docs/edgecount.md): zones, and per
// device its video source, counting line and detection region. Checked whole before anything
// starts: a bad setting refuses initialise() with a sentence naming it.
#include "PeopleCounter.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace edgecount {

enum class Pace {
    Realtime,  // a file plays at its own frame rate (demos); a camera or stream always does
    Fast,      // a file is read as fast as it can be counted (tests)
};

struct DeviceSettings {
    QString id, name, zoneId;
    QString source;    // /dev/videoN, a stream URL (rtsp://, http(s)://) or a file, looped
    CounterOptions counter;
    Pace pace = Pace::Realtime;
    int frames = 0;  // a file: count its first `frames` frames once and then hold (tests); 0 loops
};

struct EdgeSettings {
    QList<QPair<QString, QString>> zones;  // id, name
    QList<DeviceSettings> devices;
    int saveIntervalMs = 10000;  // how often counts go to disk; a crash loses at most this much
};

constexpr const char *kSettingsKey = "edgecount";

// nullopt with *error when the settings are unusable. An absent section is valid: no devices.
std::optional<EdgeSettings> parseSettings(const QJsonObject &all, QString *error);

bool isFileSource(const QString &source);  // neither a device nor a URL

} // namespace edgecount
