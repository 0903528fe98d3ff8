#include "cli/CountingTransport.h"

namespace quire::cli {

CountingTransport::CountingTransport(std::unique_ptr<imap::Transport> inner, WireCounts *counts)
    : m_inner(std::move(inner))
    , m_counts(counts)
{
    imap::Transport *t = m_inner.get();
    connect(t, &imap::Transport::connected, this, &imap::Transport::connected);
    connect(t, &imap::Transport::encrypted, this, &imap::Transport::encrypted);
    connect(t, &imap::Transport::readyRead, this, &imap::Transport::readyRead);
    connect(t, &imap::Transport::disconnected, this, &imap::Transport::disconnected);
    connect(t, &imap::Transport::errorOccurred, this, &imap::Transport::errorOccurred);
}

void CountingTransport::write(const QByteArray &bytes)
{
    m_counts->sent += bytes.size();
    m_inner->write(bytes);
}

QByteArray CountingTransport::read()
{
    QByteArray bytes = m_inner->read();
    m_counts->received += bytes.size();
    return bytes;
}

qsizetype CountingTransport::discardPendingInput()
{
    const qsizetype dropped = m_inner->discardPendingInput();
    m_counts->received += dropped;
    return dropped;
}

} // namespace quire::cli
