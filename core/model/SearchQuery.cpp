#include "core/model/SearchQuery.h"

namespace quire::model {

namespace {

using Field = SearchCriterion::Field;
using ValueKind = SearchCriterion::ValueKind;

// An atom-char run: what KEYWORD's flag-keyword may be (RFC 3501 9).
bool isAtom(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f || QStringLiteral("(){%*\"\\]").contains(c))
            return false;
    }
    return true;
}

imap::SearchKey positiveKey(const SearchCriterion &c)
{
    using imap::SearchKey;
    switch (c.field) {
    case Field::From:
        return SearchKey::from(c.text);
    case Field::To:
        return SearchKey::to(c.text);
    case Field::Cc:
        return SearchKey::cc(c.text);
    case Field::Bcc:
        return SearchKey::bcc(c.text);
    case Field::Subject:
        return SearchKey::subject(c.text);
    case Field::Body:
        return SearchKey::body(c.text);
    case Field::Text:
        return SearchKey::text(c.text);
    case Field::Header:
        return SearchKey::header(c.headerName, c.text);
    case Field::Keyword:
        return SearchKey::keyword(c.text.toLatin1());
    case Field::Unkeyword:
        return SearchKey::unkeyword(c.text.toLatin1());
    case Field::Before:
        return SearchKey::before(c.date);
    case Field::On:
        return SearchKey::on(c.date);
    case Field::Since:
        return SearchKey::since(c.date);
    case Field::SentBefore:
        return SearchKey::sentBefore(c.date);
    case Field::SentOn:
        return SearchKey::sentOn(c.date);
    case Field::SentSince:
        return SearchKey::sentSince(c.date);
    case Field::Larger:
        return SearchKey::larger(quint32(qMin<quint64>(c.size, 0xffffffffu)));
    case Field::Smaller:
        return SearchKey::smaller(quint32(qMin<quint64>(c.size, 0xffffffffu)));
    case Field::Answered:
        return SearchKey::answered();
    case Field::Deleted:
        return SearchKey::deleted();
    case Field::Draft:
        return SearchKey::draft();
    case Field::Flagged:
        return SearchKey::flagged();
    case Field::Seen:
        return SearchKey::seen();
    case Field::Recent:
        return SearchKey::recent();
    case Field::New:
        return SearchKey::isNew();
    case Field::Old:
        return SearchKey::old();
    case Field::Unanswered:
        return SearchKey::unanswered();
    case Field::Undeleted:
        return SearchKey::undeleted();
    case Field::Undraft:
        return SearchKey::undraft();
    case Field::Unflagged:
        return SearchKey::unflagged();
    case Field::Unseen:
        return SearchKey::unseen();
    case Field::Uid:
        return SearchKey::uid(parseUidSet(c.text).value_or(imap::UidSet()));
    case Field::All:
        return SearchKey::all();
    }
    return SearchKey::all();
}

imap::SearchKey keyFor(const SearchCriterion &c)
{
    return c.negated ? imap::SearchKey::negated(positiveKey(c)) : positiveKey(c);
}

bool containsText(const QString &haystack, const QString &needle)
{
    return haystack.contains(needle, Qt::CaseInsensitive);
}

bool hasFlag(const cache::MessageRecord &record, const char *flag)
{
    return record.flags.contains(QLatin1String(flag), Qt::CaseInsensitive);
}

// RFC 3501 compares dates "disregarding time and timezone": the day as the
// message itself states it.
QDate dayOf(const QDateTime &dateTime)
{
    return dateTime.isValid() ? dateTime.date() : QDate();
}

bool matchesDate(QDate day, QDate wanted, int sign)
{
    if (!day.isValid())
        return false;
    if (sign < 0)
        return day < wanted;
    if (sign > 0)
        return day >= wanted;
    return day == wanted;
}

bool matchesHeader(const cache::MessageRecord &r, const QString &name, const QString &text)
{
    const QString field = name.trimmed().toLower();
    if (field == QLatin1String("from"))
        return containsText(r.from, text);
    if (field == QLatin1String("to"))
        return containsText(r.to, text);
    if (field == QLatin1String("cc"))
        return containsText(r.cc, text);
    if (field == QLatin1String("subject"))
        return containsText(r.subject, text);
    if (field == QLatin1String("message-id"))
        return containsText(QString::fromLatin1(r.messageId), text);
    return false;
}

