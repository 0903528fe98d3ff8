#include "core/mime/DateTime.h"

#include <QByteArray>
#include <QList>

#include <algorithm>
#include <optional>

namespace quire::mime {

namespace {

struct NamedZone {
    const char *name;
    int offsetMinutes;
};

// RFC 5322 section 4.3 zones, plus the abbreviations common in old mail.
// Military letters other than Z are treated as -0000 (unknown), as RFC 5322
// says, because RFC 822 defined their signs backwards.
constexpr NamedZone namedZones[] = {
    { "ut", 0 },
    { "utc", 0 },
    { "gmt", 0 },
    { "z", 0 },
    { "est", -300 },
    { "edt", -240 },
    { "cst", -360 },
    { "cdt", -300 },
    { "mst", -420 },
    { "mdt", -360 },
    { "pst", -480 },
    { "pdt", -420 },
    { "akst", -540 },
    { "akdt", -480 },
    { "hst", -600 },
    { "ast", -240 },
    { "adt", -180 },
    { "nst", -210 },
    { "ndt", -150 },
    { "wet", 0 },
    { "west", 60 },
    { "bst", 60 },
    { "cet", 60 },
    { "cest", 120 },
    { "met", 60 },
    { "mest", 120 },
    { "mez", 60 },
    { "mesz", 120 },
    { "eet", 120 },
    { "eest", 180 },
    { "msk", 180 },
    { "ist", 330 },
    { "hkt", 480 },
    { "sgt", 480 },
    { "awst", 480 },
    { "jst", 540 },
    { "kst", 540 },
    { "acst", 570 },
    { "aest", 600 },
    { "aedt", 660 },
    { "nzst", 720 },
    { "nzdt", 780 },
};

constexpr const char *monthNames[]
    = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };
constexpr const char *weekdayNames[] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool allOf(QByteArrayView token, bool (*predicate)(char))
{
    if (token.isEmpty())
        return false;
    for (char c : token) {
        if (!predicate(c))
            return false;
    }
    return true;
}

// Up to 9 digits, so the value fits an int.
std::optional<int> toNumber(QByteArrayView digits)
{
    if (!allOf(digits, isDigit) || digits.size() > 9)
        return std::nullopt;
    int value = 0;
    for (char c : digits)
        value = value * 10 + (c - '0');
    return value;
}

// Removes comments, which may nest and hold anything (RFC 5322 CFWS).
QByteArray withoutComments(QByteArrayView raw)
{
    QByteArray out;
    out.reserve(raw.size());
    int depth = 0;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (depth > 0 && c == '\\') {
            ++i;
        } else if (c == '(') {
            ++depth;
            out.append(' ');
        } else if (c == ')' && depth > 0) {
            --depth;
        } else if (depth == 0) {
            out.append(c);
        }
    }
    // Obsolete syntax allows whitespace around the colons of the time.
    QByteArray joined;
    joined.reserve(out.size());
    for (qsizetype i = 0; i < out.size(); ++i) {
        const bool blank = out[i] == ' ' || out[i] == '\t' || out[i] == '\r' || out[i] == '\n';
        if (blank) {
            qsizetype next = i;
            while (
                next < out.size() && (out[next] == ' ' || out[next] == '\t' || out[next] == '\r' || out[next] == '\n'))
                ++next;
            const bool besideColon
                = (!joined.isEmpty() && joined.back() == ':') || (next < out.size() && out[next] == ':');
            if (!besideColon)
                joined.append(' ');
            i = next - 1;
            continue;
        }
        joined.append(out[i]);
    }
    return joined;
}

struct DateParts {
    int day = -1;
    int month = -1;
    int year = -1;
    int yearDigits = 0;
    QTime time;
    bool pm = false;
    bool am = false;
    std::optional<int> offsetMinutes;
    QList<std::pair<int, int>> numbers; // value, digit count: day or year, decided later
};

std::optional<int> numericZone(QByteArrayView token)
{
    // "+0100", "-05", "+01:00"
    const int sign = token.front() == '-' ? -1 : 1;
    QByteArray digits = token.sliced(1).toByteArray();
    digits.replace(":", "");
    const std::optional<int> value = toNumber(digits);
    if (!value)
        return std::nullopt;
    int hours = *value;
    int minutes = 0;
    if (digits.size() == 4) {
        hours = *value / 100;
        minutes = *value % 100;
    } else if (digits.size() != 2 && digits.size() != 1) {
        return std::nullopt;
    }
    if (hours > 18 || minutes > 59)
        return std::nullopt;
    return sign * (hours * 60 + minutes);
}

