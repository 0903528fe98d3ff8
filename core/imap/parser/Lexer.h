#pragma once

#include "core/imap/parser/Response.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

class QTemporaryFile;

namespace quire::imap {

// A literal whose bytes are not in the frame: spooled to a file, because it
// was large. framePos is where its bytes would have started (just after the
// "{N}\r\n").
struct SpilledLiteral {
    qsizetype framePos = 0;
    qint64 size = 0;
    QString path;
    std::shared_ptr<QTemporaryFile> file;
};

// Thrown by Lexer when the bytes do not fit the grammar (even read
// tolerantly). Caught once per response by ResponseParser; it never escapes
// the parser's public API.
struct LexerFailure {
    QString message;
    qsizetype framePos = 0;
};

// Reads tokens from one complete response ("frame": the line(s) and literal
// bytes, CRLF included). All reads are tolerant where real servers are sloppy:
// case-insensitive keywords, any number of spaces, bare atoms where strings
// are due.
class Lexer
{
public:
    Lexer(QByteArrayView frame, const QList<SpilledLiteral> &spills, int maxDepth);

    qsizetype pos() const { return m_pos; }
    void setPos(qsizetype pos) { m_pos = pos; }
    QByteArrayView frame() const { return QByteArrayView(m_data, m_size); }
    QByteArrayView slice(qsizetype from, qsizetype to) const { return QByteArrayView(m_data + from, to - from); }
    // Whether some literal's bytes are in a file, not in the frame: then equal
    // frame bytes do not mean equal values.
    bool hasSpilledLiterals() const { return !m_spills.isEmpty(); }

    // True at the CRLF (or bare LF) that ends the response, or past the end.
    bool atLineEnd() const;
    // True when only the final line terminator (or nothing) is left.
    bool atResponseEnd() const;
    // The next byte, or 0 at the end of the frame.
    char peek() const { return m_pos < m_size ? m_data[m_pos] : '\0'; }
    bool peekDigit() const { return m_pos < m_size && m_data[m_pos] >= '0' && m_data[m_pos] <= '9'; }
    bool tryConsume(char c);
    void expect(char c);
    void skipSpaces();

    // ATOM-CHARs (tolerantly: backslash, '%', '*', '[' and 8-bit bytes too); may be empty.
    QByteArrayView atom();
    QByteArrayView requireAtom(const char *what);
    // A keyword compared case-insensitively and not followed by more atom characters.
    bool tryKeyword(QByteArrayView upperCaseKeyword);

    quint64 number();
    quint32 number32();
    // A quoted string without escapes, as a view into the frame (no allocation); nullopt otherwise,
    // with the position unchanged.
    std::optional<QByteArrayView> tryPlainQuoted();
    // NIL -> nullopt; quoted string, literal, or (tolerantly) a bare atom.
    std::optional<QByteArray> nstring();
    // nstring with NIL as empty.
    QByteArray string() { return nstring().value_or(QByteArray()); }
    // A mailbox-ish astring: "NIL" here is a name, not nil.
    QByteArray astring();
    // nstring for message bodies: may refer to a spooled literal.
    MessageData messageData();
    // A list of flags / atoms / strings "(a b c)"; NIL is an empty list. Tolerates a bare single item.
    QList<QByteArray> atomList();
    // Everything up to the line end (for resp-text and unknown responses).
    QByteArrayView restOfLine();
    // Everything up to the CRLF that ends the response, literals included.
    QByteArrayView restOfResponse();
    // Skips one value of any shape (atom, number, string, literal, nested list) and returns its raw bytes.
    QByteArrayView skipValue();

    // Parenthesised lists count towards the nesting limit.
    void openList();
    bool tryOpenList();
    void closeList();
    bool tryCloseList();

    [[noreturn]] void fail(const QString &message) const;

private:
    // After '{' or '~{': "N}" or "N+}" then CRLF; returns N.
    qint64 literalHeader();
    QByteArray quoted();
    void enterNesting();

    const char *m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
    const QList<SpilledLiteral> &m_spills;
    int m_depth = 0;
    int m_maxDepth;
};

} // namespace quire::imap
