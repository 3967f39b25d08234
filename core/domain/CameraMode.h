#pragma once
// The camera mode is one type from the plugin API to the screen: the vendor SDK's DeviceMode.
// Its stored and wire spelling comes from modeId()/modeFromId(); nothing else spells it.
#include "vendor-sdk/CameraVendorPlugin.h"
#include "vendor-sdk/VendorProtocol.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace cd {

using CameraMode = cdvendor::DeviceMode;

inline QString cameraModeId(CameraMode mode) { return cdvendor::wire::modeId(mode); }
inline std::optional<CameraMode> cameraModeFromId(const QString &id) { return cdvendor::wire::modeFromId(id); }
// Only identify-consented keeps anything about a person; off and count-only never do.
inline bool recognisesFaces(CameraMode mode) { return mode == CameraMode::IdentifyConsented; }
// Any camera that is on sees people in a public place, counting included, so it needs a posted
// sign (PIPL Art. 26); only a camera switched off needs none. The car maker's cameras "only
// counted" too.
inline bool needsSign(CameraMode mode) { return mode != CameraMode::Off; }
// A plugin names the modes it can run among its metadata's "Capabilities". Recognition is refused
// to one that does not name it (it declares it cannot identify anyone, e.g. a people counter);
// off and count-only keep nothing about a person and are never refused for this.
inline bool vendorOffersMode(const QStringList &capabilities, CameraMode mode)
{
    return !recognisesFaces(mode) || capabilities.contains(cameraModeId(mode));
}

} // namespace cd
