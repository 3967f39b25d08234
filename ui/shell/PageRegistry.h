#pragma once
// The pages the console can show, as data: the main window builds its navigation from a
// registry and hosts whatever it lists, so adding a page is one registration (see
// consolePages()) and never an edit of the window. Each page says which roles may see it; the
// services refuse as well, so this only keeps out what a role could not use.
#include "core/domain/Role.h"

#include <QKeySequence>
#include <QString>
#include <functional>
#include <vector>

class CameraVendors;
class QWidget;

namespace cd { class Session; }

// What a page may use. Valid for the page's whole life: pages are destroyed when the console
// locks, before the session and the vendors go.
struct PageContext {
    cd::Session &session;
    QString storeName;
    CameraVendors &cameras;
    // Asks the window to show another page by id (MainWindow::showPage); false when the role has
    // no such page. How a page sends the officer to the page that fixes something.
    std::function<bool(const QString &id)> showPage;
};

struct PageSpec {
    QString id;                                 // stable, e.g. "consents"; MainWindow::showPage()
    std::function<QString()> title;             // translated; asked again after a language change
    QString icon;                               // a resource path
    QKeySequence shortcut;                      // empty: none
    std::vector<cd::Permission> anyOf;          // a role needs one of these; empty: every role
    std::function<QWidget *(const PageContext &, QWidget *parent)> create;

    bool allows(cd::Role role) const;
};

class PageRegistry {
public:
    // False (and nothing added) for an id already taken, or without id, title or factory.
    bool add(PageSpec spec);

    const std::vector<PageSpec> &pages() const { return m_pages; }
    // In registration order, which is the order of the navigation.
    std::vector<const PageSpec *> visibleTo(cd::Role role) const;
    const PageSpec *find(const QString &id) const;

private:
    std::vector<PageSpec> m_pages;
};

// The console's pages, registered once in ConsolePages.cpp.
const PageRegistry &consolePages();
