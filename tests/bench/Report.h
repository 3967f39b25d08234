#pragma once
// The benchmark's output: one JSON object per line (--json) or a readable table, on stdout.
// Progress goes to stderr so that stdout stays machine-readable.
#include <QJsonObject>
#include <QString>
#include <optional>

namespace bench {

// A target a measurement should meet; it is reported (`target`, `met`), never asserted.
struct Target {
    enum class On { Value, Ratio };
    enum class Cmp { AtLeast, AtMost };
    double limit = 0;
    On on = On::Value;
    Cmp cmp = Cmp::AtLeast;
};

struct Measurement {
    QString name;
    double value = 0;
    QString unit;
    qint64 n = 0;                    // dataset size the figure was taken on (0: not applicable)
    std::optional<double> baseline;  // same workload on the reference configuration
    std::optional<Target> target;
    QJsonObject extra;               // anything else worth keeping (p50, breakdowns, notes)
};

class Report {
public:
    explicit Report(bool json) : m_json(json) {}
    // Prints the measurement at once, so that a long run shows its lines as they come.
    void add(const Measurement &m);
    int missedTargets() const { return m_missed; }
    // Fields added to every line (e.g. a non-default setting the whole run used).
    void setCommon(const QJsonObject &fields) { m_common = fields; }

    // The JSON form of one measurement (ratio and met computed here); public for reuse.
    static QJsonObject toJson(const Measurement &m);

private:
    void printTableRow(const QJsonObject &o);

    bool m_json;
    QJsonObject m_common;
    bool m_headerPrinted = false;
    int m_missed = 0;
};

// One progress line on stderr, prefixed with the elapsed time of the run.
void progress(const QString &message);

} // namespace bench
