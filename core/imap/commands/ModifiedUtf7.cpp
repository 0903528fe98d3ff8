#include "core/imap/commands/ModifiedUtf7.h"

#include <QStringDecoder>

#include <optional>

namespace quire::imap {

namespace {

// RFC 2152 base64 with "," in place of "/".
constexpr char Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+,";

bool isDirect(char16_t c)
{
    return c >= 0x20 && c <= 0x7e && c != u'&';
}

int alphabetIndex(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == ',')
        return 63;
    return -1;
}

void appendShifted(QByteArray &out, const char16_t *units, qsizetype count)
{
    out += '&';
    quint32 bits = 0;
    int bitCount = 0;
    for (qsizetype i = 0; i < count; ++i) {
        bits = (bits << 16) | units[i];
        bitCount += 16;
        while (bitCount >= 6) {
            bitCount -= 6;
            out += Alphabet[(bits >> bitCount) & 0x3f];
        }
    }
    if (bitCount > 0)
        out += Alphabet[(bits << (6 - bitCount)) & 0x3f];
    out += '-';
}

// Decodes the base64 between "&" and "-". nullopt unless it is exactly what
// an encoder would have written: whole UTF-16 units, zero padding bits, and
// valid surrogate pairs.
std::optional<QString> decodeShifted(QByteArrayView base64)
{
    if (base64.isEmpty())
        return std::nullopt;
    QString text;
    quint32 bits = 0;
    int bitCount = 0;
    for (char c : base64) {
        const int value = alphabetIndex(c);
        if (value < 0)
            return std::nullopt;
        bits = (bits << 6) | quint32(value);
        bitCount += 6;
        if (bitCount >= 16) {
            bitCount -= 16;
            text += QChar(char16_t((bits >> bitCount) & 0xffff));
        }
    }
    if (bitCount >= 6 || (bits & ((1u << bitCount) - 1)) != 0)
        return std::nullopt;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar unit = text.at(i);
        if (unit.isHighSurrogate()) {
            if (i + 1 >= text.size() || !text.at(i + 1).isLowSurrogate())
                return std::nullopt;
            ++i;
        } else if (unit.isLowSurrogate()) {
            return std::nullopt;
        }
    }
    // A shift sequence that only holds printable ASCII is not canonical, and
    // decoding it would let two different wire names map to one name.
    for (QChar unit : text) {
        if (isDirect(unit.unicode()))
            return std::nullopt;
    }
    return text;
}

// Raw 8-bit bytes are not modified UTF-7, but some servers send UTF-8
// anyway; anything that is not valid UTF-8 either is shown byte by byte.
QString decodeDirectRun(QByteArrayView run)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(run);
    if (!utf8.hasError())
        return text;
    return QString::fromLatin1(run);
}

} // namespace

QByteArray encodeMailboxName(const QString &name)
{
    QByteArray out;
    out.reserve(name.size());
    const char16_t *units = reinterpret_cast<const char16_t *>(name.utf16());
    qsizetype i = 0;
    while (i < name.size()) {
        const char16_t unit = units[i];
        if (unit == u'&') {
            out += "&-";
            ++i;
        } else if (isDirect(unit)) {
            out += char(unit);
            ++i;
        } else {
            const qsizetype start = i;
            while (i < name.size() && !isDirect(units[i]) && units[i] != u'&')
                ++i;
            appendShifted(out, units + start, i - start);
        }
    }
    return out;
}

QString decodeMailboxName(QByteArrayView encoded)
{
    QString name;
    name.reserve(encoded.size());
    qsizetype i = 0;
    while (i < encoded.size()) {
        const char c = encoded[i];
        if (c != '&') {
            qsizetype end = encoded.indexOf('&', i);
            if (end < 0)
                end = encoded.size();
            name += decodeDirectRun(encoded.sliced(i, end - i));
            i = end;
            continue;
        }
        const qsizetype dash = encoded.indexOf('-', i + 1);
        if (dash == i + 1) {
            name += u'&';
            i = dash + 1;
            continue;
        }
        const auto decoded = dash < 0 ? std::nullopt : decodeShifted(encoded.sliced(i + 1, dash - i - 1));
        if (!decoded) {
            name += u'&';
            ++i;
            continue;
        }
        name += *decoded;
        i = dash + 1;
    }
    return name;
}

} // namespace quire::imap
