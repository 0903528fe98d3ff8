#pragma once

// The operating system's CA certificates, read once per process on a thread
// of its own that is joined before the process exits. Qt reads and parses
// every file of /etc/ssl/certs each time it is asked (80-200 ms), and every
// connection with an extra CA file needs the list: on the UI thread that was
// a stall per connection (the GUI opens two).

#include <QFuture>
#include <QList>
#include <QSslCertificate>

namespace quire::imap {

// The first call starts the read; every call returns the same future, which
// is finished once the list is read.
QFuture<QList<QSslCertificate>> systemCaCertificates();

} // namespace quire::imap
