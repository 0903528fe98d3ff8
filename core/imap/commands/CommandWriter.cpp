#include "core/imap/commands/CommandWriter.h"

#include "core/imap/commands/ModifiedUtf7.h"

#include <cstdlib>

namespace quire::imap {

namespace {

// LITERAL- (RFC 7888) allows {N+} only up to this size.
constexpr qsizetype LiteralMinusLimit = 4096;

// ATOM-CHAR of RFC 3501: CHAR without atom-specials.
bool isAtomChar(char c)
{
    const auto u = uchar(c);
    if (u <= 0x20 || u >= 0x7f)
        return false;
    switch (c) {
    case '(':
    case ')':
    case '{':
    case '%':
    case '*':
    case '"':
    case '\\':
    case ']':
        return false;
    default:
        return true;
    }
}

// ASTRING-CHAR adds resp-specials ("]") to ATOM-CHAR.
bool isAstringChar(char c)
{
    return c == ']' || isAtomChar(c);
}

// list-char adds the wildcards.
bool isListChar(char c)
{
    return c == '%' || c == '*' || isAstringChar(c);
}

bool allOf(QByteArrayView bytes, bool (*predicate)(char))
{
    for (char c : bytes) {
        if (!predicate(c))
            return false;
    }
    return true;
}

// An astring "NIL" would read as the NIL of an nstring to a lenient parser.
bool looksLikeNil(QByteArrayView bytes)
{
    return bytes.size() == 3 && QByteArrayView(bytes).compare("NIL", Qt::CaseInsensitive) == 0;
}

const char *const MonthNames[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

QByteArray twoDigits(int value)
{
    return QByteArray::number(value).rightJustified(2, '0');
}

} // namespace

CommandWriter::CommandWriter(const CommandContext &context, QByteArrayView tag)
    : m_context(context)
    , m_current(tag.toByteArray())
{
}

void CommandWriter::separate()
{
    if (m_needsSpace)
        m_current += ' ';
    m_needsSpace = true;
}

void CommandWriter::atom(QByteArrayView text)
{
    separate();
    m_current += text;
}

void CommandWriter::number(quint64 value)
{
    atom(QByteArray::number(value));
}

void CommandWriter::set(const NumberSet &set)
{
    atom(set.toImap());
}

bool CommandWriter::canQuote(QByteArrayView bytes) const
{
    for (char c : bytes) {
        const auto u = uchar(c);
        if (u == 0 || c == '\r' || c == '\n')
            return false;
        // 8-bit text may be quoted only as UTF-8 under UTF8=ACCEPT (RFC 6855).
        if (u >= 0x80 && !m_context.utf8Enabled)
            return false;
    }
    if (m_context.utf8Enabled)
        return QString::fromUtf8(bytes).toUtf8() == bytes;
    return true;
}

void CommandWriter::quoted(QByteArrayView bytes)
{
    separate();
    m_current += '"';
    for (char c : bytes) {
        if (c == '"' || c == '\\')
            m_current += '\\';
        m_current += c;
    }
    m_current += '"';
}

void CommandWriter::astring(QByteArrayView bytes)
{
    if (!bytes.isEmpty() && allOf(bytes, isAstringChar) && !looksLikeNil(bytes))
        atom(bytes);
    else
        string(bytes);
}

void CommandWriter::string(QByteArrayView bytes)
{
    if (canQuote(bytes))
        quoted(bytes);
    else
        literal(bytes);
}

void CommandWriter::nstring(const std::optional<QByteArray> &bytes)
{
    if (bytes)
        string(*bytes);
    else
        atom("NIL");
}

void CommandWriter::literal(QByteArrayView bytes)
{
    separate();
    const bool nonSynchronising
        = m_context.literalPlus || (m_context.literalMinus && bytes.size() <= LiteralMinusLimit);
    m_current += '{' + QByteArray::number(bytes.size()) + (nonSynchronising ? "+}\r\n" : "}\r\n");
    m_result.segments.append(
        { m_current, nonSynchronising ? SegmentEnd::SendNextAtOnce : SegmentEnd::WaitForContinuation });
    m_current = bytes.toByteArray();
}

QByteArray CommandWriter::mailboxBytes(const QString &name) const
{
    // INBOX is case-insensitive (RFC 3501 5.1); sending it upper-case lets
    // servers that compare bytes find it too.
    if (name.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0)
        return "INBOX";
    return m_context.utf8Enabled ? name.toUtf8() : encodeMailboxName(name);
}

void CommandWriter::mailbox(const QString &name)
{
    astring(mailboxBytes(name));
}

void CommandWriter::listPattern(const QString &pattern)
{
    const QByteArray bytes = mailboxBytes(pattern);
    if (!bytes.isEmpty() && allOf(bytes, isListChar) && !looksLikeNil(bytes))
        atom(bytes);
    else
        string(bytes);
}

void CommandWriter::date(QDate date)
{
    atom(QByteArray::number(date.day()) + '-' + MonthNames[date.month() - 1] + '-' + QByteArray::number(date.year()));
}

void CommandWriter::dateTime(const QDateTime &dateTime)
{
    const QDate date = dateTime.date();
    const QTime time = dateTime.time();
    const int offsetMinutes = dateTime.offsetFromUtc() / 60;
    const int absoluteOffset = std::abs(offsetMinutes);
    const QByteArray day = date.day() < 10 ? ' ' + QByteArray::number(date.day()) : QByteArray::number(date.day());
    const QByteArray text = day + '-' + MonthNames[date.month() - 1] + '-' + QByteArray::number(date.year()) + ' '
        + twoDigits(time.hour()) + ':' + twoDigits(time.minute()) + ':' + twoDigits(time.second()) + ' '
        + (offsetMinutes < 0 ? '-' : '+') + twoDigits(absoluteOffset / 60) + twoDigits(absoluteOffset % 60);
    quoted(text);
}

void CommandWriter::openList()
{
    separate();
    m_current += '(';
    m_needsSpace = false;
}

void CommandWriter::closeList()
{
    m_current += ')';
    m_needsSpace = true;
}

void CommandWriter::endLineAndWaitForContinuation()
{
    m_current += "\r\n";
    m_result.segments.append({ m_current, SegmentEnd::WaitForContinuation });
    m_current.clear();
    m_needsSpace = false;
}

SerializedCommand CommandWriter::finish()
{
    m_current += "\r\n";
    m_result.segments.append({ m_current, SegmentEnd::CommandComplete });
    m_current.clear();
    return std::move(m_result);
}

} // namespace quire::imap
