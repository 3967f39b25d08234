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
    drop(g_product);
    drop(g_qt);
    g_current = language;
    QLocale::setDefault(QLocale(language));
    if (language == QLatin1String("en"))
        return true;  // the source language needs no translator
    auto *product = new QTranslator(QCoreApplication::instance());
    if (!product->load(QStringLiteral(":/i18n/consentdesk_") + language + QStringLiteral(".qm"))) {
        delete product;
        return false;
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
