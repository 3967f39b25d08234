#include "CaptureStore.h"

#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimeZone>

namespace {

const QString kImage = QStringLiteral("face-image");
const QString kTemplate = QStringLiteral("face-template");

QByteArray syntheticBytes(int size)
{
    // Random bytes behind a marker: stands in for a JPEG, identifies nobody.
    QByteArray b("SIMVENDOR-SYNTHETIC-IMAGE\n");
    b.resize(size);
    for (int i = 26; i < size; ++i)
        b[i] = char(QRandomGenerator::global()->bounded(256));
    return b;
}

// Face data is the user's alone whatever umask the host was started with: 0600 files, 0700
// directories (the plugin host sets umask 077 too; a vendor should not rely on it).
constexpr QFile::Permissions kPrivateFile = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions kPrivateDir = kPrivateFile | QFile::ExeOwner;

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly, kPrivateFile) || f.write(bytes) != bytes.size()) {
        *error = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    return true;
}

qint64 capturedAt(const QString &fileName) { return fileName.section(QLatin1Char('-'), 0, 0).toLongLong(); }

} // namespace

CaptureStore::CaptureStore(const QString &dataDir) : m_root(dataDir)
{
    QDir().mkdir(m_root.absolutePath(), kPrivateDir);  // normally made by the host already
    m_root.mkdir(QStringLiteral("captures"), kPrivateDir);
    m_root.mkdir(QStringLiteral("templates"), kPrivateDir);
}

bool CaptureStore::isSafeId(const QString &id)
{
    static const QRegularExpression rule(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return rule.match(id).hasMatch();
}

QString CaptureStore::subjectDir(const QString &subject) const
{
    return m_root.filePath(QStringLiteral("captures/") + subject);
}

QString CaptureStore::templatePath(const QString &subject) const
{
    return m_root.filePath(QStringLiteral("templates/") + subject + QStringLiteral(".tpl"));
}

bool CaptureStore::writeTemplate(const QString &subject, QString *error)
{
    return writeFile(templatePath(subject), syntheticBytes(512), error);
}

bool CaptureStore::writeCapture(const QString &subject, const QDateTime &at, QString *error)
{
    QDir().mkdir(subjectDir(subject), kPrivateDir);
    const QString name = QStringLiteral("%1-%2.img").arg(at.toMSecsSinceEpoch()).arg(++m_counter);
    return writeFile(subjectDir(subject) + QLatin1Char('/') + name, syntheticBytes(2048), error);
}

cdvendor::SubjectInventory CaptureStore::inventory(const QString &subject) const
{
    cdvendor::SubjectInventory inv;
    const QStringList files = QDir(subjectDir(subject)).entryList({QStringLiteral("*.img")}, QDir::Files);
    if (!files.isEmpty())
        inv.countsByKind.insert(kImage, files.size());
    for (const QString &f : files) {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(capturedAt(f), Qt::UTC);
        if (!inv.oldest.isValid() || t < inv.oldest)
            inv.oldest = t;
        if (!inv.newest.isValid() || t > inv.newest)
            inv.newest = t;
    }
    if (QFile::exists(templatePath(subject)))
        inv.countsByKind.insert(kTemplate, 1);
    return inv;
}

QStringList CaptureStore::eraseSubject(const QString &subject, QMap<QString, qint64> *counts)
{
    QStringList erased;
    QDir dir(subjectDir(subject));
    for (const QString &f : dir.entryList({QStringLiteral("*.img")}, QDir::Files)) {
        if (dir.remove(f)) {
            erased << subject + QLatin1Char('/') + f;
            (*counts)[kImage] += 1;
        }
    }
    dir.rmdir(dir.absolutePath());
    if (QFile::remove(templatePath(subject))) {
        erased << QStringLiteral("templates/") + subject + QStringLiteral(".tpl");
        (*counts)[kTemplate] += 1;
    }
    erased.sort();
    return erased;
}

QStringList CaptureStore::purgeBefore(const QDateTime &before, QMap<QString, qint64> *counts)
{
    QStringList erased;
    const qint64 limit = before.toMSecsSinceEpoch();
    QDir captures(m_root.filePath(QStringLiteral("captures")));
    for (const QString &subject : captures.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QDir dir(captures.filePath(subject));
        for (const QString &f : dir.entryList({QStringLiteral("*.img")}, QDir::Files)) {
            if (capturedAt(f) < limit && dir.remove(f)) {
                erased << subject + QLatin1Char('/') + f;
                (*counts)[kImage] += 1;
            }
        }
    }
    erased.sort();
    return erased;
}

qint64 CaptureStore::totalFiles() const
{
    qint64 n = 0;
    QDirIterator it(m_root.absolutePath(), {QStringLiteral("*.img"), QStringLiteral("*.tpl")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}