bool positiveMatch(const SearchCriterion &c, const cache::MessageRecord &r, const QSet<quint32> *bodyHits)
{
    switch (c.field) {
    case Field::From:
        return containsText(r.from, c.text);
    case Field::To:
        return containsText(r.to, c.text);
    case Field::Cc:
        return containsText(r.cc, c.text);
    case Field::Bcc:
        return false;
    case Field::Subject:
        return containsText(r.subject, c.text);
    case Field::Body:
        return bodyHits && bodyHits->contains(r.uid);
    case Field::Text:
        return (bodyHits && bodyHits->contains(r.uid)) || containsText(r.subject, c.text)
            || containsText(r.from, c.text) || containsText(r.to, c.text) || containsText(r.cc, c.text);
    case Field::Header:
        return matchesHeader(r, c.headerName, c.text);
    case Field::Keyword:
        return r.flags.contains(c.text, Qt::CaseInsensitive);
    case Field::Unkeyword:
        return !r.flags.contains(c.text, Qt::CaseInsensitive);
    case Field::Before:
        return matchesDate(dayOf(r.internalDate), c.date, -1);
    case Field::On:
        return matchesDate(dayOf(r.internalDate), c.date, 0);
    case Field::Since:
        return matchesDate(dayOf(r.internalDate), c.date, 1);
    case Field::SentBefore:
        return matchesDate(dayOf(r.date), c.date, -1);
    case Field::SentOn:
        return matchesDate(dayOf(r.date), c.date, 0);
    case Field::SentSince:
        return matchesDate(dayOf(r.date), c.date, 1);
    case Field::Larger:
        return r.size > c.size;
    case Field::Smaller:
        return r.size < c.size;
    case Field::Answered:
        return hasFlag(r, "\\Answered");
    case Field::Deleted:
        return hasFlag(r, "\\Deleted");
    case Field::Draft:
        return hasFlag(r, "\\Draft");
    case Field::Flagged:
        return hasFlag(r, "\\Flagged");
    case Field::Seen:
        return hasFlag(r, "\\Seen");
    case Field::Recent:
        return hasFlag(r, "\\Recent");
    case Field::New:
        return hasFlag(r, "\\Recent") && !hasFlag(r, "\\Seen");
    case Field::Old:
        return !hasFlag(r, "\\Recent");
    case Field::Unanswered:
        return !hasFlag(r, "\\Answered");
    case Field::Undeleted:
        return !hasFlag(r, "\\Deleted");
    case Field::Undraft:
        return !hasFlag(r, "\\Draft");
    case Field::Unflagged:
        return !hasFlag(r, "\\Flagged");
    case Field::Unseen:
        return !hasFlag(r, "\\Seen");
    case Field::Uid: {
        const std::optional<imap::UidSet> set = parseUidSet(c.text);
        return set && set->contains(r.uid);
    }
    case Field::All:
        return true;
    }
    return false;
}

} // namespace

SearchCriterion::ValueKind SearchCriterion::valueKind(Field field)
{
    switch (field) {
    case Field::From:
    case Field::To:
    case Field::Cc:
    case Field::Bcc:
    case Field::Subject:
    case Field::Body:
    case Field::Text:
    case Field::Keyword:
    case Field::Unkeyword:
        return ValueKind::Text;
    case Field::Header:
        return ValueKind::HeaderAndText;
    case Field::Before:
    case Field::On:
    case Field::Since:
    case Field::SentBefore:
    case Field::SentOn:
    case Field::SentSince:
        return ValueKind::Date;
    case Field::Larger:
    case Field::Smaller:
        return ValueKind::Size;
    case Field::Uid:
        return ValueKind::UidSet;
    default:
        return ValueKind::None;
    }
}

SearchQuery::Problem SearchQuery::problem() const
{
    if (criteria.isEmpty())
        return Problem::NoCriteria;
    for (const SearchCriterion &c : criteria) {
        switch (SearchCriterion::valueKind(c.field)) {
        case ValueKind::Text:
            if (c.text.trimmed().isEmpty()
                || ((c.field == Field::Keyword || c.field == Field::Unkeyword) && !isAtom(c.text)))
                return Problem::EmptyText;
            break;
        case ValueKind::HeaderAndText:
            // An empty value is valid: HEADER "X-Spam" "" finds every message with the field.
            if (!isAtom(c.headerName) || c.headerName.contains(QLatin1Char(':')))
                return Problem::EmptyHeaderName;
            break;
        case ValueKind::Date:
            if (!c.date.isValid())
                return Problem::InvalidDate;
            break;
        case ValueKind::UidSet:
            if (!parseUidSet(c.text))
                return Problem::InvalidUidSet;
            break;
        case ValueKind::Size:
        case ValueKind::None:
            break;
        }
    }
    return Problem::None;
}

QList<imap::SearchKey> SearchQuery::toSearchKeys() const
{
    QList<imap::SearchKey> keys;
    for (const SearchCriterion &c : criteria)
        keys.append(keyFor(c));
    if (match == Match::All || keys.size() < 2)
        return keys;
    // OR takes two keys: a OR b OR c is OR a (OR b c).
    imap::SearchKey tree = keys.takeLast();
    while (!keys.isEmpty())
        tree = imap::SearchKey::either(keys.takeLast(), std::move(tree));
    return { tree };
}

QStringList SearchQuery::fullTextTerms() const
{
    QStringList terms;
    for (const SearchCriterion &c : criteria) {
        if (c.field == Field::Body || c.field == Field::Text)
            terms.append(c.text);
    }
    return terms;
}

bool SearchQuery::matchesCached(const cache::MessageRecord &record, const QList<QSet<quint32>> &bodyMatches) const
{
    qsizetype term = 0;
    bool any = false;
    for (const SearchCriterion &c : criteria) {
        const QSet<quint32> *hits = nullptr;
        if (c.field == Field::Body || c.field == Field::Text) {
            hits = term < bodyMatches.size() ? &bodyMatches[term] : nullptr;
            ++term;
        }
        const bool matched = positiveMatch(c, record, hits) != c.negated;
        if (match == Match::All && !matched)
            return false;
        any = any || matched;
    }
    return match == Match::All ? true : any;
}

QList<imap::SearchKey> quickSearchKeys(const QString &text)
{
    QList<imap::SearchKey> keys;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        keys.append(imap::SearchKey::text(word));
    return keys;
}

std::optional<imap::UidSet> parseUidSet(const QString &text)
{
    QString compact = text;
    compact.remove(QLatin1Char(' '));
    const std::optional<imap::NumberSet> set = imap::NumberSet::parse(compact.toLatin1());
    if (!set)
        return std::nullopt;
    return imap::UidSet(*set);
}

} // namespace quire::model
