#pragma once
// Which language the product speaks. zh_CN is the product's first language; English is the
// source language. Translations are compiled in (":/i18n/consentdesk_<lang>.qm").
#include <QString>
#include <QStringList>

namespace cd::i18n {

QStringList availableLanguages();            // "zh_CN", "en"
QString defaultLanguage();                    // zh_CN when the system locale is Chinese, else en
// Installs translators for the product and for Qt's own strings, replacing earlier ones.
// Qt then sends LanguageChange to every widget, so an open window retranslates live.
bool setLanguage(const QString &language);
QString currentLanguage();
bool isChinese();                             // the current language is Chinese

} // namespace cd::i18n
