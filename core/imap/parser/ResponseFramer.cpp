#include "core/imap/parser/ResponseFramer.h"

#include <QDir>
#include <QTemporaryFile>

#include <cstring>
#include <limits>

namespace quire::imap {

std::optional<qint64> literalAnnouncedAtEnd(QByteArrayView line)
{
    qsizetype end = line.size();
    if (end > 0 && line[end - 1] == '\n')
        --end;
    if (end > 0 && line[end - 1] == '\r')
        --end;
    if (end < 3 || line[end - 1] != '}')
        return std::nullopt;
    qsizetype i = end - 2;
    if (line[i] == '+')
        --i;
    const qsizetype lastDigit = i;
    while (i >= 0 && line[i] >= '0' && line[i] <= '9')
        --i;
    if (i < 0 || i == lastDigit || line[i] != '{')
        return std::nullopt;
    if (lastDigit - i > 18)
        return std::numeric_limits<qint64>::max();
    qint64 size = 0;
    for (qsizetype d = i + 1; d <= lastDigit; ++d)
        size = size * 10 + (line[d] - '0');
    return size;
}

ResponseFramer::ResponseFramer(const ParserLimits &limits, FrameSink sink)
    : m_limits(limits)
    , m_sink(std::move(sink))
{
}

ResponseFramer::~ResponseFramer() = default;

qint64 ResponseFramer::streamOffsetOf(const Frame &frame, qsizetype framePos)
{
    qint64 offset = frame.streamOffset + framePos;
    for (const SpilledLiteral &spill : frame.spills) {
        if (spill.framePos <= framePos)
            offset += spill.size;
    }
    return offset;
}

void ResponseFramer::feed(QByteArrayView data)
{
    if (m_mode == Mode::Dead) {
        m_consumed += data.size();
        return;
    }
    while (!data.isEmpty() && m_mode != Mode::Dead) {
        qsizetype used = 0;
        const Mode mode = m_mode;
        switch (mode) {
        case Mode::Line:
            used = feedLine(data);
            break;
        case Mode::DiscardLine:
            used = feedDiscardLine(data);
            break;
        case Mode::MemoryLiteral:
            used = qsizetype(std::min<qint64>(m_literalRemaining, data.size()));
            m_buffer.append(data.first(used));
            break;
        case Mode::FileLiteral:
            used = feedFileLiteral(data);
            break;
        case Mode::SkipLiteral:
            used = qsizetype(std::min<qint64>(m_literalRemaining, data.size()));
            break;
        case Mode::Dead:
            break;
        }
        if (mode == Mode::MemoryLiteral || mode == Mode::SkipLiteral || mode == Mode::FileLiteral) {
            // Literal modes: count down; at zero the response continues with a line.
            m_literalRemaining -= used;
            m_consumed += used;
            if (m_literalRemaining == 0) {
                if (m_mode == Mode::FileLiteral && m_spoolFile) {
                    m_spoolFile->flush();
                    m_spoolFile.reset();
                }
                m_mode = Mode::Line;
                m_lineStart = m_buffer.size();
            }
        }
        data = data.sliced(used);
    }
}

qsizetype ResponseFramer::feedLine(QByteArrayView data)
{
    const void *found = std::memchr(data.data(), '\n', size_t(data.size()));
    if (!found) {
        m_buffer.append(data);
        m_consumed += data.size();
        if (m_buffer.size() - m_lineStart > m_limits.maxLineLength) {
            setError(QStringLiteral("line longer than %1 bytes").arg(m_limits.maxLineLength),
                m_consumed - (m_buffer.size() - m_lineStart));
            m_discardTail = m_buffer.right(32);
            m_buffer.truncate(m_lineStart);
            m_mode = Mode::DiscardLine;
        }
        return data.size();
    }
    const qsizetype lineLength = static_cast<const char *>(found) - data.data() + 1;
    const QByteArrayView line = data.first(lineLength);
    m_consumed += lineLength;
    if (m_buffer.isEmpty() && m_spills.isEmpty() && !m_error && lineLength <= m_limits.maxLineLength
        && !literalAnnouncedAtEnd(line)) {
        // Fast path: a whole one-line response in the caller's bytes, no copy.
        m_sink(Frame { line, m_spills, m_frameOffset, std::nullopt, 0 });
        m_frameOffset = m_consumed;
        return lineLength;
    }
    m_buffer.append(line);
    if (m_buffer.size() - m_lineStart > m_limits.maxLineLength)
        setError(QStringLiteral("line longer than %1 bytes").arg(m_limits.maxLineLength),
            m_consumed - (m_buffer.size() - m_lineStart));
    if (m_buffer.size() > m_limits.maxResponseSize)
        setError(QStringLiteral("response larger than %1 bytes").arg(m_limits.maxResponseSize), m_frameOffset);
    endOfLine(QByteArrayView(m_buffer).sliced(m_lineStart));
    return lineLength;
}

qsizetype ResponseFramer::feedDiscardLine(QByteArrayView data)
{
    const void *found = std::memchr(data.data(), '\n', size_t(data.size()));
    const qsizetype used = found ? static_cast<const char *>(found) - data.data() + 1 : data.size();
    m_discardTail.append(data.first(used));
    if (m_discardTail.size() > 64)
        m_discardTail = m_discardTail.right(32);
    m_consumed += used;
    if (found) {
        m_mode = Mode::Line;
        const QByteArray tail = m_discardTail;
        m_discardTail.clear();
        endOfLine(tail);
    }
    return used;
}

qsizetype ResponseFramer::feedFileLiteral(QByteArrayView data)
{
    const qsizetype used = qsizetype(std::min<qint64>(m_literalRemaining, data.size()));
    if (m_spoolFile && m_spoolFile->write(data.data(), used) != used) {
        setError(QStringLiteral("cannot write spool file: %1").arg(m_spoolFile->errorString()), m_consumed);
        m_spoolFile.reset();
    }
    return used;
}

void ResponseFramer::endOfLine(QByteArrayView line)
{
    const std::optional<qint64> literal = literalAnnouncedAtEnd(line);
    if (!literal) {
        finishFrame();
        return;
    }
    if (*literal > 0)
        startLiteral(*literal);
    if (m_error) {
        // The response is already lost; keep nothing but what the next line needs.
        m_buffer.clear();
    }
    m_lineStart = m_buffer.size();
}

void ResponseFramer::startLiteral(qint64 size)
{
    m_literalRemaining = size;
    if (size > m_limits.maxSkippedLiteralSize) {
        setError(QStringLiteral("literal of %1 bytes exceeds the limit of %2 and is too large to skip")
                     .arg(size)
                     .arg(m_limits.maxLiteralSize),
            m_consumed);
        m_mode = Mode::Dead;
        m_sink(Frame { QByteArrayView(), m_spills, m_frameOffset, m_error, m_errorOffset, true });
        m_buffer = QByteArray();
        m_spills.clear();
    } else if (size > m_limits.maxLiteralSize) {
        setError(QStringLiteral("literal of %1 bytes exceeds the limit of %2").arg(size).arg(m_limits.maxLiteralSize),
            m_consumed);
        m_mode = Mode::SkipLiteral;
    } else if (m_error) {
        m_mode = Mode::SkipLiteral;
    } else if (size >= m_limits.literalFileThreshold) {
        const QString dir = m_limits.spoolDirectory.isEmpty() ? QDir::tempPath() : m_limits.spoolDirectory;
        auto file = std::make_shared<QTemporaryFile>(dir + QStringLiteral("/quire-literal-XXXXXX"));
        if (!file->open()) {
            setError(QStringLiteral("cannot create spool file in %1").arg(dir), m_consumed);
            m_mode = Mode::SkipLiteral;
            return;
        }
        m_spills.append(SpilledLiteral { m_buffer.size(), size, file->fileName(), file });
        m_spoolFile = std::move(file);
        m_mode = Mode::FileLiteral;
    } else if (m_buffer.size() + size > m_limits.maxResponseSize) {
        setError(QStringLiteral("response larger than %1 bytes").arg(m_limits.maxResponseSize), m_consumed);
        m_mode = Mode::SkipLiteral;
    } else {
        m_buffer.reserve(m_buffer.size() + size + 64);
        m_mode = Mode::MemoryLiteral;
    }
}

void ResponseFramer::setError(const QString &message, qint64 offset)
{
    if (m_error)
        return;
    m_error = message;
    m_errorOffset = offset;
    m_spills.clear();
    m_spoolFile.reset();
}

void ResponseFramer::finishFrame()
{
    if (m_error)
        m_sink(Frame { QByteArrayView(), m_spills, m_frameOffset, m_error, m_errorOffset });
    else
        m_sink(Frame { m_buffer, m_spills, m_frameOffset, std::nullopt, 0 });
    // Do not hold on to the memory of one huge response.
    if (m_buffer.capacity() > (qsizetype(1) << 20))
        m_buffer = QByteArray();
    else
        m_buffer.truncate(0);
    m_spills.clear();
    m_error.reset();
    m_lineStart = 0;
    m_frameOffset = m_consumed;
}

} // namespace quire::imap
