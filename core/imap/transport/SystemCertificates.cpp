#include "core/imap/transport/SystemCertificates.h"

#include <QCoreApplication>
#include <QPromise>
#include <QSslConfiguration>

#include <mutex>
#include <thread>

namespace quire::imap {

namespace {

// The read runs on a thread of its own that is joined before the process
// exits. OpenSSL, under QSslCertificate, keeps per-thread state (the error
// queue, parsed certificates) that it frees only while the thread ends. A pool
// thread is only waited for with QThread::wait(), which returns before those
// thread-exit destructors have run, so the process could exit with them
// pending and LeakSanitizer reported OpenSSL's allocations as leaked.
// std::thread::join() returns once the thread is completely gone.
class SystemCertificateReader
{
public:
    SystemCertificateReader()
    {
        QPromise<QList<QSslCertificate>> promise;
        m_certificates = promise.future();
        promise.start();
        m_thread = std::thread([promise = std::move(promise)]() mutable {
            promise.addResult(QSslConfiguration::systemCaCertificates());
            promise.finish();
        });
    }
    ~SystemCertificateReader() { join(); }
    SystemCertificateReader(const SystemCertificateReader &) = delete;
    SystemCertificateReader &operator=(const SystemCertificateReader &) = delete;

    QFuture<QList<QSslCertificate>> certificates() const { return m_certificates; }

    void join()
    {
        const std::lock_guard lock(m_joinMutex);
        if (m_thread.joinable())
            m_thread.join();
    }

private:
    QFuture<QList<QSslCertificate>> m_certificates;
    std::mutex m_joinMutex;
    std::thread m_thread;
};

SystemCertificateReader &reader()
{
    // A function-local static: started once, thread-safely, and joined at exit.
    static SystemCertificateReader instance;
    return instance;
}

void joinReader()
{
    reader().join();
}

} // namespace

QFuture<QList<QSslCertificate>> systemCaCertificates()
{
    static const bool joinedWithTheApplication = [] {
        // Joined when the application object is destroyed too, while Qt's
        // TLS plugin that the read uses is still loaded.
        qAddPostRoutine(joinReader);
        return true;
    }();
    Q_UNUSED(joinedWithTheApplication);
    return reader().certificates();
}

} // namespace quire::imap
