#include "core/mime/Charset.h"

#include <QHash>

#include <algorithm>
#include <memory>
#include <unicode/ucnv.h>
#include <vector>

namespace quire::mime {

namespace {

struct LabelMapping {
    const char *label;
    const char *converter;
};

// Labels decoded differently from what they say, following the WHATWG
// Encoding Standard: senders label text with the smaller, older charset while
// writing its superset (Windows code pages), and every browser decodes them
// as the superset. Names are compared after lower-casing; every other label
// goes to ICU's own alias table.
constexpr LabelMapping browserMappings[] = {
    { "us-ascii", "windows-1252" },
    { "ascii", "windows-1252" },
    { "ansi_x3.4-1968", "windows-1252" },
    { "iso-8859-1", "windows-1252" },
    { "iso8859-1", "windows-1252" },
    { "iso_8859-1", "windows-1252" },
    { "iso88591", "windows-1252" },
    { "iso_8859-1:1987", "windows-1252" },
    { "latin1", "windows-1252" },
    { "l1", "windows-1252" },
    { "cp819", "windows-1252" },
    { "ibm819", "windows-1252" },
    { "iso-ir-100", "windows-1252" },
    { "csisolatin1", "windows-1252" },
    { "cp1252", "windows-1252" },
    { "x-cp1252", "windows-1252" },
    { "iso-8859-9", "windows-1254" },
    { "iso8859-9", "windows-1254" },
    { "latin5", "windows-1254" },
    { "iso-8859-11", "windows-874" },
    { "tis-620", "windows-874" },
    { "gb2312", "GBK" },
    { "gb_2312", "GBK" },
    { "gb_2312-80", "GBK" },
    { "csgb2312", "GBK" },
    { "x-gbk", "GBK" },
    { "euc-cn", "GBK" },
    { "chinese", "GBK" },
    { "iso-ir-58", "GBK" },
    { "cp936", "GBK" },
    { "windows-936", "GBK" },
    { "ks_c_5601-1987", "windows-949" },
    { "ks_c_5601-1989", "windows-949" },
    { "ks_c_5601", "windows-949" },
    { "ksc5601", "windows-949" },
    { "ksc_5601", "windows-949" },
    { "euc-kr", "windows-949" },
    { "cseuckr", "windows-949" },
    { "csksc56011987", "windows-949" },
    { "iso-ir-149", "windows-949" },
    { "korean", "windows-949" },
    { "cp949", "windows-949" },
    { "x-sjis", "Shift_JIS" },
    { "sjis", "Shift_JIS" },
    { "shift-jis", "Shift_JIS" },
    { "shift_jis", "Shift_JIS" },
    { "ms_kanji", "Shift_JIS" },
    { "csshiftjis", "Shift_JIS" },
    { "windows-31j", "Shift_JIS" },
    { "cp932", "Shift_JIS" },
    { "x-euc-jp", "EUC-JP" },
    { "big5", "Big5-HKSCS" },
    { "big-5", "Big5-HKSCS" },
    { "big5-hkscs", "Big5-HKSCS" },
    { "cn-big5", "Big5-HKSCS" },
    { "csbig5", "Big5-HKSCS" },
    { "x-x-big5", "Big5-HKSCS" },
    { "koi8", "KOI8-R" },
    { "koi", "KOI8-R" },
    { "koi8_r", "KOI8-R" },
    { "cskoi8r", "KOI8-R" },
    { "koi8-ru", "KOI8-U" },
    { "utf8", "UTF-8" },
    { "unicode-1-1-utf-8", "UTF-8" },
    { "x-unicode20utf8", "UTF-8" },
};

// Labels that say nothing about the bytes; treated like no label at all.
constexpr const char *meaninglessLabels[]
    = { "unknown-8bit", "x-unknown", "unknown", "default", "x-user-defined", "8bit", "us-ascii?", "none" };

struct ConverterCloser {
    void operator()(UConverter *converter) const { ucnv_close(converter); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

QByteArray normalizedLabel(QByteArrayView charset)
{
    QByteArray label = charset.trimmed().toByteArray().toLower();
    // Seen in the wild: charset="'utf-8'" and trailing junk after a quote.
    while (!label.isEmpty() && (label.front() == '"' || label.front() == '\''))
        label.remove(0, 1);
    while (!label.isEmpty() && (label.back() == '"' || label.back() == '\''))
        label.chop(1);
    return label.trimmed();
}

bool isMeaningless(const QByteArray &label)
{
    return label.isEmpty()
        || std::any_of(std::begin(meaninglessLabels), std::end(meaninglessLabels),
            [&](const char *meaningless) { return label == meaningless; });
}

ConverterPtr openConverter(const QByteArray &name)
{
    UErrorCode status = U_ZERO_ERROR;
    ConverterPtr converter(ucnv_open(name.constData(), &status));
    if (U_FAILURE(status))
        return {};
    return converter;
}

QString convertWithIcu(UConverter *converter, QByteArrayView bytes)
{
    QString out;
    // No ICU converter produces more than two UTF-16 units per input byte.
    out.resize(bytes.size() * 2 + 16);
    const char *source = bytes.data();
    const char *sourceLimit = source + bytes.size();
    UChar *targetStart = reinterpret_cast<UChar *>(out.data());
    UChar *target = targetStart;
    for (;;) {
        UErrorCode status = U_ZERO_ERROR;
        UChar *targetLimit = targetStart + out.size();
        ucnv_toUnicode(converter, &target, targetLimit, &source, sourceLimit, nullptr, true, &status);
        if (status != U_BUFFER_OVERFLOW_ERROR)
            break;
        const qsizetype written = target - targetStart;
        out.resize(out.size() * 2);
        targetStart = reinterpret_cast<UChar *>(out.data());
        target = targetStart + written;
    }
    out.truncate(target - targetStart);
    return out;
}

bool isValidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *end = p + bytes.size();
    while (p < end) {
        const unsigned char lead = *p;
        if (lead < 0x80) {
            ++p;
            continue;
        }
        int continuation = 0;
        unsigned min = 0;
        unsigned codePoint = 0;
        if (lead >= 0xc2 && lead <= 0xdf) {
            continuation = 1;
            min = 0x80;
            codePoint = lead & 0x1f;
        } else if (lead >= 0xe0 && lead <= 0xef) {
            continuation = 2;
            min = 0x800;
            codePoint = lead & 0x0f;
        } else if (lead >= 0xf0 && lead <= 0xf4) {
            continuation = 3;
            min = 0x10000;
            codePoint = lead & 0x07;
        } else {
            return false;
        }
        if (end - p <= continuation)
            return false;
        for (int i = 1; i <= continuation; ++i) {
            if ((p[i] & 0xc0) != 0x80)
                return false;
            codePoint = (codePoint << 6) | (p[i] & 0x3f);
        }
        if (codePoint < min || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff))
            return false;
        p += continuation + 1;
    }
    return true;
}

QString decodeWithConverterName(QByteArrayView bytes, const QByteArray &converterName)
{
    if (converterName == "UTF-8")
        return QString::fromUtf8(bytes);
    // Opening an ICU converter cost more than converting an encoded word
    // with it (half of decodeCharset in a 100k-envelope sync); a thread
    // keeps the few a mailbox uses, reset before each use.
    constexpr std::size_t kKept = 8;
    thread_local std::vector<std::pair<QByteArray, ConverterPtr>> kept;
    for (auto &[name, converter] : kept) {
        if (name == converterName) {
            ucnv_reset(converter.get());
            return convertWithIcu(converter.get(), bytes);
        }
    }
    ConverterPtr converter = openConverter(converterName);
    if (!converter)
        return {};
    if (kept.size() >= kKept)
        kept.erase(kept.begin());
    kept.emplace_back(converterName, std::move(converter));
    return convertWithIcu(kept.back().second.get(), bytes);
}

QString decodeUndeclared(QByteArrayView bytes, QByteArrayView fallback)
{
    if (isValidUtf8(bytes))
        return QString::fromUtf8(bytes);
    QByteArray fallbackName = canonicalCharsetName(fallback);
    if (fallbackName.isEmpty() || fallbackName == "UTF-8")
        fallbackName = "windows-1252";
    return decodeWithConverterName(bytes, fallbackName);
}

} // namespace

namespace {

QByteArray lookUpCanonicalName(const QByteArray &label)
{
    if (isMeaningless(label))
        return {};
    for (const LabelMapping &mapping : browserMappings) {
        if (label == mapping.label)
            return mapping.converter;
    }
    UErrorCode status = U_ZERO_ERROR;
    // MIME and IANA names are the familiar ones ("Shift_JIS", "ISO-8859-2");
    // ICU's internal names ("ibm-943_P15A-2003") are a last resort.
    for (const char *standard : { "MIME", "IANA" }) {
        status = U_ZERO_ERROR;
        const char *name = ucnv_getStandardName(label.constData(), standard, &status);
        if (U_SUCCESS(status) && name != nullptr) {
            if (QByteArrayView(name).compare("UTF-8", Qt::CaseInsensitive) == 0)
                return "UTF-8";
            return name;
        }
    }
    status = U_ZERO_ERROR;
    const char *internal = ucnv_getAlias(label.constData(), 0, &status);
    if (U_SUCCESS(status) && internal != nullptr)
        return internal;
    return {};
}

} // namespace

QByteArray canonicalCharsetName(QByteArrayView charset)
{
    // ICU's alias lookup compares names one by one (ucnv_compareNames was 9%
    // of a 100k-envelope sync, one lookup per encoded word); a mailbox
    // uses a handful of charsets, so each thread remembers its answers.
    constexpr qsizetype kRemembered = 256;
    thread_local QHash<QByteArray, QByteArray> known;
    const QByteArray label = normalizedLabel(charset);
    if (const auto found = known.constFind(label); found != known.cend())
        return found.value();
    if (known.size() >= kRemembered)
        known.clear();
    QByteArray name = lookUpCanonicalName(label);
    known.insert(label, name);
    return name;
}

QString decodeCharset(QByteArrayView bytes, QByteArrayView charset, QByteArrayView fallback)
{
    const QByteArray name = canonicalCharsetName(charset);
    if (name.isEmpty())
        return decodeUndeclared(bytes, fallback);
    const QString decoded = decodeWithConverterName(bytes, name);
    if (decoded.isNull() && !bytes.isEmpty())
        return decodeUndeclared(bytes, fallback);
    return decoded;
}

} // namespace quire::mime
