#include "DurableFile.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace cd::durable {

namespace {

bool failed(QString *why, int fd = -1)
{
    const int err = errno;
    if (why)
        *why = QString::fromLocal8Bit(strerror(err));
    if (fd >= 0)
        ::close(fd);
    errno = err;
    return false;
}

// Writes all of `bytes` (write(2) may take less than asked, or be interrupted) and syncs.
bool writeAllAndSync(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return ::fsync(fd) == 0;
}

} // namespace

bool replaceFile(const QString &path, const QByteArray &bytes, QString *why)
{
    const QByteArray target = QFile::encodeName(path);
    const QByteArray temp = target + ".tmp";
    ::unlink(temp.constData());  // left by a crash
    const int fd = ::open(temp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return failed(why);
    const bool written = writeAllAndSync(fd, bytes);
    if (!written || ::close(fd) != 0 || ::rename(temp.constData(), target.constData()) != 0) {
        failed(why, written ? -1 : fd);
        ::unlink(temp.constData());
        return false;
    }
    return syncDirectoryOf(path, why);
}

bool appendToFile(const QString &path, const QByteArray &bytes, QString *why)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return failed(why);
    if (!writeAllAndSync(fd, bytes))
        return failed(why, fd);
    return ::close(fd) == 0 || failed(why);
}

bool syncDirectoryOf(const QString &path, QString *why)
{
    const QByteArray dir = QFile::encodeName(QFileInfo(path).absolutePath());
    const int fd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0)
        return failed(why, fd);
    return ::close(fd) == 0 || failed(why);
}

} // namespace cd::durable
