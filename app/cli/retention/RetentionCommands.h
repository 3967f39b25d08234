#pragma once
// What a retention sweep did, for `sweep` and `jobs run`.
#include "core/retention/RetentionService.h"

#include <QJsonObject>

namespace cd::cli {

QJsonObject sweepJson(const SweepResult &result);
QString sweepText(const SweepResult &result);  // translated lines

} // namespace cd::cli
