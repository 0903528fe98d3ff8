#pragma once

// The token level of the command builder: it chooses atom, quoted string or
// literal for each string, puts the spaces between tokens and cuts the
// output into segments at literals.

#include "core/imap/commands/SequenceSet.h"
#include "core/imap/commands/SerializedCommand.h"

#include <QByteArrayView>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace quire::imap {

class CommandWriter
{
public:
    CommandWriter(const CommandContext &context, QByteArrayView tag);

    const CommandContext &context() const { return m_context; }

    // Bytes the caller vouches for (command names, flags, numbers).
    void atom(QByteArrayView text);
    void number(quint64 value);
    void set(const NumberSet &set);
    // astring: an atom when the bytes allow it, else quoted, else a literal.
    void astring(QByteArrayView bytes);
    // string: quoted or literal, never an atom (ID parameters, search dates).
    void string(QByteArrayView bytes);
    // nstring: NIL for nullopt.
    void nstring(const std::optional<QByteArray> &bytes);
    void literal(QByteArrayView bytes);
    // A mailbox in modified UTF-7, or UTF-8 once UTF8=ACCEPT is enabled.
    void mailbox(const QString &name);
    // A LIST pattern: like a mailbox, but "%" and "*" stay wildcards.
    void listPattern(const QString &pattern);
    // "1-Feb-1994", the search date form.
    void date(QDate date);
    // "\"01-Feb-1994 21:23:04 +0100\"", the APPEND date-time.
    void dateTime(const QDateTime &dateTime);
    void openList();
    void closeList();
    // Ends the current line and waits for "+" (AUTHENTICATE without SASL-IR).
    void endLineAndWaitForContinuation();

    SerializedCommand finish();

private:
    void separate();
    void quoted(QByteArrayView bytes);
    bool canQuote(QByteArrayView bytes) const;
    QByteArray mailboxBytes(const QString &name) const;

    CommandContext m_context;
    SerializedCommand m_result;
    QByteArray m_current;
    bool m_needsSpace = true;
};

} // namespace quire::imap