bool parseTime(QByteArrayView token, DateParts &parts)
{
    const QList<QByteArray> fields = token.toByteArray().split(':');
    if (fields.size() < 2 || fields.size() > 3)
        return false;
    QByteArray secondsField = fields.size() == 3 ? fields[2] : QByteArray("0");
    if (const qsizetype dot = secondsField.indexOf('.'); dot >= 0)
        secondsField.truncate(dot); // fractional seconds
    const auto hour = toNumber(fields[0]);
    const auto minute = toNumber(fields[1]);
    auto second = toNumber(secondsField);
    if (!hour || !minute || !second || *hour > 24 || *minute > 59 || *second > 60)
        return false;
    parts.time = QTime(*hour == 24 ? 0 : *hour, *minute, std::min(*second, 59));
    return true;
}

void classifyToken(QByteArrayView token, DateParts &parts);

// Splits glued forms ("12:00:00+0100", "GMT-0500", "12-Mar-2003",
// "2003-03-12T10:00:00") into their pieces.
void splitCompound(QByteArrayView token, DateParts &parts)
{
    for (qsizetype i = 1; i + 1 < token.size(); ++i) {
        if (token[i] == 'T' && isDigit(token[i - 1]) && isDigit(token[i + 1])) {
            classifyToken(token.first(i), parts);
            classifyToken(token.sliced(i + 1), parts);
            return;
        }
    }
    // Dashes after a leading number separate date fields, not a zone.
    if (isDigit(token.front()) && !token.contains(':') && token.contains('-')) {
        for (const QByteArray &piece : token.toByteArray().split('-'))
            classifyToken(piece, parts);
        return;
    }
    for (qsizetype i = 1; i < token.size(); ++i) {
        if (token[i] == '+' || token[i] == '-') {
            classifyToken(token.first(i), parts);
            classifyToken(token.sliced(i), parts);
            return;
        }
    }
}

// No date field is this long; the bound also keeps splitCompound's
// recursion shallow and cheap on hostile input.
constexpr qsizetype maxTokenLength = 64;

void classifyToken(QByteArrayView token, DateParts &parts)
{
    if (token.isEmpty() || token.size() > maxTokenLength)
        return;
    const QByteArray lower = token.toByteArray().toLower();
    if (allOf(lower, isAlpha)) {
        if (lower == "am" || lower == "pm") {
            (lower == "pm" ? parts.pm : parts.am) = true;
            return;
        }
        for (const NamedZone &zone : namedZones) {
            if (lower == zone.name) {
                parts.offsetMinutes = zone.offsetMinutes;
                return;
            }
        }
        if (lower.size() >= 3) {
            const QByteArrayView prefix = QByteArrayView(lower).first(3);
            for (int m = 0; m < 12; ++m) {
                if (prefix == monthNames[m]) {
                    parts.month = m + 1;
                    return;
                }
            }
            for (const char *weekday : weekdayNames) {
                if (prefix == weekday)
                    return;
            }
        }
        if (lower.size() == 1 && !parts.offsetMinutes)
            parts.offsetMinutes = 0; // military zone
        return;
    }
    if ((token.front() == '+' || token.front() == '-') && token.size() > 1) {
        if (const auto zone = numericZone(token))
            parts.offsetMinutes = *zone;
        return;
    }
    if (token.contains(':') && !token.contains('+') && !token.contains('-')) {
        parseTime(token, parts);
        return;
    }
    if (const auto number = toNumber(token)) {
        parts.numbers.append({ *number, int(token.size()) });
        return;
    }
    if (token.contains('/')) {
        // "12/03/2003" is ambiguous; only ISO-like "2003/03/12" is read.
        const QList<QByteArray> fields = token.toByteArray().split('/');
        if (fields.size() == 3 && fields[0].size() == 4) {
            parts.numbers.append({ toNumber(fields[2]).value_or(-1), int(fields[2].size()) });
            parts.month = toNumber(fields[1]).value_or(-1);
            parts.numbers.append({ toNumber(fields[0]).value_or(-1), 4 });
        }
        return;
    }
    splitCompound(token, parts);
}

void assignDayAndYear(DateParts &parts)
{
    QList<std::pair<int, int>> numbers = parts.numbers;
    // ISO order: "2003 03 12" from "2003-03-12".
    if (parts.month < 0 && numbers.size() == 3 && numbers[0].second == 4) {
        parts.year = numbers[0].first;
        parts.yearDigits = 4;
        parts.month = numbers[1].first;
        parts.day = numbers[2].first;
        return;
    }
    for (const auto &[value, digits] : numbers) {
        const bool looksLikeYear = digits >= 3 || value > 31;
        if (parts.day < 0 && !looksLikeYear)
            parts.day = value;
        else if (parts.year < 0)
            parts.year = value, parts.yearDigits = digits;
    }
}

