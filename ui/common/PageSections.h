#pragma once
// A page with parts that a link can open directly: the main window's showPage("compliance/filing")
// shows the compliance page and asks it for its "filing" part.
#include <QString>

class PageSections {
public:
    virtual ~PageSections() = default;
    virtual void showSection(const QString &section) = 0;
};
