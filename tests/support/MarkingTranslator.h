#pragma once
// A translator that wraps every text it is asked for in «», so a UI test sees which texts were
// set again after a language change, without depending on the state of a real translation.
#include <QString>
#include <QTranslator>

namespace cdtest {

class MarkingTranslator : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *sourceText, const char * = nullptr, int n = -1) const override
    {
        QString text = QString::fromUtf8(sourceText);
        if (n >= 0)
            text.replace(QLatin1String("%n"), QString::number(n));
        return QStringLiteral("«") + text + QStringLiteral("»");
    }
};

} // namespace cdtest
