#include "core/imap/parser/Lexer.h"

#include <array>
#include <cstring>

namespace quire::imap {

namespace {

// ATOM-CHAR of RFC 3501, widened the way tolerant clients widen it: flags
// carry '\' and '*', list patterns '%', and servers send 8-bit bytes. '[' is
// allowed so "BODY[" reads on; ']' is not, so response codes end.
constexpr std::array<bool, 256> makeAtomTable()
{
    std::array<bool, 256> table {};
    for (int c = 0x21; c < 256; ++c)
        table[c] = true;
    for (char c : { '(', ')', '{', '"', ']', '\x7f' })
        table[static_cast<unsigned char>(c)] = false;
    return table;
}
constexpr std::array<bool, 256> kAtomChar = makeAtomTable();

bool isAtomChar(char c)
{
    return kAtomChar[static_cast<unsigned char>(c)];
}

char upper(char c)
{
    return (c >= 'a' && c <= 'z') ? char(c - 32) : c;
}

} // namespace

Lexer::Lexer(QByteArrayView frame, const QList<SpilledLiteral> &spills, int maxDepth)
    : m_data(frame.data())
    , m_size(frame.size())
    , m_spills(spills)
    , m_maxDepth(maxDepth)
{
}

bool Lexer::atLineEnd() const
{
    if (m_pos >= m_size)
        return true;
    const char c = m_data[m_pos];
    return c == '\n' || (c == '\r' && (m_pos + 1 >= m_size || m_data[m_pos + 1] == '\n'));
}

bool Lexer::atResponseEnd() const
{
    const qsizetype left = m_size - m_pos;
    return left == 0 || (left == 1 && m_data[m_pos] == '\n')
        || (left == 2 && m_data[m_pos] == '\r' && m_data[m_pos + 1] == '\n');
}

bool Lexer::tryConsume(char c)
{
    if (m_pos < m_size && m_data[m_pos] == c) {
        ++m_pos;
        return true;
    }
    return false;
}

void Lexer::expect(char c)
{
    if (!tryConsume(c))
        fail(QStringLiteral("expected '%1'").arg(QLatin1Char(c)));
}

void Lexer::skipSpaces()
{
    while (m_pos < m_size && (m_data[m_pos] == ' ' || m_data[m_pos] == '\t'))
        ++m_pos;
}

QByteArrayView Lexer::atom()
{
    const qsizetype start = m_pos;
    while (m_pos < m_size && isAtomChar(m_data[m_pos]))
        ++m_pos;
    return QByteArrayView(m_data + start, m_pos - start);
}

QByteArrayView Lexer::requireAtom(const char *what)
{
    const QByteArrayView a = atom();
    if (a.isEmpty())
        fail(QStringLiteral("expected %1").arg(QLatin1String(what)));
    return a;
}

bool Lexer::tryKeyword(QByteArrayView keyword)
{
    const qsizetype n = keyword.size();
    if (m_size - m_pos < n)
        return false;
    for (qsizetype i = 0; i < n; ++i) {
        if (upper(m_data[m_pos + i]) != keyword[i])
            return false;
    }
    if (m_pos + n < m_size && isAtomChar(m_data[m_pos + n]))
        return false;
    m_pos += n;
    return true;
}

quint64 Lexer::number()
{
    const qsizetype start = m_pos;
    quint64 value = 0;
    while (m_pos < m_size && m_data[m_pos] >= '0' && m_data[m_pos] <= '9') {
        const quint64 digit = quint64(m_data[m_pos] - '0');
        if (value > (~quint64(0) - digit) / 10)
            fail(QStringLiteral("number too large"));
        value = value * 10 + digit;
        ++m_pos;
    }
    if (m_pos == start)
        fail(QStringLiteral("expected a number"));
    return value;
}

quint32 Lexer::number32()
{
    const quint64 value = number();
    if (value > 0xffffffffu)
        fail(QStringLiteral("number too large"));
    return quint32(value);
}

qint64 Lexer::literalHeader()
{
    const quint64 size = number();
    tryConsume('+');
    expect('}');
    tryConsume('\r');
    expect('\n');
    return qint64(size);
}

QByteArray Lexer::quoted()
{
    // Caller consumed the opening quote. The common case has no escapes and
    // becomes one allocation.
    const qsizetype start = m_pos;
    while (m_pos < m_size) {
        const char c = m_data[m_pos];
        if (c == '"') {
            ++m_pos;
            return QByteArray(m_data + start, m_pos - 1 - start);
        }
        if (c == '\\' || c == '\r' || c == '\n')
            break;
        ++m_pos;
    }
    QByteArray out(m_data + start, m_pos - start);
    while (m_pos < m_size) {
        char c = m_data[m_pos++];
        if (c == '"')
            return out;
        if (c == '\r' || c == '\n')
            break;
        if (c == '\\' && m_pos < m_size)
            c = m_data[m_pos++];
        out += c;
    }
    fail(QStringLiteral("unterminated quoted string"));
}

std::optional<QByteArrayView> Lexer::tryPlainQuoted()
{
    if (peek() != '"')
        return std::nullopt;
    for (qsizetype i = m_pos + 1; i < m_size; ++i) {
        const char c = m_data[i];
        if (c == '"') {
            const QByteArrayView view(m_data + m_pos + 1, i - m_pos - 1);
            m_pos = i + 1;
            return view;
        }
        if (c == '\\' || c == '\r' || c == '\n')
            return std::nullopt;
    }
    return std::nullopt;
}

std::optional<QByteArray> Lexer::nstring()
{
    skipSpaces();
    const char c = peek();
    if (c == '"') {
        ++m_pos;
        return quoted();
    }
    if (c == '{' || (c == '~' && m_pos + 1 < m_size && m_data[m_pos + 1] == '{')) {
        m_pos += (c == '~') ? 2 : 1;
        const qint64 size = literalHeader();
        for (const SpilledLiteral &spill : m_spills) {
            if (spill.framePos == m_pos)
                fail(QStringLiteral("a %1-byte literal is too large for a string field").arg(spill.size));
        }
        if (size > m_size - m_pos)
            fail(QStringLiteral("literal runs past the response"));
        QByteArray value(m_data + m_pos, size);
        m_pos += size;
        return value;
    }
    if (tryKeyword("NIL"))
        return std::nullopt;
    const QByteArrayView a = atom();
    if (a.isEmpty())
        fail(QStringLiteral("expected a string"));
    return a.toByteArray();
}

QByteArray Lexer::astring()
{
    skipSpaces();
    const char c = peek();
    if (c == '"' || c == '{' || c == '~')
        return string();
    // ASTRING-CHAR also allows ']' (RFC 3501 9), as in Gmail's [Gmail]/All.
    const qsizetype start = m_pos;
    while (m_pos < m_size && (isAtomChar(m_data[m_pos]) || m_data[m_pos] == ']'))
        ++m_pos;
    if (m_pos == start)
        fail(QStringLiteral("expected a mailbox name"));
    return QByteArray(m_data + start, m_pos - start);
}

MessageData Lexer::messageData()
{
    skipSpaces();
    MessageData data;
    const char c = peek();
    if (c == '{' || (c == '~' && m_pos + 1 < m_size && m_data[m_pos + 1] == '{')) {
        m_pos += (c == '~') ? 2 : 1;
        const qint64 size = literalHeader();
        for (const SpilledLiteral &spill : m_spills) {
            if (spill.framePos == m_pos) {
                data.spoolPath = spill.path;
                data.size = spill.size;
                data.spool = spill.file;
                return data;
            }
        }
        if (size > m_size - m_pos)
            fail(QStringLiteral("literal runs past the response"));
        data.bytes = QByteArray(m_data + m_pos, size);
        data.size = size;
        m_pos += size;
        return data;
    }
    const std::optional<QByteArray> value = nstring();
    data.nil = !value;
    if (value) {
        data.bytes = *value;
        data.size = value->size();
    }
    return data;
}

QList<QByteArray> Lexer::atomList()
{
    skipSpaces();
    QList<QByteArray> items;
    if (tryKeyword("NIL"))
        return items;
    if (!tryOpenList()) {
        // A lone flag without parentheses, as some servers send for one item.
        items.append(string());
        return items;
    }
    while (true) {
        skipSpaces();
        if (tryConsume(')'))
            break;
        if (atLineEnd())
            fail(QStringLiteral("unterminated list"));
        if (peek() == '(') {
            skipValue();
            continue;
        }
        items.append(string());
    }
    --m_depth;
    return items;
}

QByteArrayView Lexer::restOfLine()
{
    const qsizetype start = m_pos;
    while (!atLineEnd())
        ++m_pos;
    return QByteArrayView(m_data + start, m_pos - start);
}

QByteArrayView Lexer::restOfResponse()
{
    const qsizetype start = m_pos;
    qsizetype end = m_size;
    if (end > start && m_data[end - 1] == '\n')
        --end;
    if (end > start && m_data[end - 1] == '\r')
        --end;
    m_pos = end;
    return QByteArrayView(m_data + start, end - start);
}

QByteArrayView Lexer::skipValue()
{
    skipSpaces();
    const qsizetype start = m_pos;
    const char c = peek();
    if (c == '(') {
        openList();
        while (true) {
            skipSpaces();
            if (tryConsume(')'))
                break;
            if (atLineEnd())
                fail(QStringLiteral("unterminated list"));
            skipValue();
        }
        --m_depth;
    } else if (c == '"' || c == '{' || (c == '~' && m_pos + 1 < m_size && m_data[m_pos + 1] == '{')) {
        messageData();
    } else {
        // Atoms, numbers, NIL, and sloppy things like "BODY[HEADER]" or "<0>".
        while (m_pos < m_size) {
            const char d = m_data[m_pos];
            if (d == ' ' || d == '(' || d == ')' || d == '\r' || d == '\n')
                break;
            ++m_pos;
        }
        if (m_pos == start)
            fail(QStringLiteral("expected a value"));
    }
    return QByteArrayView(m_data + start, m_pos - start);
}

void Lexer::openList()
{
    skipSpaces();
    expect('(');
    enterNesting();
}

bool Lexer::tryOpenList()
{
    skipSpaces();
    if (!tryConsume('('))
        return false;
    enterNesting();
    return true;
}

void Lexer::closeList()
{
    skipSpaces();
    expect(')');
    --m_depth;
}

bool Lexer::tryCloseList()
{
    skipSpaces();
    if (!tryConsume(')'))
        return false;
    --m_depth;
    return true;
}

void Lexer::enterNesting()
{
    if (++m_depth > m_maxDepth)
        fail(QStringLiteral("nesting deeper than %1 levels").arg(m_maxDepth));
}

void Lexer::fail(const QString &message) const
{
    throw LexerFailure { message, m_pos };
}

} // namespace quire::imap
