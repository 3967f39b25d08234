#pragma once
// Small helpers shared by the console's widgets: time formatting, error boxes that do not
// block (no nested event loop, so locking the console can tear pages down at any moment).
#include "core/base/Result.h"

#include <QLoggingCategory>
#include <QString>
#include <functional>

class QTableView;
class QWidget;

Q_DECLARE_LOGGING_CATEGORY(lcUi)

namespace cd::gui {

// Registers the icons of resources/resources.qrc (a static library needs this once).
void initResources();

// UTC milliseconds since the epoch, shown in local time, formatted by the current QLocale.
QString formatDateTime(qint64 utcMs, bool withSeconds = false);
QString formatDate(qint64 utcMs);

// "3fa2…9c1d": enough of a hash to compare by eye.
QString shortHash(const QString &hex);

// A read-only list table as the pages show them: whole rows selected, one line per row, no row
// numbers, the last column stretched.
void setUpListView(QTableView *view);

// Window-modal message boxes opened with open(): they never block the caller.
void showError(QWidget *parent, const QString &title, const QString &message);
void showError(QWidget *parent, const QString &title, const Error &error);
void showInfo(QWidget *parent, const QString &title, const QString &message);
// Asks Yes/No (No is the default); runs `onYes` only when the user answers Yes.
void confirm(QWidget *parent, const QString &title, const QString &question, std::function<void()> onYes);

} // namespace cd::gui
