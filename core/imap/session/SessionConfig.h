#pragma once

// Knobs of one Session. Nothing here comes from QSettings: the account layer
// fills it in, tests set short timeouts and deterministic tags.

#include "core/imap/parser/ParserLimits.h"

#include <QByteArray>
#include <QSet>

#include <chrono>

namespace quire::imap {

struct SessionConfig {
    // Tags are prefix + counter: "A1", "A2", ...
    QByteArray tagPrefix = "A";
    quint64 firstTag = 1;
    // A command with no bytes in either direction for this long fails with
    // TaskErrorKind::Timeout and the connection is closed. Zero disables it.
    // Progress is a tagged reply, a continuation request, a command we send,
    // or minProgressBytes received: a server that drips a byte a second, or
    // streams untagged junk slowly, still times out. The greeting is timed
    // the same way.
    std::chrono::milliseconds commandTimeout { 60'000 };
    qint64 minProgressBytes = 16 * 1024;
    // With nothing in flight and no IDLE, a NOOP goes out after this long so
    // that NAT boxes and the server's autologout timer (RFC 3501: at least 30
    // minutes) do not drop us. Zero disables it.
    std::chrono::milliseconds keepAliveInterval { 10 * 60'000 };
    // Capabilities to pretend the server does not have (upper case).
    QSet<QByteArray> hiddenCapabilities;
    ParserLimits parserLimits;
    // Handling the responses of one network read stops after this long and
    // goes on from the event loop, so that whatever else runs on the thread
    // (the GUI's painting) gets a turn between slices: one read of a 100k
    // FETCH stream held the UI thread for 100-400 ms. Zero: everything at once.
    std::chrono::nanoseconds handlingSlice { 0 };
};

} // namespace quire::imap