// The form nearly every message has, "Fri, 21 Nov 1997 09:55:06 -0600"
// (weekday and seconds optional), read in place; anything else, an odd
// value included, goes the tolerant way below. Tokenising every date with
// allocations was a tenth of a 100k-envelope sync's network thread.
std::optional<QDateTime> parseCanonicalDate(QByteArrayView s)
{
    qsizetype i = 0;
    auto number = [&](qsizetype minDigits, qsizetype maxDigits) -> std::optional<int> {
        const qsizetype start = i;
        int value = 0;
        while (i < s.size() && isDigit(s[i]) && i - start < maxDigits)
            value = value * 10 + (s[i++] - '0');
        if (i - start < minDigits || (i < s.size() && isDigit(s[i])))
            return std::nullopt;
        return value;
    };
    auto skip = [&](char c) {
        if (i >= s.size() || s[i] != c)
            return false;
        ++i;
        return true;
    };
    if (s.size() > 5 && isAlpha(s[0])) {
        if (s[3] != ',' || s[4] != ' '
            || std::none_of(std::begin(weekdayNames), std::end(weekdayNames),
                [&](const char *weekday) { return s.first(3).compare(weekday, Qt::CaseInsensitive) == 0; }))
            return std::nullopt;
        i = 5;
    }
    const auto day = number(1, 2);
    if (!day || !skip(' ') || i + 4 > s.size())
        return std::nullopt;
    const QByteArrayView monthName = s.sliced(i, 3);
    const auto month = std::find_if(std::begin(monthNames), std::end(monthNames),
        [&](const char *name) { return monthName.compare(name, Qt::CaseInsensitive) == 0; });
    i += 3;
    if (month == std::end(monthNames) || !skip(' '))
        return std::nullopt;
    const auto year = number(4, 4);
    if (!year || !skip(' '))
        return std::nullopt;
    const auto hour = number(2, 2);
    if (!hour || !skip(':'))
        return std::nullopt;
    const auto minute = number(2, 2);
    std::optional<int> second = 0;
    if (minute && skip(':'))
        second = number(2, 2);
    if (!minute || !second || !skip(' ') || i >= s.size() || (s[i] != '+' && s[i] != '-'))
        return std::nullopt;
    const int sign = s[i++] == '-' ? -1 : 1;
    const auto zone = number(4, 4);
    if (!zone || *hour > 23 || *minute > 59 || *second > 60 || *zone / 100 > 18 || *zone % 100 > 59)
        return std::nullopt;
    for (; i < s.size(); ++i) {
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n')
            return std::nullopt;
    }
    const QDate date(*year, int(month - std::begin(monthNames)) + 1, *day);
    if (!date.isValid())
        return std::nullopt;
    return QDateTime(date, QTime(*hour, *minute, std::min(*second, 59)), Qt::OffsetFromUTC,
        sign * (*zone / 100 * 60 + *zone % 100) * 60);
}

} // namespace

QDateTime parseMailDate(QByteArrayView raw)
{
    if (std::optional<QDateTime> canonical = parseCanonicalDate(raw))
        return *canonical;
    const QByteArray text = withoutComments(raw);
    DateParts parts;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool separator = i == text.size() || text[i] == ' ' || text[i] == '\t' || text[i] == ','
            || text[i] == '\r' || text[i] == '\n';
        if (separator) {
            if (start >= 0)
                classifyToken(QByteArrayView(text).sliced(start, i - start), parts);
            start = -1;
        } else if (start < 0) {
            start = i;
        }
    }
    assignDayAndYear(parts);
    if (parts.year < 0 || parts.year > 9999 || parts.month < 1 || parts.month > 12 || parts.day < 1)
        return {};
    int year = parts.year;
    // RFC 5322 section 4.3: two-digit years are 1950-2049, three-digit
    // years count from 1900.
    if (parts.yearDigits <= 2)
        year += year < 50 ? 2000 : 1900;
    else if (parts.yearDigits == 3)
        year += 1900;
    const QDate date(year, parts.month, parts.day);
    if (!date.isValid())
        return {};
    QTime time = parts.time.isValid() ? parts.time : QTime(0, 0);
    if (parts.pm && time.hour() < 12)
        time = time.addSecs(12 * 3600);
    else if (parts.am && time.hour() == 12)
        time = time.addSecs(-12 * 3600);
    return QDateTime(date, time, Qt::OffsetFromUTC, parts.offsetMinutes.value_or(0) * 60);
}

} // namespace quire::mime
