#include "Process.h"

#include <fcntl.h>
#include <linux/close_range.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace cd::process {

Hardening harden(bool keepDumpable)
{
    Hardening h;
    ::umask(077);
    h.umaskSet = true;
    const rlimit noCore{0, 0};
    h.coreDumpsOff = ::setrlimit(RLIMIT_CORE, &noCore) == 0;
    if (!keepDumpable)
        h.notDumpable = ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
    return h;
}

void closeInheritedOnExec()
{
    // close_range(2) with CLOEXEC (Linux 5.11) keeps the descriptors usable until exec, which
    // QProcess's own start-up pipe needs; older kernels get the loop.
    if (::syscall(SYS_close_range, 3U, ~0U, CLOSE_RANGE_CLOEXEC) == 0)
        return;
    const long max = ::sysconf(_SC_OPEN_MAX);
    for (int fd = 3; fd < (max > 0 && max < 65536 ? int(max) : 65536); ++fd) {
        const int flags = ::fcntl(fd, F_GETFD);
        if (flags >= 0)
            ::fcntl(fd, F_SETFD, flags | FD_CLOEXEC);
    }
}

} // namespace cd::process
