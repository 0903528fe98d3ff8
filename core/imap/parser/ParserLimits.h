#pragma once

#include <QString>
#include <QtGlobal>

namespace quire::imap {

// Bounds that keep a hostile or broken server from making the parser crash,
// hang or grow without bound. Exceeding one turns that response into a
// ParseError; the parser carries on with the next response.
struct ParserLimits {
    // A literal announced larger than this is skipped without being stored.
    qint64 maxLiteralSize = qint64(64) << 20;
    // ...but only up to this size. Beyond it ({4294967295}) skipping means
    // reading gigabytes, so the stream cannot be resynced: the frame is
    // reported at once as fatal and nothing after it is read.
    qint64 maxSkippedLiteralSize = qint64(1) << 30;
    // FETCH body literals of at least this size go to a temporary file.
    qint64 literalFileThreshold = qint64(1) << 20;
    // Bytes without a line feed; over it the rest of the line is discarded.
    qint64 maxLineLength = qint64(16) << 20;
    // In-memory bytes of one response (lines plus literals kept in memory).
    qint64 maxResponseSize = qint64(128) << 20;
    // Parenthesis nesting (body structures, lists, threads).
    int maxNestingDepth = 256;
    // Where spooled literals go; empty means QDir::tempPath().
    QString spoolDirectory;
    // Report the first untagged OK/PREAUTH/BYE as a Greeting.
    bool expectGreeting = false;
};

} // namespace quire::imap
