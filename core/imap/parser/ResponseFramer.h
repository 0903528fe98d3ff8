#pragma once

#include "core/imap/parser/Lexer.h"
#include "core/imap/parser/ParserLimits.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QTemporaryFile;

namespace quire::imap {

// Cuts the incoming byte stream into complete responses ("frames"): a line,
// and when it ends with a literal announcement {N} / {N+} / ~{N}, the N bytes
// and the line after them, and so on. Every byte is looked at once, whatever
// the read size: the framer remembers the pending literal length and only
// scans new bytes for the line feed. Limits are enforced here, so the parser
// proper only ever sees bounded frames.
class ResponseFramer
{
public:
    struct Frame {
        QByteArrayView bytes;
        const QList<SpilledLiteral> &spills;
        // Stream offset of the frame's first byte.
        qint64 streamOffset = 0;
        // Set when a limit was exceeded; bytes is then empty.
        std::optional<QString> error;
        qint64 errorOffset = 0;
        // The error leaves a stream that cannot be read on; the framer ignores
        // everything after it.
        bool fatal = false;
    };
    using FrameSink = std::function<void(const Frame &)>;

    ResponseFramer(const ParserLimits &limits, FrameSink sink);
    ~ResponseFramer();

    void feed(QByteArrayView data);
    qint64 bytesConsumed() const { return m_consumed; }
    // Stream offset of a frame position, counting the spilled literals before it.
    static qint64 streamOffsetOf(const Frame &frame, qsizetype framePos);

private:
    enum class Mode { Line, MemoryLiteral, FileLiteral, SkipLiteral, DiscardLine, Dead };

    qsizetype feedLine(QByteArrayView data);
    qsizetype feedDiscardLine(QByteArrayView data);
    qsizetype feedFileLiteral(QByteArrayView data);
    void endOfLine(QByteArrayView line);
    void startLiteral(qint64 size);
    void setError(const QString &message, qint64 offset);
    void finishFrame();

    const ParserLimits &m_limits;
    FrameSink m_sink;
    Mode m_mode = Mode::Line;
    // The current response so far (empty on the fast path, where a complete
    // response is handed on straight from the caller's bytes).
    QByteArray m_buffer;
    qsizetype m_lineStart = 0;
    qint64 m_literalRemaining = 0;
    qint64 m_frameOffset = 0;
    qint64 m_consumed = 0;
    QList<SpilledLiteral> m_spills;
    std::shared_ptr<QTemporaryFile> m_spoolFile;
    std::optional<QString> m_error;
    qint64 m_errorOffset = 0;
    // Last bytes of a line being discarded, to still notice a literal announcement at its end.
    QByteArray m_discardTail;
};

// The literal size announced at the end of a line ("... {123}\r\n"), if any.
// Sizes too large to represent come back as the largest qint64.
std::optional<qint64> literalAnnouncedAtEnd(QByteArrayView line);

} // namespace quire::imap
