#include "LanguageMenu.h"

#include "ShellSettings.h"
#include "core/i18n/Language.h"
#include "ui/common/Retranslate.h"

#include <QAction>
#include <QActionGroup>

LanguageMenu::LanguageMenu(QWidget *parent) : QMenu(parent), m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    m_group->setExclusive(true);
    // Each language is named in itself, so anyone can find their own: not translated.
    const std::pair<QString, QString> languages[] = {
        {QStringLiteral("zh_CN"), QStringLiteral("中文")},
        {QStringLiteral("en"), QStringLiteral("English")},
    };
    for (const auto &[id, name] : languages) {
        auto *action = new QAction(name, m_group);
        action->setObjectName(QStringLiteral("languageAction_") + id);
        action->setCheckable(true);
        action->setData(id);
        connect(action, &QAction::triggered, this, [this, id = id] { switchTo(id); });
    }
    addActions(m_group->actions());
    cd::gui::onLanguageChange(this, [this] { retranslateUi(); });
    retranslateUi();
}

void LanguageMenu::switchTo(const QString &language)
{
    if (cd::i18n::setLanguage(language)) {
        cd::gui::settings::setLanguage(language);
    } else {
        // No compiled translation: stay usable in the source language.
        cd::i18n::setLanguage(QStringLiteral("en"));
        emit unavailable();
    }
    retranslateUi();  // checks the language now in use, even if nothing changed
}

void LanguageMenu::retranslateUi()
{
    setTitle(tr("&Language"));
    for (QAction *a : m_group->actions())
        a->setChecked(a->data().toString() == cd::i18n::currentLanguage());
}
