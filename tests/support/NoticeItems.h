#pragma once
// A notice checklist with every item stated (core/domain/NoticeChecklist.h), for tests that
// publish a notice and are not about the checklist.
#include "core/domain/NoticeChecklist.h"

namespace cdtest {

inline cd::NoticeItems fullNoticeItems()
{
    cd::NoticeItems items;
    for (cd::NoticeItem item : cd::allNoticeItems())
        items.insert(cd::noticeItemId(item), QStringLiteral("Test statement: ") + cd::noticeItemId(item));
    return items;
}

} // namespace cdtest
