#pragma once

// Received bytes waiting to be parsed, kept as the reads that brought them:
// appending never copies what is already queued, however far parsing lags
// behind (a single growing buffer copied megabytes per read while 100,000
// envelopes streamed in).

#include <QByteArray>
#include <QByteArrayView>

#include <algorithm>
#include <deque>

namespace quire::imap {

class ByteQueue
{
public:
    void append(QByteArray bytes)
    {
        if (!bytes.isEmpty())
            m_reads.push_back(std::move(bytes));
    }
    bool isEmpty() const { return m_reads.empty(); }
    // Up to `max` bytes from the front (fewer at the end of one read); valid
    // until the next pop() or append().
    QByteArrayView front(qsizetype max) const
    {
        const QByteArray &first = m_reads.front();
        return QByteArrayView(first).sliced(m_offset, std::min(max, first.size() - m_offset));
    }
    // Drops `count` bytes of what front() returned.
    void pop(qsizetype count)
    {
        m_offset += count;
        if (m_offset >= m_reads.front().size()) {
            m_reads.pop_front();
            m_offset = 0;
        }
    }
    QByteArray takeAll()
    {
        QByteArray all;
        for (const QByteArray &read : m_reads)
            all += QByteArrayView(read).sliced(&read == &m_reads.front() ? m_offset : 0);
        m_reads.clear();
        m_offset = 0;
        return all;
    }

private:
    std::deque<QByteArray> m_reads;
    qsizetype m_offset = 0; // into m_reads.front()
};

} // namespace quire::imap
