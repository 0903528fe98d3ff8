#pragma once

// What a command becomes on the wire. A command is not always one write: a
// synchronising literal, or AUTHENTICATE without SASL-IR, must wait for the
// server's "+" before the rest may go out. So a command is a list of
// segments, each ending at a point where the session either stops (the
// command is complete), waits for "+", or carries straight on.

#include <QByteArray>
#include <QList>

namespace quire::imap {

// What the capabilities and enabled extensions let the builder do.
struct CommandContext {
    bool literalPlus = false; // LITERAL+: every literal may be {N+}
    bool literalMinus = false; // LITERAL-: {N+} only for N <= 4096
    bool saslInitialResponse = false; // SASL-IR
    bool utf8Enabled = false; // UTF8=ACCEPT enabled, or IMAP4rev2
    friend bool operator==(const CommandContext &, const CommandContext &) = default;
};

enum class SegmentEnd {
    CommandComplete, // the last segment: bytes end with the command's CRLF
    WaitForContinuation, // send, then wait for "+" before the next segment
    SendNextAtOnce, // a non-synchronising literal follows immediately
};

struct Segment {
    QByteArray bytes;
    SegmentEnd end = SegmentEnd::CommandComplete;
    friend bool operator==(const Segment &, const Segment &) = default;
};

struct SerializedCommand {
    QList<Segment> segments;

    // All segments joined: what the server sees once every "+" has come.
    QByteArray toBytes() const
    {
        QByteArray bytes;
        for (const Segment &segment : segments)
            bytes += segment.bytes;
        return bytes;
    }
    friend bool operator==(const SerializedCommand &, const SerializedCommand &) = default;
};

} // namespace quire::imap
