#include "PageRegistry.h"

#include <algorithm>

bool PageSpec::allows(cd::Role role) const
{
    return anyOf.empty()
        || std::any_of(anyOf.begin(), anyOf.end(), [role](cd::Permission p) { return cd::roleAllows(role, p); });
}

bool PageRegistry::add(PageSpec spec)
{
    if (spec.id.isEmpty() || !spec.title || !spec.create || find(spec.id))
        return false;
    m_pages.push_back(std::move(spec));
    return true;
}

std::vector<const PageSpec *> PageRegistry::visibleTo(cd::Role role) const
{
    std::vector<const PageSpec *> out;
    for (const PageSpec &p : m_pages) {
        if (p.allows(role))
            out.push_back(&p);
    }
    return out;
}

const PageSpec *PageRegistry::find(const QString &id) const
{
    const auto it = std::find_if(m_pages.begin(), m_pages.end(), [&id](const PageSpec &p) { return p.id == id; });
    return it == m_pages.end() ? nullptr : &*it;
}
