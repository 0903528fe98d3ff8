// sanitizeFileName and uniqueSavePath from Attachments.h.
#include "core/mime/Attachments.h"

#include <QFileInfo>

namespace quire::mime {

namespace {

bool isForbiddenChar(char32_t c)
{
    if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0))
        return true; // control characters
    if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C)
        return true; // bidi controls can make "gpj.exe" look like "exe.jpg"
    if (c == 0xFEFF || (c >= 0xFFF9 && c <= 0xFFFB) || (c >= 0xD800 && c <= 0xDFFF))
        return true;
    switch (c) {
    case '/':
    case '\\':
    case ':':
    case '*':
    case '?':
    case '"':
    case '<':
    case '>':
    case '|':
        return true; // separators, and characters Windows forbids
    default:
        return false;
    }
}

bool isReservedDeviceName(const QString &name)
{
    // Windows reserves these with any extension: "con.txt" is the console.
    const QString base = name.section(u'.', 0, 0).trimmed().toUpper();
    static const QStringList kReserved = { QStringLiteral("CON"), QStringLiteral("PRN"), QStringLiteral("AUX"),
        QStringLiteral("NUL"), QStringLiteral("CONIN$"), QStringLiteral("CONOUT$") };
    if (kReserved.contains(base))
        return true;
    if (base.size() == 4 && (base.startsWith(u"COM") || base.startsWith(u"LPT"))) {
        const QChar digit = base[3];
        return (digit >= u'0' && digit <= u'9') || digit == QChar(0xB9) || digit == QChar(0xB2) || digit == QChar(0xB3);
    }
    return false;
}

qsizetype utf8Length(char16_t unit)
{
    return unit < 0x80 ? 1 : unit < 0x800 ? 2 : 3;
}

// Shortens to kMaxFileNameLength characters and kMaxFileNameBytes of UTF-8
// (file systems count bytes), keeping a short extension and never splitting
// a surrogate pair.
QString capLength(const QString &name)
{
    if (name.size() <= kMaxFileNameLength && name.toUtf8().size() <= kMaxFileNameBytes)
        return name;
    const qsizetype dot = name.lastIndexOf(u'.');
    const QString extension = (dot > 0 && name.size() - dot <= 16) ? name.mid(dot) : QString();
    const qsizetype stemSize = name.size() - extension.size();
    const qsizetype unitBudget = kMaxFileNameLength - extension.size();
    qsizetype byteBudget = kMaxFileNameBytes - extension.toUtf8().size();
    qsizetype keep = 0;
    while (keep < stemSize) {
        const bool pair = name[keep].isHighSurrogate() && keep + 1 < stemSize && name[keep + 1].isLowSurrogate();
        const qsizetype units = pair ? 2 : 1;
        const qsizetype bytes = pair ? 4 : utf8Length(name[keep].unicode());
        if (keep + units > unitBudget || bytes > byteBudget)
            break;
        keep += units;
        byteBudget -= bytes;
    }
    return name.left(keep).trimmed() + extension;
}

} // namespace

QString sanitizeFileName(const QString &name)
{
    QString out;
    out.reserve(name.size());
    for (const char32_t c : name.toUcs4()) {
        if (isForbiddenChar(c)) {
            out += u'_';
            continue;
        }
        const char32_t one[1] = { c };
        out += QString::fromUcs4(one, 1);
    }
    // Leading dots make hidden files or "..", trailing dots and spaces are
    // dropped by Windows and hide the real extension.
    while (out.startsWith(u'.') || out.startsWith(u' '))
        out.remove(0, 1);
    out = out.trimmed();
    while (out.endsWith(u'.') || out.endsWith(u' '))
        out.chop(1);
    out.replace(QStringLiteral(".."), QStringLiteral("_"));
    out = capLength(out);
    while (out.endsWith(u'.') || out.endsWith(u' '))
        out.chop(1);
    if (out.isEmpty() || out == u"_")
        return QStringLiteral("attachment");
    if (isReservedDeviceName(out))
        out.prepend(u'_');
    return out;
}

QString uniqueSavePath(const QDir &directory, const QString &name)
{
    const QString safe = sanitizeFileName(name);
    QString candidate = directory.filePath(safe);
    if (!QFileInfo::exists(candidate) && !QFileInfo(candidate).isSymLink())
        return candidate;
    const qsizetype dot = safe.lastIndexOf(u'.');
    const QString base = dot > 0 ? safe.left(dot) : safe;
    const QString extension = dot > 0 ? safe.mid(dot) : QString();
    for (int n = 1;; ++n) {
        candidate = directory.filePath(QStringLiteral("%1 (%2)%3").arg(base).arg(n).arg(extension));
        if (!QFileInfo::exists(candidate) && !QFileInfo(candidate).isSymLink())
            return candidate;
    }
}

} // namespace quire::mime
