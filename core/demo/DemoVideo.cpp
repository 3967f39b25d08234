#include "DemoVideo.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace cd::demo {

QString sampleVideoPath()
{
    const QByteArray env = qgetenv("CONSENTDESK_VIDEO_DIR");
    const QString dir = env.isEmpty() ? QDir::homePath() + QStringLiteral("/.cache/consentdesk") : QString::fromLocal8Bit(env);
    const QFileInfo video(QDir(dir).filePath(QStringLiteral("vtest.avi")));
    return video.isFile() && video.size() > 0 ? video.absoluteFilePath() : QString();
}

QJsonObject edgecountSettings(const QString &videoPath, bool fast)
{
    // The line crosses the square's path from the lawn's top edge to the bottom of the picture;
    // detection runs only in the band 150 pixels either side of it, enlarged 1.5 times (the
    // people here are 80-110 pixels tall, under the HOG window's 128), on every third frame.
    const QJsonObject camera{{QStringLiteral("id"), QStringLiteral("cam-square")},
                             {QStringLiteral("name"), QStringLiteral("Square camera")},
                             {QStringLiteral("zone"), QStringLiteral("square")},
                             {QStringLiteral("source"), videoPath},
                             {QStringLiteral("line"), QJsonArray{340, 120, 340, 575}},
                             {QStringLiteral("region"), QJsonArray{190, 60, 300, 516}},
                             {QStringLiteral("detectEvery"), 3},
                             {QStringLiteral("scale"), 1.5},
                             {QStringLiteral("pace"), fast ? QStringLiteral("fast") : QStringLiteral("realtime")}};
    return QJsonObject{{QStringLiteral("zones"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("square")},
                                                                       {QStringLiteral("name"), QStringLiteral("Square")}}}},
                       {QStringLiteral("devices"), QJsonArray{camera}},
                       {QStringLiteral("sourcePaths"), QJsonArray{videoPath}}};
}

} // namespace cd::demo
