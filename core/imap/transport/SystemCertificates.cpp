#include "core/imap/transport/SystemCertificates.h"

#include <QPromise>
#include <QSslConfiguration>
#include <QThreadPool>

#include <memory>

namespace quire::imap {

QFuture<QList<QSslCertificate>> systemCaCertificates()
{
    // A function-local static: initialised once, thread-safely.
    static const QFuture<QList<QSslCertificate>> certificates = [] {
        auto promise = std::make_shared<QPromise<QList<QSslCertificate>>>();
        QFuture<QList<QSslCertificate>> future = promise->future();
        promise->start();
        QThreadPool::globalInstance()->start([promise] {
            promise->addResult(QSslConfiguration::systemCaCertificates());
            promise->finish();
        });
        return future;
    }();
    return certificates;
}

} // namespace quire::imap
