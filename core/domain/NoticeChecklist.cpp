#include "NoticeChecklist.h"

#include <QCoreApplication>

namespace cd {

namespace {
struct ItemName {
    NoticeItem item;
    const char *id;
    const char *name;
};
// Ids are stored with each notice version and never change.
const ItemName kItems[] = {
    {NoticeItem::Handler, "handler", QT_TRANSLATE_NOOP("cd::NoticeChecklist", "Handler's name (Art. 17)")},
    {NoticeItem::Contact, "contact", QT_TRANSLATE_NOOP("cd::NoticeChecklist", "Handler's contact (Art. 17)")},
    {NoticeItem::Purposes, "purposes", QT_TRANSLATE_NOOP("cd::NoticeChecklist", "Purposes of processing (Art. 17)")},
    {NoticeItem::Methods, "methods", QT_TRANSLATE_NOOP("cd::NoticeChecklist", "Methods of processing (Art. 17)")},
    {NoticeItem::Categories, "categories",
     QT_TRANSLATE_NOOP("cd::NoticeChecklist", "Categories of personal information (Art. 17)")},
    {NoticeItem::Retention, "retention", QT_TRANSLATE_NOOP("cd::NoticeChecklist", "Retention period (Art. 17)")},
    {NoticeItem::Rights, "rights",
     QT_TRANSLATE_NOOP("cd::NoticeChecklist", "How to exercise the rights of the individual (Art. 17)")},
    {NoticeItem::Necessity, "necessity",
     QT_TRANSLATE_NOOP("cd::NoticeChecklist", "Why processing the sensitive data is necessary (Art. 30)")},
    {NoticeItem::Impact, "impact",
     QT_TRANSLATE_NOOP("cd::NoticeChecklist", "The impact on the individual's rights and interests (Art. 30)")},
};
} // namespace

QString noticeItemId(NoticeItem item)
{
    for (const ItemName &n : kItems)
        if (n.item == item)
            return QString::fromLatin1(n.id);
    return {};
}

std::optional<NoticeItem> noticeItemFromId(const QString &id)
{
    for (const ItemName &n : kItems)
        if (id == QLatin1String(n.id))
            return n.item;
    return std::nullopt;
}

QString noticeItemDisplayName(NoticeItem item)
{
    for (const ItemName &n : kItems)
        if (n.item == item)
            return QCoreApplication::translate("cd::NoticeChecklist", n.name);
    return {};
}

std::vector<NoticeItem> allNoticeItems()
{
    std::vector<NoticeItem> all;
    for (const ItemName &n : kItems)
        all.push_back(n.item);
    return all;
}

std::vector<NoticeItem> requiredNoticeItems(bool sensitive)
{
    std::vector<NoticeItem> items;
    for (NoticeItem i : allNoticeItems())
        if (sensitive || (i != NoticeItem::Necessity && i != NoticeItem::Impact))
            items.push_back(i);
    return items;
}

std::vector<NoticeItem> missingNoticeItems(const NoticeItems &items, bool sensitive)
{
    std::vector<NoticeItem> missing;
    for (NoticeItem i : requiredNoticeItems(sensitive))
        if (items.value(noticeItemId(i)).trimmed().isEmpty())
            missing.push_back(i);
    return missing;
}

} // namespace cd
