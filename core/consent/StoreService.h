#pragma once
#include "core/base/Result.h"
#include "core/domain/Records.h"

#include <QCoreApplication>
#include <vector>

namespace cd {

class Session;

class StoreService {
    Q_DECLARE_TR_FUNCTIONS(cd::StoreService)
public:
    explicit StoreService(Session &session) : m_session(session) {}
    Result<std::vector<StoreInfo>> list();
    Result<StoreInfo> add(const QString &code, const QString &name, const QString &address = {});

private:
    Session &m_session;
};

} // namespace cd
