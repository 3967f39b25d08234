#include "DemoCameras.h"

#include "vendors/VendorManager.h"
#include "core/cameras/CameraInventory.h"
#include "core/cameras/CameraSigns.h"
#include "core/access/Session.h"
#include "core/demo/DemoVideo.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QPainter>

namespace {

const QString kVendor = QStringLiteral("simvendor");

// A picture of the sign, drawn here: the demo's stand-in for a photo taken at the door.
QByteArray signPhoto(const QString &title, const QString &text)
{
    QImage image(480, 320, QImage::Format_RGB32);
    image.fill(QColor(250, 250, 245));
    QPainter p(&image);
    p.setPen(QPen(QColor(31, 95, 168), 8));
    p.drawRect(8, 8, 464, 304);
    p.setPen(QColor(30, 30, 30));
    QFont f = p.font();
    f.setPixelSize(34);
    f.setBold(true);
    p.setFont(f);
    p.drawText(QRect(20, 30, 440, 60), Qt::AlignCenter, title);
    f.setPixelSize(22);
    f.setBold(false);
    p.setFont(f);
    p.drawText(QRect(30, 100, 420, 190), Qt::AlignCenter | Qt::TextWordWrap, text);
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// Every camera that is on needs a sign at its zone (PIPL Art. 26), counting ones too: the
// entrance tells of recognition, the other zones of counting.
cd::Result<void> signEveryZone(cd::Session &session)
{
    auto zones = cd::CameraInventory(session).zones();
    if (!zones)
        return zones.error();
    for (const cd::ZoneRecord &z : zones.value()) {
        if (z.currentSign)
            continue;
        const bool recognition = z.key == QLatin1String("entrance");
        const QByteArray photo =
            recognition ? signPhoto(QStringLiteral("人脸识别告示"),
                                    QStringLiteral("本区域设有摄像头。仅对单独同意的会员进行人脸识别。\n"
                                                   "Cameras in this area recognise only members who separately consented."))
                        : signPhoto(QStringLiteral("客流统计告示"),
                                    QStringLiteral("本区域设有摄像头，仅统计人数，不识别、不保存人脸。\n"
                                                   "A camera here counts people only; no face is recognised or kept."));
        CD_TRY(cd::CameraSigns(session).addSign(
            z.id,
            recognition ? QStringLiteral("A3 notice beside the entrance door, Chinese and English")
                        : QStringLiteral("A4 counting notice at the zone's entry, Chinese and English"),
            0, photo));
    }
    return {};
}

} // namespace

cd::Result<void> setUpDemoCameras(cd::Session &session, cd::VendorManager &vendors)
{
    cd::VendorHost *host = vendors.host(kVendor);
    if (!host || !host->waitUntilReady(15000))
        return cd::makeError(cd::ErrorCode::Failed, QCoreApplication::translate("DemoCameras", "The simulated camera vendor did not start."));
    CD_TRY(signEveryZone(session));
    CD_TRY(vendors.setMode(kVendor, QStringLiteral("cam-entrance-1"), cd::CameraMode::IdentifyConsented,
                           QStringLiteral("Demo: greeting members who separately consented")));
    CD_TRY(vendors.setMode(kVendor, QStringLiteral("cam-entrance-2"), cd::CameraMode::CountOnly,
                           QStringLiteral("Demo: visitor counting")));
    CD_TRY(vendors.setMode(kVendor, QStringLiteral("cam-checkout-1"), cd::CameraMode::CountOnly,
                           QStringLiteral("Demo: visitor counting")));
    auto enrolled = vendors.enrollAllConsented();
    if (!enrolled)
        return enrolled.error();
    const QDateTime now = session.clock().now();
    auto simulated = vendors.simulate(kVendor, now.addDays(-1), now,
                                      QJsonObject{{QStringLiteral("visitorsPerHour"), 90},
                                                  {QStringLiteral("enrolledShare"), 0.2},
                                                  {QStringLiteral("dailyProfile"), true}});
    if (!simulated)
        return simulated.error();
    // The second vendor counts real people in the sample video on this machine, when the video is
    // there (tools/fetch-vtest.sh): its numbers grow while the demo runs.
    if (cd::VendorHost *edge = vendors.host(QStringLiteral("edgecount"));
        edge && !cd::demo::sampleVideoPath().isEmpty() && edge->waitUntilReady(15000)) {
        CD_TRY(signEveryZone(session));  // its zone is known once its host reported it
        CD_TRY(vendors.setMode(QStringLiteral("edgecount"), QStringLiteral("cam-square"), cd::CameraMode::CountOnly,
                               QStringLiteral("Demo: people counting on this machine")));
    }
    auto counts = vendors.pollVisitorCounts();
    if (!counts)
        return counts.error();
    return {};
}
