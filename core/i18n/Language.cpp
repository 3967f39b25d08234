#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace cd::i18n {

namespace {
QString g_current = QStringLiteral("en");
QTranslator *g_product = nullptr;
QTranslator *g_qt = nullptr;

void drop(QTranslator *&t)
{
    if (t) {
        QCoreApplication::removeTranslator(t);
        delete t;
        t = nullptr;
    }
}
} // namespace

QStringList availableLanguages() { return {QStringLiteral("zh_CN"), QStringLiteral("en")}; }

QString defaultLanguage()
{
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

bool setLanguage(const QString &language)
{
    if (!availableLanguages().contains(language))
        return false;
    g_current = language;  // first: removing a translator already sends LanguageChange
    drop(g_product);
    drop(g_qt);
    QLocale::setDefault(QLocale(language));
    auto *product = new QTranslator(QCoreApplication::instance());
    if (!product->load(QStringLiteral(":/i18n/consentdesk_") + language + QStringLiteral(".qm"))) {
        delete product;
        // English is the source language: its .qm only carries plural forms and may be absent.
        return language == QLatin1String("en");
    }
    g_product = product;
    QCoreApplication::installTranslator(g_product);
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        g_qt = qt;
        QCoreApplication::installTranslator(g_qt);
    } else {
        delete qt;
    }
    return true;
}

QString currentLanguage() { return g_current; }
bool isChinese() { return g_current.startsWith(QLatin1String("zh")); }

} // namespace cd::i18n
