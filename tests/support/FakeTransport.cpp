#include "tests/support/FakeTransport.h"

namespace quire::test {

void FakeTransport::connectToServer()
{
    ++m_connectCount;
    if (!m_connectsImmediately)
        return;
    m_open = true;
    Q_EMIT connected();
}

void FakeTransport::write(const QByteArray &bytes)
{
    m_written += bytes;
    m_allWritten += bytes;
}

QByteArray FakeTransport::read()
{
    if (m_readLimit <= 0 || m_serverBytes.size() <= m_readLimit)
        return std::exchange(m_serverBytes, {});
    QByteArray bytes = m_serverBytes.first(m_readLimit);
    m_serverBytes.remove(0, m_readLimit);
    return bytes;
}

void FakeTransport::startTls()
{
    ++m_startTlsCount;
    discardPendingInput();
    if (!m_tlsSucceeds) {
        failWith({ imap::TransportErrorKind::TlsHandshakeFailed, QStringLiteral("scripted"), std::nullopt });
        return;
    }
    m_encrypted = true;
    Q_EMIT encrypted();
}

qsizetype FakeTransport::discardPendingInput()
{
    const qsizetype discarded = m_serverBytes.size();
    m_discarded += discarded;
    m_serverBytes.clear();
    return discarded;
}

void FakeTransport::close()
{
    if (!m_open)
        return;
    m_open = false;
    Q_EMIT disconnected();
}

void FakeTransport::pushServerBytes(const QByteArray &bytes)
{
    m_serverBytes += bytes;
    Q_EMIT readyRead();
}

QByteArray FakeTransport::takeWritten()
{
    return std::exchange(m_written, {});
}

void FakeTransport::dropConnection()
{
    if (!m_open)
        return;
    m_open = false;
    Q_EMIT errorOccurred({ imap::TransportErrorKind::RemoteClosed, QString(), std::nullopt });
    Q_EMIT disconnected();
}

void FakeTransport::failWith(const imap::TransportError &error)
{
    m_open = false;
    Q_EMIT errorOccurred(error);
}

} // namespace quire::test
