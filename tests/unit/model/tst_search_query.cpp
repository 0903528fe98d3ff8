// SearchQuery: the advanced search's criteria as UID SEARCH keys (every RFC
// 3501 key, NOT, OR) and as the offline answer over cached rows.
#include "core/imap/commands/Command.h"
#include "core/model/SearchQuery.h"

#include <gtest/gtest.h>

namespace quire::model {
namespace {

using Field = SearchCriterion::Field;
using imap::SearchKey;

SearchCriterion text(Field field, const QString &value, bool negated = false)
{
    SearchCriterion c;
    c.field = field;
    c.text = value;
    c.negated = negated;
    return c;
}

SearchCriterion dated(Field field, QDate date)
{
    SearchCriterion c;
    c.field = field;
    c.date = date;
    return c;
}

SearchCriterion sized(Field field, quint64 size)
{
    SearchCriterion c;
    c.field = field;
    c.size = size;
    return c;
}

SearchCriterion flag(Field field, bool negated = false)
{
    SearchCriterion c;
    c.field = field;
    c.negated = negated;
    return c;
}

QByteArray wire(const QList<SearchKey> &keys)
{
    imap::Search search;
    search.keys = keys;
    return imap::serialize(imap::Command(search), "A1", { true, false, false, false }).toBytes();
}

// QList's operator== cannot see SearchKey's recursive one; compare by hand.
bool sameKeys(const QList<SearchKey> &a, const QList<SearchKey> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end());
}

cache::MessageRecord record()
{
    cache::MessageRecord r;
    r.uid = 42;
    r.hasEnvelope = true;
    r.subject = QStringLiteral("Отчёт за квартал");
    r.from = QStringLiteral("Анна <anna@example.org>");
    r.to = QStringLiteral("bob@example.org");
    r.cc = QStringLiteral("team@example.org");
    r.flags = { QStringLiteral("\\Seen"), QStringLiteral("$Work") };
    r.size = 5000;
    r.internalDate = QDateTime(QDate(2024, 3, 10), QTime(23, 30), Qt::OffsetFromUTC, 3 * 3600);
    r.date = QDateTime(QDate(2024, 3, 9), QTime(8, 0), Qt::UTC);
    r.messageId = "<m42@example.org>";
    return r;
}

TEST(SearchQueryTest, EveryFieldBecomesItsRfc3501Key)
{
    const QDate day(2024, 3, 10);
    SearchCriterion header;
    header.field = Field::Header;
    header.headerName = QStringLiteral("X-Mailer");
    header.text = QStringLiteral("Quire");
    const QList<std::pair<SearchCriterion, SearchKey>> rows = {
        { text(Field::From, "a"), SearchKey::from("a") },
        { text(Field::To, "a"), SearchKey::to("a") },
        { text(Field::Cc, "a"), SearchKey::cc("a") },
        { text(Field::Bcc, "a"), SearchKey::bcc("a") },
        { text(Field::Subject, "a"), SearchKey::subject("a") },
        { text(Field::Body, "a"), SearchKey::body("a") },
        { text(Field::Text, "a"), SearchKey::text("a") },
        { header, SearchKey::header("X-Mailer", "Quire") },
        { text(Field::Keyword, "$Work"), SearchKey::keyword("$Work") },
        { text(Field::Unkeyword, "$Work"), SearchKey::unkeyword("$Work") },
        { dated(Field::Before, day), SearchKey::before(day) },
        { dated(Field::On, day), SearchKey::on(day) },
        { dated(Field::Since, day), SearchKey::since(day) },
        { dated(Field::SentBefore, day), SearchKey::sentBefore(day) },
        { dated(Field::SentOn, day), SearchKey::sentOn(day) },
        { dated(Field::SentSince, day), SearchKey::sentSince(day) },
        { sized(Field::Larger, 10), SearchKey::larger(10) },
        { sized(Field::Smaller, 10), SearchKey::smaller(10) },
        { flag(Field::Answered), SearchKey::answered() },
        { flag(Field::Deleted), SearchKey::deleted() },
        { flag(Field::Draft), SearchKey::draft() },
        { flag(Field::Flagged), SearchKey::flagged() },
        { flag(Field::Seen), SearchKey::seen() },
        { flag(Field::Recent), SearchKey::recent() },
        { flag(Field::New), SearchKey::isNew() },
        { flag(Field::Old), SearchKey::old() },
        { flag(Field::Unanswered), SearchKey::unanswered() },
        { flag(Field::Undeleted), SearchKey::undeleted() },
        { flag(Field::Undraft), SearchKey::undraft() },
        { flag(Field::Unflagged), SearchKey::unflagged() },
        { flag(Field::Unseen), SearchKey::unseen() },
        { text(Field::Uid, "1:3, 7"), SearchKey::uid(imap::UidSet::fromNumbers({ 1, 2, 3, 7 })) },
        { flag(Field::All), SearchKey::all() },
    };
    for (const auto &[criterion, key] : rows) {
        SearchQuery query;
        query.criteria = { criterion };
        EXPECT_EQ(query.problem(), SearchQuery::Problem::None) << int(criterion.field);
        EXPECT_TRUE(sameKeys(query.toSearchKeys(), { key })) << int(criterion.field);
    }
}

TEST(SearchQueryTest, NotAndAnyBuildNotAndOrTrees)
{
    SearchQuery query;
    query.criteria = { text(Field::From, "anna"), text(Field::Subject, "отчёт", true), flag(Field::Flagged) };
    EXPECT_EQ(wire(query.toSearchKeys()).toStdString(), "A1 SEARCH FROM anna NOT SUBJECT {10+}\r\nотчёт FLAGGED\r\n");
    query.match = SearchQuery::Match::Any;
    EXPECT_EQ(
        wire(query.toSearchKeys()).toStdString(), "A1 SEARCH OR FROM anna OR NOT SUBJECT {10+}\r\nотчёт FLAGGED\r\n");
    query.criteria = { flag(Field::Seen) };
    EXPECT_EQ(wire(query.toSearchKeys()), "A1 SEARCH SEEN\r\n");
}

TEST(SearchQueryTest, BadValuesAreProblemsNotCommands)
{
    SearchQuery query;
    EXPECT_EQ(query.problem(), SearchQuery::Problem::NoCriteria);
    query.criteria = { text(Field::Subject, "  ") };
    EXPECT_EQ(query.problem(), SearchQuery::Problem::EmptyText);
    query.criteria = { text(Field::Keyword, "two words") };
    EXPECT_EQ(query.problem(), SearchQuery::Problem::EmptyText);
    query.criteria = { dated(Field::Since, QDate()) };
    EXPECT_EQ(query.problem(), SearchQuery::Problem::InvalidDate);
    query.criteria = { text(Field::Uid, "1:x") };
    EXPECT_EQ(query.problem(), SearchQuery::Problem::InvalidUidSet);
    SearchCriterion header;
    header.field = Field::Header;
    header.headerName = QStringLiteral("X Bad:");
    query.criteria = { header };
    EXPECT_EQ(query.problem(), SearchQuery::Problem::EmptyHeaderName);
}

TEST(SearchQueryTest, CachedRowsAnswerOffline)
{
    const cache::MessageRecord r = record();
    const auto matches = [&r](QList<SearchCriterion> criteria, QList<QSet<quint32>> body = {},
                             SearchQuery::Match match = SearchQuery::Match::All) {
        SearchQuery query;
        query.match = match;
        query.criteria = std::move(criteria);
        return query.matchesCached(r, body);
    };
    EXPECT_TRUE(matches({ text(Field::Subject, "ОТЧЁТ") }));
    EXPECT_TRUE(matches({ text(Field::From, "anna@") }));
    EXPECT_FALSE(matches({ text(Field::To, "anna") }));
    EXPECT_TRUE(matches({ text(Field::Cc, "team") }));
    EXPECT_FALSE(matches({ text(Field::Bcc, "bob") }));
    EXPECT_TRUE(matches({ text(Field::Keyword, "$work") }));
    EXPECT_TRUE(matches({ flag(Field::Seen), flag(Field::Flagged, true) }));
    EXPECT_FALSE(matches({ flag(Field::Unseen) }));
    // The internal date's own day, not the day in UTC or here.
    EXPECT_TRUE(matches({ dated(Field::On, QDate(2024, 3, 10)) }));
    EXPECT_TRUE(matches({ dated(Field::SentOn, QDate(2024, 3, 9)) }));
    EXPECT_TRUE(matches({ dated(Field::Before, QDate(2024, 3, 11)) }));
    EXPECT_FALSE(matches({ dated(Field::Since, QDate(2024, 3, 11)) }));
    EXPECT_TRUE(matches({ sized(Field::Larger, 4999), sized(Field::Smaller, 5001) }));
    EXPECT_TRUE(matches({ text(Field::Uid, "40:50") }));
    SearchCriterion header;
    header.field = Field::Header;
    header.headerName = QStringLiteral("Message-ID");
    header.text = QStringLiteral("m42@");
    EXPECT_TRUE(matches({ header }));
    // BODY needs the full-text index's answer; TEXT also looks at the envelope.
    EXPECT_FALSE(matches({ text(Field::Body, "квартальный") }));
    EXPECT_TRUE(matches({ text(Field::Body, "квартальный") }, { { 42 } }));
    EXPECT_TRUE(matches({ text(Field::Text, "квартал") }, { {} }));
    EXPECT_TRUE(matches({ text(Field::To, "nobody"), flag(Field::Seen) }, {}, SearchQuery::Match::Any));
    EXPECT_FALSE(matches({ text(Field::To, "nobody"), flag(Field::Unseen) }, {}, SearchQuery::Match::Any));
}

TEST(SearchQueryTest, QuickSearchSendsEveryWordAsText)
{
    EXPECT_TRUE(sameKeys(quickSearchKeys(QStringLiteral(" привет  世界 ")),
        { SearchKey::text(QStringLiteral("привет")), SearchKey::text(QStringLiteral("世界")) }));
    EXPECT_TRUE(quickSearchKeys(QStringLiteral("  ")).isEmpty());
}

} // namespace
} // namespace quire::model
