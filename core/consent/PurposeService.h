#pragma once
// Purposes and their notice versions. A notice version is immutable once written (a trigger
// enforces it); publishing a new one, or changing a purpose, marks its consents for renewal.
#include "core/base/Result.h"
#include "core/domain/NoticeChecklist.h"
#include "core/domain/Records.h"

#include <QCoreApplication>
#include <optional>
#include <utility>
#include <vector>

namespace cd {

class Session;

class PurposeService {
    Q_DECLARE_TR_FUNCTIONS(cd::PurposeService)
public:
    explicit PurposeService(Session &session) : m_session(session) {}

    Result<std::vector<Purpose>> list(bool includeInactive = false);
    Result<Purpose> get(qint64 id);
    Result<Purpose> findByCode(const QString &code);
    Result<Purpose> add(const Purpose &purpose);
    // The purpose and its first notice version as one change: both or neither.
    Result<std::pair<Purpose, NoticeVersion>> addWithNotice(const Purpose &purpose, const QString &textZh,
                                                            const QString &textEn, const NoticeItems &items);
    // Changing what the purpose is (basis, categories, sensitivity, retention) is a change of
    // purpose (Art. 14): revision+1 and every granted consent for it needs renewal.
    // Returns how many consents were marked.
    Result<int> update(const Purpose &purpose);
    Result<void> setActive(qint64 id, bool active);

    // Publishes a new notice version for the purpose (version = last + 1). Returns it; consents
    // given under older versions are marked as needing renewal. Refused, naming each missing
    // item, unless `items` states everything the purpose's notice must (NoticeChecklist.h).
    Result<NoticeVersion> publishNotice(qint64 purposeId, const QString &textZh, const QString &textEn,
                                        const NoticeItems &items, qint64 effectiveAt = 0);
    // The checklist items published with a notice version (empty for versions older than the checklist).
    Result<NoticeItems> noticeItems(qint64 noticeVersionId);
    Result<std::vector<NoticeVersion>> notices(qint64 purposeId);
    // The newest version in effect now; NotFound when the purpose has none.
    Result<NoticeVersion> currentNotice(qint64 purposeId);

private:
    Session &m_session;
};

} // namespace cd
