#pragma once
// The vendor erasures still owed (VendorErasures::pendingJobs): one row per vendor and subject.
// A job is overdue when an attempt already failed or it has waited more than an hour; overdue
// rows are highlighted, since each one is face data a vendor still holds without a reason to.
#include "core/cameras/VendorErasures.h"

#include <QAbstractTableModel>
#include <vector>

namespace cd { class Session; }

class VendorJobsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { VendorColumn, SubjectColumn, ReasonColumn, OwedSinceColumn, AttemptsColumn, NextAttemptColumn,
                  ErrorColumn, ColumnCount };
    enum { OverdueRole = Qt::UserRole + 1 };
    static constexpr qint64 kOverdueAfterMs = 3600 * 1000;

    explicit VendorJobsModel(cd::Session &session, QObject *parent = nullptr);

    static QString reasonDisplayName(const QString &reason);
    bool isOverdue(const cd::VendorJob &job) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    bool reload();
    void retranslate();
    QString lastError() const { return m_lastError; }
    int overdueCount() const;
    const cd::VendorJob &job(int row) const { return m_rows[std::size_t(row)]; }

private:
    cd::Session &m_session;
    std::vector<cd::VendorJob> m_rows;
    QString m_lastError;
};
