#pragma once
// The simulated vendor's own persistent store, in its data directory:
//   captures/<subject>/<capturedAtMs>-<n>.img   one synthetic face image per capture
//   templates/<subject>.tpl                     the face template made at enrolment
// Nothing else about a person is kept. Erase and purge really delete the files.
#include "vendor-sdk/CameraVendorPlugin.h"

#include <QDir>
#include <QStringList>

class CaptureStore {
public:
    explicit CaptureStore(const QString &dataDir);

    bool writeTemplate(const QString &subject, QString *error);
    bool writeCapture(const QString &subject, const QDateTime &at, QString *error);
    cdvendor::SubjectInventory inventory(const QString &subject) const;
    // Deletes and returns the ids ("<subject>/<file>") of what it deleted, sorted.
    QStringList eraseSubject(const QString &subject, QMap<QString, qint64> *counts);
    QStringList purgeBefore(const QDateTime &before, QMap<QString, qint64> *counts);
    qint64 totalFiles() const;  // for tests of count-only mode

    static bool isSafeId(const QString &id);  // pseudonyms only: no path tricks

private:
    QString subjectDir(const QString &subject) const;
    QString templatePath(const QString &subject) const;

    QDir m_root;
    quint64 m_counter = 0;
};
