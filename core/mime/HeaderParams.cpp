#include "core/mime/HeaderParams.h"

#include "core/mime/Charset.h"
#include "core/mime/EncodedWords.h"
#include "core/mime/TransferEncoding.h"

#include <QMap>

namespace quire::mime {

namespace {

// RFC 2231 continuations beyond this index are ignored: no real header needs
// more, and it bounds what a hostile header can make us allocate.
constexpr int maxContinuationIndex = 10000;

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

bool isNameChar(char c)
{
    return !isBlank(c) && c != '=' && c != ';' && c != '"' && c != '(' && c != ',';
}

QByteArray percentDecode(QByteArrayView in)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in[i] == '%' && i + 2 < in.size()) {
            const int high = hexDigitValue(in[i + 1]);
            const int low = hexDigitValue(in[i + 2]);
            if (high >= 0 && low >= 0) {
                out.append(static_cast<char>(high * 16 + low));
                i += 2;
                continue;
            }
        }
        out.append(in[i]);
    }
    return out;
}

class Scanner
{
public:
    explicit Scanner(QByteArrayView text)
        : m_text(text)
    {
    }

    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return m_text[m_pos]; }
    void advance() { ++m_pos; }

    void skipBlanksAndComments()
    {
        while (!atEnd()) {
            if (isBlank(peek()))
                advance();
            else if (peek() == '(')
                skipComment();
            else
                return;
        }
    }

    void skipComment()
    {
        int depth = 0;
        while (!atEnd()) {
            const char c = peek();
            advance();
            if (c == '\\' && !atEnd())
                advance();
            else if (c == '(')
                ++depth;
            else if (c == ')' && --depth == 0)
                return;
        }
    }

    // After the opening quote; an unterminated string runs to the end.
    QByteArray readQuotedString()
    {
        QByteArray out;
        advance();
        while (!atEnd()) {
            const char c = peek();
            advance();
            if (c == '"')
                return out;
            if (c == '\\' && !atEnd()) {
                out.append(peek());
                advance();
                continue;
            }
            if (c != '\r' && c != '\n')
                out.append(c);
        }
        return out;
    }

    QByteArrayView readWhile(bool (*accept)(char))
    {
        const qsizetype start = m_pos;
        while (!atEnd() && accept(peek()))
            advance();
        return m_text.sliced(start, m_pos - start);
    }

    // An unquoted value runs to ';'. Because senders forget semicolons
    // ("text/plain charset=us-ascii format=flowed"), it also stops before
    // whitespace followed by "name=", and before a comment after whitespace.
    QByteArrayView readUnquotedValue()
    {
        const qsizetype start = m_pos;
        qsizetype end = m_pos;
        while (!atEnd() && peek() != ';') {
            if (isBlank(peek())) {
                qsizetype next = m_pos;
                while (next < m_text.size() && isBlank(m_text[next]))
                    ++next;
                if (next < m_text.size() && (m_text[next] == '(' || startsParameter(next)))
                    break;
                m_pos = next; // the whole run at once: no rescanning of long blank runs
                continue;
            }
            advance();
            end = m_pos;
        }
        return m_text.sliced(start, end - start);
    }

    qsizetype position() const { return m_pos; }

private:
    bool startsParameter(qsizetype at) const
    {
        qsizetype i = at;
        while (i < m_text.size() && isNameChar(m_text[i]))
            ++i;
        return i > at && i < m_text.size() && m_text[i] == '=';
    }

    QByteArrayView m_text;
    qsizetype m_pos = 0;
};

struct Continuation {
    QByteArray bytes; // raw value, still percent-encoded when `extended`
    bool extended = false;
};

// Everything collected for one parameter name before decoding.
struct RawParameter {
    QByteArray plainValue;
    bool hasPlain = false;
    QMap<int, Continuation> continuations; // RFC 2231 sections, by index
};

