#include "core/mime/EncodedWords.h"

#include "core/mime/Charset.h"
#include "core/mime/TransferEncoding.h"

#include <algorithm>
#include <optional>

namespace quire::mime {

namespace {

// RFC 2047 limits an encoded word to 75 characters; real mail ignores that,
// but a charset name longer than this is not a charset.
constexpr qsizetype maxCharsetLength = 64;

struct EncodedWord {
    QByteArray charset; // without the RFC 2231 "*language" suffix
    char encoding = 'Q';
    QByteArrayView text;
    qsizetype end = 0; // index just past "?="
};

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// Parses "=?charset?X?text?=" starting at `start` (which points at "=?");
// `lastTerminator` is the index of the last "?=" in `raw`.
std::optional<EncodedWord> parseEncodedWord(QByteArrayView raw, qsizetype start, qsizetype lastTerminator)
{
    const qsizetype charsetStart = start + 2;
    qsizetype i = charsetStart;
    while (i < raw.size() && raw[i] != '?' && !isBlank(raw[i]) && i - charsetStart <= maxCharsetLength)
        ++i;
    if (i >= raw.size() || raw[i] != '?' || i == charsetStart)
        return std::nullopt;
    EncodedWord word;
    word.charset = raw.sliced(charsetStart, i - charsetStart).toByteArray();
    if (const qsizetype star = word.charset.indexOf('*'); star >= 0)
        word.charset.truncate(star);
    if (i + 2 >= raw.size() || raw[i + 2] != '?')
        return std::nullopt;
    const char encoding = raw[i + 1];
    if (encoding == 'b' || encoding == 'B')
        word.encoding = 'B';
    else if (encoding == 'q' || encoding == 'Q')
        word.encoding = 'Q';
    else
        return std::nullopt;
    const qsizetype textStart = i + 3;
    // Without this check, many "=?x?q?" openers and no "?=" scan the rest of
    // the header once each: quadratic time.
    if (textStart > lastTerminator)
        return std::nullopt;
    const qsizetype textEnd = raw.indexOf("?=", textStart);
    if (textEnd < 0)
        return std::nullopt;
    word.text = raw.sliced(textStart, textEnd - textStart);
    word.end = textEnd + 2;
    return word;
}

// Removes line breaks; the whitespace after them stays (RFC 5322 unfolding).
// A line break without following whitespace is malformed and becomes a space.
QByteArray unfold(QByteArrayView raw)
{
    QByteArray out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c != '\r' && c != '\n') {
            out.append(c);
            continue;
        }
        const bool lastBreakChar = i + 1 >= raw.size() || (raw[i + 1] != '\r' && raw[i + 1] != '\n');
        if (lastBreakChar && i + 1 < raw.size() && raw[i + 1] != ' ' && raw[i + 1] != '\t')
            out.append(' ');
    }
    return out;
}

bool sameCharset(const QByteArray &a, const QByteArray &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// ISO-2022 encodings are stateful, and RFC 2047 makes each word return to
// the initial state, so their words decode one by one: joined, the escape
// that ends one word and the one that starts the next stand side by side,
// which decoders (ICU, WHATWG) treat as an error.
bool isStatefulCharset(QByteArrayView charset)
{
    return charset.size() >= 8 && QByteArrayView(charset.first(8)).compare("iso-2022", Qt::CaseInsensitive) == 0;
}

// Decodes a run of text made of encoded words and the raw text between them.
// Consecutive words in one charset are joined as bytes first, because
// senders split multibyte characters (and even base64 quanta) across words.
class HeaderDecoder
{
public:
    explicit HeaderDecoder(QByteArrayView fallbackCharset)
        : m_fallback(fallbackCharset)
    {
    }

    void addRawText(QByteArrayView text)
    {
        if (text.isEmpty())
            return;
        flushWords();
        m_rawText.append(text);
    }

    void addWord(const EncodedWord &word)
    {
        flushRawText();
        if (!m_wordCharset.isNull() && (!sameCharset(m_wordCharset, word.charset) || isStatefulCharset(word.charset)))
            flushWords();
        m_wordCharset = word.charset;
        if (word.encoding == 'Q') {
            flushBase64();
            m_wordBytes.append(decodeQEncoding(word.text));
            return;
        }
        // A base64 quantum split across words only decodes when joined.
        if (m_pendingBase64.size() % 4 == 0)
            flushBase64();
        m_pendingBase64.append(word.text);
    }

    QString finish()
    {
        flushRawText();
        flushWords();
        return m_out;
    }

private:
    void flushBase64()
    {
        if (!m_pendingBase64.isEmpty())
            m_wordBytes.append(decodeBase64(m_pendingBase64));
        m_pendingBase64.clear();
    }

    void flushWords()
    {
        flushBase64();
        if (!m_wordCharset.isNull())
            m_out.append(decodeCharset(m_wordBytes, m_wordCharset, fallbackOrDefault()));
        m_wordBytes.clear();
        m_wordCharset = QByteArray();
    }

    void flushRawText()
    {
        if (m_rawText.isEmpty())
            return;
        // Raw 8-bit is UTF-8 (RFC 6532) when valid, else the fallback.
        m_out.append(decodeCharset(m_rawText, {}, fallbackOrDefault()));
        m_rawText.clear();
    }

    QByteArrayView fallbackOrDefault() const
    {
        return m_fallback.isEmpty() ? QByteArrayView("windows-1252") : m_fallback;
    }

    QByteArrayView m_fallback;
    QString m_out;
    QByteArray m_rawText;
    QByteArray m_wordCharset;
    QByteArray m_wordBytes;
    QByteArray m_pendingBase64;
};

bool onlyBlanks(QByteArrayView text)
{
    for (char c : text) {
        if (!isBlank(c))
            return false;
    }
    return true;
}

} // namespace

QString decodeHeaderValue(QByteArrayView raw, QByteArrayView fallbackCharset)
{
    // Most values are plain ASCII on one line: every charset (UTF-8 and the
    // fallback alike) reads them as Latin-1 does. A sync decodes several
    // per message, and this skips the copy and the charset lookups.
    const bool plainAscii = std::all_of(raw.begin(), raw.end(),
        [](char c) { return (static_cast<unsigned char>(c) & 0x80) == 0 && c != '\r' && c != '\n'; });
    if (plainAscii && !raw.contains("=?"))
        return QString::fromLatin1(raw).trimmed();
    const QByteArray text = unfold(raw);
    const QByteArrayView view(text);
    HeaderDecoder decoder(fallbackCharset);
    qsizetype rawStart = 0;
    bool previousWasEncoded = false;
    const qsizetype lastTerminator = view.lastIndexOf("?=");
    qsizetype pos = view.indexOf("=?");
    while (pos >= 0) {
        const std::optional<EncodedWord> word = parseEncodedWord(view, pos, lastTerminator);
        if (!word) {
            pos = view.indexOf("=?", pos + 1);
            continue;
        }
        const QByteArrayView between = view.sliced(rawStart, pos - rawStart);
        // RFC 2047 6.2: whitespace between adjacent encoded words is not text.
        if (!(previousWasEncoded && onlyBlanks(between)))
            decoder.addRawText(between);
        decoder.addWord(*word);
        previousWasEncoded = true;
        rawStart = word->end;
        pos = view.indexOf("=?", rawStart);
    }
    decoder.addRawText(view.sliced(rawStart));
    return decoder.finish().trimmed();
}

} // namespace quire::mime
