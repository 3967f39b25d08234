#pragma once
// What a notice must tell the customer before their data is processed: PIPL Art. 17 (who the
// handler is and how to reach them, the purposes and methods, the categories, the retention
// period, how to exercise their rights) and, for sensitive data such as faces, Art. 30 (why it
// is necessary and how it affects them). A notice version is published only with every item it
// needs, each as a structured field beside the text the customer reads.
#include <QMap>
#include <QString>
#include <optional>
#include <vector>

namespace cd {

enum class NoticeItem { Handler, Contact, Purposes, Methods, Categories, Retention, Rights, Necessity, Impact };

QString noticeItemId(NoticeItem item);  // "handler", "contact", …
std::optional<NoticeItem> noticeItemFromId(const QString &id);
QString noticeItemDisplayName(NoticeItem item);  // translated, with the article it comes from

// Keyed by noticeItemId(); a blank value is a missing one.
using NoticeItems = QMap<QString, QString>;

// Every item, in the order a notice form shows them.
std::vector<NoticeItem> allNoticeItems();
// The items a notice for a purpose must state; Necessity and Impact only for sensitive data.
std::vector<NoticeItem> requiredNoticeItems(bool sensitive);
std::vector<NoticeItem> missingNoticeItems(const NoticeItems &items, bool sensitive);

} // namespace cd
