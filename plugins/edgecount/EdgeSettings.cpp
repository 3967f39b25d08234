#include "EdgeSettings.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace edgecount {

namespace {

bool isId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,63}$"));
    return re.match(id).hasMatch();
}

// [x1, y1, x2, y2] or [x, y, w, h]: four non-negative numbers within a sane frame size.
std::optional<std::array<int, 4>> fourInts(const QJsonValue &v)
{
    const QJsonArray a = v.toArray();
    if (a.size() != 4)
        return std::nullopt;
    std::array<int, 4> out{};
    for (int i = 0; i < 4; ++i) {
        if (!a[i].isDouble() || a[i].toDouble() < 0 || a[i].toDouble() > 16384)
            return std::nullopt;
        out[size_t(i)] = int(a[i].toDouble());
    }
    return out;
}

} // namespace

bool isFileSource(const QString &source)
{
    return !source.startsWith(QLatin1String("/dev/")) && !source.contains(QLatin1String("://"));
}

std::optional<EdgeSettings> parseSettings(const QJsonObject &all, QString *error)
{
    EdgeSettings s;
    const QJsonObject mine = all.value(QLatin1String(kSettingsKey)).toObject();
    s.saveIntervalMs = qBound(200, mine.value(QStringLiteral("saveIntervalMs")).toInt(10000), 3600000);
    QSet<QString> zoneIds;
    for (const QJsonValue &z : mine.value(QStringLiteral("zones")).toArray()) {
        const QString id = z[QStringLiteral("id")].toString();
        if (!isId(id) || zoneIds.contains(id)) {
            *error = QStringLiteral("zone id \"%1\" is not a short lower-case id or is given twice").arg(id.left(64));
            return std::nullopt;
        }
        zoneIds.insert(id);
        s.zones.append({id, z[QStringLiteral("name")].toString(id).left(200)});
    }
    QSet<QString> deviceIds;
    for (const QJsonValue &d : mine.value(QStringLiteral("devices")).toArray()) {
        DeviceSettings dev;
        dev.id = d[QStringLiteral("id")].toString();
        if (!isId(dev.id) || deviceIds.contains(dev.id)) {
            *error = QStringLiteral("device id \"%1\" is not a short lower-case id or is given twice").arg(dev.id.left(64));
            return std::nullopt;
        }
        deviceIds.insert(dev.id);
        dev.name = d[QStringLiteral("name")].toString(dev.id).left(200);
        dev.zoneId = d[QStringLiteral("zone")].toString();
        if (!zoneIds.contains(dev.zoneId)) {
            *error = QStringLiteral("device %1: zone \"%2\" is not among the zones").arg(dev.id, dev.zoneId.left(64));
            return std::nullopt;
        }
        dev.source = d[QStringLiteral("source")].toString();
        if (dev.source.isEmpty()) {
            *error = QStringLiteral("device %1 has no source (a /dev/video device, a stream URL or a file)").arg(dev.id);
            return std::nullopt;
        }
        const auto line = fourInts(d[QStringLiteral("line")]);
        if (!line || ((*line)[0] == (*line)[2] && (*line)[1] == (*line)[3])) {
            *error = QStringLiteral("device %1: \"line\" must be [x1, y1, x2, y2] in pixels, two different points").arg(dev.id);
            return std::nullopt;
        }
        dev.counter.line = {cv::Point2f(float((*line)[0]), float((*line)[1])), cv::Point2f(float((*line)[2]), float((*line)[3]))};
        if (d[QStringLiteral("region")].isUndefined()) {
            dev.counter.region = {};  // the whole frame
        } else if (const auto region = fourInts(d[QStringLiteral("region")]); region && (*region)[2] > 0 && (*region)[3] > 0) {
            dev.counter.region = cv::Rect((*region)[0], (*region)[1], (*region)[2], (*region)[3]);
        } else {
            *error = QStringLiteral("device %1: \"region\" must be [x, y, width, height] in pixels").arg(dev.id);
            return std::nullopt;
        }
        dev.counter.detectEvery = qBound(1, d[QStringLiteral("detectEvery")].toInt(3), 10);
        dev.counter.scale = qBound(0.25, d[QStringLiteral("scale")].toDouble(1.0), 4.0);
        dev.counter.minScore = d[QStringLiteral("minScore")].toDouble(dev.counter.minScore);
        const QString pace = d[QStringLiteral("pace")].toString(QStringLiteral("realtime"));
        if (pace != QLatin1String("realtime") && pace != QLatin1String("fast")) {
            *error = QStringLiteral("device %1: \"pace\" is \"realtime\" or \"fast\"").arg(dev.id);
            return std::nullopt;
        }
        dev.pace = pace == QLatin1String("fast") ? Pace::Fast : Pace::Realtime;
        const QJsonValue frames = d[QStringLiteral("frames")];
        if (!frames.isUndefined() && (!frames.isDouble() || frames.toDouble() < 0 || frames.toDouble() > 1e9
                                      || frames.toDouble() != double(frames.toInt()) || !isFileSource(dev.source))) {
            *error = QStringLiteral("device %1: \"frames\" is a whole number of frames, for a file only").arg(dev.id);
            return std::nullopt;
        }
        dev.frames = frames.toInt(0);
        s.devices.append(dev);
    }
    return s;
}

} // namespace edgecount
