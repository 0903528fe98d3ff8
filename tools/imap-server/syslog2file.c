/*
 * LD_PRELOAD shim: syslog(3) -> a file.  Built by tools/imap-server/start
 * for Cyrus, which logs only through syslog; a test machine has no syslogd
 * and no /dev/log, so without this every Cyrus error (even why master exits
 * with EX_CONFIG) is lost.
 *
 *   gcc -shared -fPIC -O2 -o syslog2file.so syslog2file.c
 *   SYSLOG2FILE=/path/log LD_PRELOAD=/path/syslog2file.so master ...
 *
 * Lines are appended with O_APPEND (one write per line, so processes do not
 * interleave within a line).  Without SYSLOG2FILE they go to stderr.  The
 * file must be writable by the user the daemon becomes.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>

static char ident[64] = "";

static void emit(int pri, const char *fmt, va_list ap)
{
    const int saved = errno; /* vsnprintf's %m reads errno */
    char line[8192];
    struct timespec ts;
    struct tm tm;
    clock_gettime(CLOCK_REALTIME, &ts);
    localtime_r(&ts.tv_sec, &tm);
    size_t n = strftime(line, sizeof line, "%Y-%m-%d %H:%M:%S", &tm);
    int k = snprintf(line + n, sizeof line - n, ".%03ld %s[%d] <%d>: ", ts.tv_nsec / 1000000L, ident, (int)getpid(),
                     LOG_PRI(pri));
    if (k > 0)
        n += (size_t)k;
    if (n < sizeof line) {
        errno = saved;
        k = vsnprintf(line + n, sizeof line - n, fmt, ap);
        if (k > 0)
            n += (size_t)k;
    }
    if (n > sizeof line - 2)
        n = sizeof line - 2; /* truncated: keep room for the newline */
    if (n == 0 || line[n - 1] != '\n')
        line[n++] = '\n';

    const char *path = getenv("SYSLOG2FILE");
    int fd = path ? open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644) : STDERR_FILENO;
    if (fd >= 0) {
        ssize_t w = write(fd, line, n);
        (void)w;
        if (path)
            close(fd);
    }
    errno = saved;
}

void openlog(const char *id, int option, int facility)
{
    (void)option;
    (void)facility;
    snprintf(ident, sizeof ident, "%s", id ? id : "");
}

void closelog(void) { }

int setlogmask(int mask)
{
    (void)mask;
    return 0xff;
}

void vsyslog(int pri, const char *fmt, va_list ap) { emit(pri, fmt, ap); }

void syslog(int pri, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    emit(pri, fmt, ap);
    va_end(ap);
}

/* What glibc's _FORTIFY_SOURCE builds (Debian's Cyrus) call instead. */
void __vsyslog_chk(int pri, int flag, const char *fmt, va_list ap)
{
    (void)flag;
    emit(pri, fmt, ap);
}

void __syslog_chk(int pri, int flag, const char *fmt, ...)
{
    (void)flag;
    va_list ap;
    va_start(ap, fmt);
    emit(pri, fmt, ap);
    va_end(ap);
}
