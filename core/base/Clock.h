#pragma once
// Time is injected so that tests move it instead of sleeping.
#include <QDateTime>

namespace cd {

class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    qint64 nowMs() const { return now().toMSecsSinceEpoch(); }
    // The calendar date where the store is (ages, deadlines): local time, not UTC.
    QDate today() const { return now().toLocalTime().date(); }
};

class SystemClock final : public Clock {
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
    static SystemClock &instance();
};

class ManualClock final : public Clock {
public:
    explicit ManualClock(QDateTime start) : m_now(start.toUTC()) {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &t) { m_now = t.toUTC(); }
    void advanceSecs(qint64 s) { m_now = m_now.addSecs(s); }
    void advanceDays(int d) { m_now = m_now.addDays(d); }

private:
    QDateTime m_now;
};

} // namespace cd