QString decodeRfc2231(const QMap<int, Continuation> &sections, QByteArrayView fallbackCharset)
{
    QByteArray charset;
    QByteArray bytes;
    bool first = true;
    for (const Continuation &section : sections) {
        QByteArrayView value(section.bytes);
        if (first && section.extended) {
            // charset'language'value; the quotes may be missing in broken mail.
            const qsizetype quote1 = value.indexOf('\'');
            const qsizetype quote2 = quote1 < 0 ? -1 : value.indexOf('\'', quote1 + 1);
            if (quote2 >= 0) {
                charset = value.first(quote1).toByteArray();
                value = value.sliced(quote2 + 1);
            }
        }
        first = false;
        bytes.append(section.extended ? percentDecode(value) : value.toByteArray());
    }
    if (bytes.contains("=?"))
        return decodeHeaderValue(bytes, charset.isEmpty() ? fallbackCharset : QByteArrayView(charset));
    return decodeCharset(bytes, charset, fallbackCharset.isEmpty() ? QByteArrayView("windows-1252") : fallbackCharset);
}

// Splits "name*2*" into ("name", 2, true); "name*" into ("name", 0, true);
// "name" into ("name", -1, false).
void splitParameterName(QByteArray &name, int &index, bool &extended)
{
    index = -1;
    extended = name.endsWith('*');
    if (extended)
        name.chop(1);
    const qsizetype star = name.lastIndexOf('*');
    if (star < 0) {
        if (extended)
            index = 0;
        return;
    }
    bool ok = false;
    const int number = name.mid(star + 1).toInt(&ok);
    if (!ok || number < 0)
        return;
    index = number;
    name.truncate(star);
}

} // namespace

QString ParameterizedHeader::param(QByteArrayView name) const
{
    for (const auto &[key, value] : params) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

ParameterizedHeader parseParameterizedHeader(QByteArrayView raw, QByteArrayView fallbackCharset)
{
    ParameterizedHeader result;
    Scanner scanner(raw);
    scanner.skipBlanksAndComments();
    const qsizetype valueStart = scanner.position();
    const QByteArrayView value
        = scanner.readWhile([](char c) { return !isBlank(c) && c != ';' && c != '(' && c != '"'; });
    if (value.contains('=')) {
        // No value at all, just parameters: start over on them.
        scanner = Scanner(raw.sliced(valueStart));
    } else {
        result.value = value.toByteArray().toLower();
    }

    QList<QByteArray> order;
    QMap<QByteArray, RawParameter> collected;
    while (true) {
        scanner.skipBlanksAndComments();
        while (!scanner.atEnd() && scanner.peek() == ';') {
            scanner.advance();
            scanner.skipBlanksAndComments();
        }
        if (scanner.atEnd())
            break;
        QByteArray name = scanner.readWhile(isNameChar).toByteArray().toLower();
        scanner.skipBlanksAndComments();
        if (name.isEmpty() || scanner.atEnd() || scanner.peek() != '=') {
            // Junk without '=': skip to the next parameter.
            while (!scanner.atEnd() && scanner.peek() != ';')
                scanner.advance();
            continue;
        }
        scanner.advance();
        scanner.skipBlanksAndComments();
        QByteArray rawValue;
        if (!scanner.atEnd() && scanner.peek() == '"')
            rawValue = scanner.readQuotedString();
        else if (!scanner.atEnd())
            rawValue = scanner.readUnquotedValue().toByteArray();

        int index = -1;
        bool extended = false;
        splitParameterName(name, index, extended);
        if (!collected.contains(name))
            order.append(name);
        RawParameter &parameter = collected[name];
        if (index < 0) {
            if (!parameter.hasPlain) {
                parameter.plainValue = rawValue;
                parameter.hasPlain = true;
            }
        } else if (index <= maxContinuationIndex && !parameter.continuations.contains(index)) {
            parameter.continuations.insert(index, Continuation { rawValue, extended });
        }
    }

    for (const QByteArray &name : order) {
        const RawParameter &parameter = collected[name];
        // The RFC 2231 form is the precise one when a sender gives both.
        QString decoded = parameter.continuations.isEmpty() ? decodeHeaderValue(parameter.plainValue, fallbackCharset)
                                                            : decodeRfc2231(parameter.continuations, fallbackCharset);
        if (decoded.isNull())
            decoded = QStringLiteral("");
        result.params.append({ name, decoded });
    }
    return result;
}

} // namespace quire::mime
