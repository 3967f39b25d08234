#pragma once
// The Language menu: one checkable action per language, each named in itself. Choosing one
// switches the whole console live (every widget follows through cd::gui::onLanguageChange)
// and remembers the choice for the next start.
#include <QMenu>

class QActionGroup;

class LanguageMenu : public QMenu {
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    // Switches to `language` ("zh_CN", "en"); without a compiled translation, falls back to
    // English, emits unavailable() and saves nothing.
    void switchTo(const QString &language);

signals:
    void unavailable();

private:
    void retranslateUi();

    QActionGroup *m_group;
};
