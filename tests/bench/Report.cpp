#include "Report.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QStringList>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace bench {

namespace {

// Rounded so that the printed ratio can be recomputed from the printed value and baseline.
double rounded(double v, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(v * scale) / scale;
}

QString cmpText(Target::Cmp cmp) { return cmp == Target::Cmp::AtLeast ? QStringLiteral(">=") : QStringLiteral("<="); }

QString cell(const QJsonValue &v)
{
    if (v.isUndefined() || v.isNull())
        return QStringLiteral("-");
    if (v.isBool())
        return v.toBool() ? QStringLiteral("yes") : QStringLiteral("NO");
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 10);
    return v.toString();
}

} // namespace

QJsonObject Report::toJson(const Measurement &m)
{
    QJsonObject o = m.extra;
    const double value = rounded(m.value, 4);
    o.insert(QStringLiteral("name"), m.name);
    o.insert(QStringLiteral("value"), value);
    o.insert(QStringLiteral("unit"), m.unit);
    if (m.n > 0)
        o.insert(QStringLiteral("n"), double(m.n));
    std::optional<double> ratio;
    if (m.baseline) {
        const double baseline = rounded(*m.baseline, 4);
        o.insert(QStringLiteral("baseline"), baseline);
        if (baseline > 0) {
            ratio = rounded(value / baseline, 4);
            o.insert(QStringLiteral("ratio"), *ratio);
        }
    }
    if (m.target) {
        const Target &t = *m.target;
        o.insert(QStringLiteral("target"), t.limit);
        o.insert(QStringLiteral("target_on"), t.on == Target::On::Ratio ? QStringLiteral("ratio") : QStringLiteral("value"));
        o.insert(QStringLiteral("target_cmp"), cmpText(t.cmp));
        const std::optional<double> measured = t.on == Target::On::Ratio ? ratio : std::optional<double>(value);
        if (measured) {
            const bool met = t.cmp == Target::Cmp::AtLeast ? *measured >= t.limit : *measured <= t.limit;
            o.insert(QStringLiteral("met"), met);
        }
    }
    return o;
}

void Report::add(const Measurement &m)
{
    QJsonObject o = toJson(m);
    for (auto it = m_common.begin(); it != m_common.end(); ++it)
        o.insert(it.key(), it.value());
    // The machine is shared: the load average says how much else was running.
    double load[1] = {0};
    if (getloadavg(load, 1) == 1)
        o.insert(QStringLiteral("loadavg1"), rounded(load[0], 2));
    if (o.value(QStringLiteral("met")) == QJsonValue(false))
        ++m_missed;
    if (m_json) {
        std::fputs(QJsonDocument(o).toJson(QJsonDocument::Compact).constData(), stdout);
        std::fputc('\n', stdout);
    } else {
        printTableRow(o);
    }
    std::fflush(stdout);
}

void Report::printTableRow(const QJsonObject &o)
{
    static const char *const columns[] = {"name", "value", "unit", "n", "baseline", "ratio", "target", "met"};
    static const int widths[] = {34, 12, 8, 9, 12, 8, 12, 4};
    if (!m_headerPrinted) {
        QStringList header;
        for (std::size_t i = 0; i < std::size(columns); ++i)
            header << QString::fromLatin1(columns[i]).leftJustified(widths[i]);
        std::fprintf(stdout, "%s\n", qPrintable(header.join(QLatin1Char(' '))));
        m_headerPrinted = true;
    }
    QStringList row;
    for (std::size_t i = 0; i < std::size(columns); ++i) {
        QString text = cell(o.value(QLatin1String(columns[i])));
        if (i == 6 && text != QLatin1String("-"))  // target: "<= 300" or ">= 0.7 ratio"
            text = o.value(QStringLiteral("target_cmp")).toString() + QLatin1Char(' ') + text
                   + (o.value(QStringLiteral("target_on")).toString() == QLatin1String("ratio") ? QStringLiteral(" r") : QString());
        row << text.leftJustified(widths[i]);
    }
    std::fprintf(stdout, "%s\n", qPrintable(row.join(QLatin1Char(' '))));
}

void progress(const QString &message)
{
    static QElapsedTimer sinceStart = [] { QElapsedTimer t; t.start(); return t; }();
    std::fprintf(stderr, "[%7.1fs] %s\n", double(sinceStart.elapsed()) / 1000.0, qPrintable(message));
    std::fflush(stderr);
}

} // namespace bench
