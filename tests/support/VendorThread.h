#pragma once
// For tests of the console's vendor thread (cd::VendorWorker): ask it for a call and wait for the
// answer by spinning the test's event loop (the console itself never waits), or wait until a
// vendor's host says it is ready.
#include "vendors/VendorWorker.h"

#include <QObject>
#include <QTest>
#include <optional>

namespace cdtest {

template <typename Work>
auto onVendorThread(cd::VendorWorker &worker, Work work, int timeoutMs = 60000)
{
    using R = std::invoke_result_t<Work &, cd::VendorManager &>;
    std::optional<R> out;
    QObject context;  // gone on return: a late answer is dropped
    worker.run(&context, std::move(work), [&out](R r) { out.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, timeoutMs))
        return R(cd::makeError(cd::ErrorCode::Failed, QStringLiteral("no answer from the vendor thread")));
    return std::move(*out);
}

inline bool waitUntilReady(cd::VendorWorker &worker, const QString &vendorCode, int timeoutMs = 30000)
{
    return QTest::qWaitFor(
        [&] {
            const cd::VendorHostStatus *h = worker.host(vendorCode);
            return h && h->health == cd::VendorHealth::Ready;
        },
        timeoutMs);
}

} // namespace cdtest
