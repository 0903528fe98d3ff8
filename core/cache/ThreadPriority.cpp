#include "core/cache/ThreadPriority.h"

#include <cerrno>
#include <sys/resource.h>
#include <unistd.h>

namespace quire::cache {

int currentThreadNice()
{
#ifdef __linux__
    errno = 0;
    return ::getpriority(PRIO_PROCESS, ::gettid());
#else
    return ::getpriority(PRIO_PROCESS, 0);
#endif
}

void lowerCurrentThreadPriority(int increment)
{
#ifdef __linux__
    if (increment > 0)
        ::setpriority(PRIO_PROCESS, ::gettid(), currentThreadNice() + increment);
#else
    (void)increment;
#endif
}

} // namespace quire::cache
