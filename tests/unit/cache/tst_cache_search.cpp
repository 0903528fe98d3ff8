#include "CacheTestSupport.h"
#include "core/cache/SearchText.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace quire::cache::testing {
namespace {

class SearchTest : public CacheTest
{
protected:
    void SetUp() override
    {
        CacheTest::SetUp();
        addMailbox(inbox, 7);
        addMailbox(archive, 9);
        MessageRecord english = sampleMessage(1, QStringLiteral("Quarterly budget review"));
        MessageRecord russian = sampleMessage(2, QStringLiteral("Встреча в понедельник"));
        russian.from = QStringLiteral("Иван Петров <ivan@example.ru>");
        MessageRecord japanese = sampleMessage(3, QStringLiteral("東京都の天気予報"));
        japanese.from = QStringLiteral("山田太郎 <yamada@example.jp>");
        ASSERT_TRUE(m_cache->upsertMessages(inbox, 7, { english, russian, japanese }).ok());
        ASSERT_TRUE(m_cache->setBodyText(inbox, 7, 1, QStringLiteral("Please see the attached spreadsheet.")).ok());
        ASSERT_TRUE(m_cache->setBodyText(inbox, 7, 2, QStringLiteral("Обсудим БЮДЖЕТ и сроки проекта.")).ok());
        ASSERT_TRUE(m_cache->setBodyText(inbox, 7, 3, QStringLiteral("明日は雨が降るでしょう。傘を忘れずに。")).ok());
        ASSERT_TRUE(m_cache->upsertMessages(archive, 9, { sampleMessage(1, QStringLiteral("Old budget")) }).ok());
    }

    QList<quint32> inboxUids(const QString &query)
    {
        const auto hits = m_cache->search(inbox, query);
        EXPECT_TRUE(hits.ok()) << hits.error().detail.toStdString();
        QList<quint32> uids;
        for (const SearchHit &hit : *hits) {
            EXPECT_EQ(hit.mailbox, inbox);
            EXPECT_EQ(hit.uidValidity, 7u);
            uids.append(hit.uid);
        }
        std::sort(uids.begin(), uids.end());
        return uids;
    }

    const QString inbox = QStringLiteral("INBOX");
    const QString archive = QStringLiteral("Archive");
};

TEST_F(SearchTest, English)
{
    EXPECT_EQ(inboxUids(QStringLiteral("budget")), QList<quint32> { 1 });
    EXPECT_EQ(inboxUids(QStringLiteral("BUDGET review")), QList<quint32> { 1 });
    EXPECT_EQ(inboxUids(QStringLiteral("spreadsheet")), QList<quint32> { 1 }) << "body text";
    EXPECT_EQ(inboxUids(QStringLiteral("\"budget review\"")), QList<quint32> { 1 }) << "phrase";
    EXPECT_TRUE(inboxUids(QStringLiteral("\"review budget\"")).isEmpty());
    EXPECT_TRUE(inboxUids(QStringLiteral("budget nonexistent")).isEmpty()) << "all terms must match";
    EXPECT_EQ(inboxUids(QStringLiteral("\"alice example\"")), QList<quint32> { 1 }) << "sender display name";
    EXPECT_EQ(inboxUids(QStringLiteral("bob@example")), (QList<quint32> { 1, 2, 3 })) << "recipients";
}

TEST_F(SearchTest, RussianIgnoresCase)
{
    EXPECT_EQ(inboxUids(QStringLiteral("встреча")), QList<quint32> { 2 });
    EXPECT_EQ(inboxUids(QStringLiteral("ВСТРЕЧА")), QList<quint32> { 2 });
    EXPECT_EQ(inboxUids(QStringLiteral("бюджет")), QList<quint32> { 2 }) << "body, upper case in the text";
    EXPECT_EQ(inboxUids(QStringLiteral("петров")), QList<quint32> { 2 }) << "sender";
    EXPECT_EQ(inboxUids(QStringLiteral("в")), QList<quint32> { 2 }) << "one-letter word goes through LIKE";
}

TEST_F(SearchTest, JapaneseFindsSubstringsOfAnyLength)
{
    EXPECT_EQ(inboxUids(QStringLiteral("天気予報")), QList<quint32> { 3 });
    EXPECT_EQ(inboxUids(QStringLiteral("天気")), QList<quint32> { 3 }) << "two kanji: below the trigram size";
    EXPECT_EQ(inboxUids(QStringLiteral("雨")), QList<quint32> { 3 }) << "one kanji in the body";
    EXPECT_EQ(inboxUids(QStringLiteral("傘を忘れ")), QList<quint32> { 3 });
    EXPECT_EQ(inboxUids(QStringLiteral("山田")), QList<quint32> { 3 });
    EXPECT_TRUE(inboxUids(QStringLiteral("大阪")).isEmpty());
}

TEST_F(SearchTest, FullWidthLatinMatchesAscii)
{
    EXPECT_EQ(inboxUids(QStringLiteral("ＢＵＤＧＥＴ")), QList<quint32> { 1 });
}

TEST_F(SearchTest, ScopesToAMailboxOrSearchesAll)
{
    const auto all = m_cache->search({}, QStringLiteral("budget"));
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(*all, (QList<SearchHit> { { inbox, 7, 1 }, { archive, 9, 1 } }));
    EXPECT_EQ(inboxUids(QStringLiteral("budget")), QList<quint32> { 1 });
}

TEST_F(SearchTest, LikeWildcardsInQueriesAreLiteral)
{
    EXPECT_TRUE(inboxUids(QStringLiteral("%")).isEmpty());
    EXPECT_TRUE(inboxUids(QStringLiteral("_")).isEmpty());
    EXPECT_TRUE(inboxUids(QStringLiteral("\"")).isEmpty());
    EXPECT_TRUE(inboxUids(QStringLiteral("   ")).isEmpty());
}

TEST_F(SearchTest, RemovedMessagesLeaveTheIndex)
{
    ASSERT_TRUE(m_cache->removeMessages(inbox, 7, { 3 }).ok());
    EXPECT_TRUE(inboxUids(QStringLiteral("天気")).isEmpty());
    EXPECT_TRUE(inboxUids(QStringLiteral("天気予報")).isEmpty());
}

TEST_F(SearchTest, NewHeadersKeepTheBodyText)
{
    MessageRecord changed = sampleMessage(1, QStringLiteral("Renamed subject"));
    ASSERT_TRUE(m_cache->upsertMessages(inbox, 7, { changed }).ok());
    EXPECT_TRUE(inboxUids(QStringLiteral("quarterly")).isEmpty());
    EXPECT_EQ(inboxUids(QStringLiteral("renamed")), QList<quint32> { 1 });
    EXPECT_EQ(inboxUids(QStringLiteral("spreadsheet")), QList<quint32> { 1 });
}

// FTS5's own consistency check of the external-content index against
// search_text, through a second connection. Only meaningful once nothing
// waits to be indexed.
bool searchIndexIsConsistent(const QString &databasePath)
{
    bool consistent = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("integrity"));
        db.setDatabaseName(databasePath);
        consistent = db.open()
            && QSqlQuery(db).exec(QStringLiteral("INSERT INTO search_index (search_index, rank)"
                                                 " VALUES ('integrity-check', 1)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("integrity"));
    return consistent;
}

TEST_F(SearchTest, IndexStaysConsistentThroughEveryKindOfChange)
{
    ASSERT_EQ(inboxUids(QStringLiteral("budget")), QList<quint32> { 1 }); // indexes everything so far
    // Changed after indexing, changed before indexing, removed before and after.
    ASSERT_TRUE(m_cache->upsertMessages(inbox, 7, { sampleMessage(1, QStringLiteral("Budget v2")) }).ok());
    ASSERT_TRUE(m_cache->upsertMessages(inbox, 7, { sampleMessage(4, QStringLiteral("Fresh")) }).ok());
    ASSERT_TRUE(m_cache->setBodyText(inbox, 7, 4, QStringLiteral("fresh body")).ok());
    ASSERT_TRUE(m_cache->upsertMessages(inbox, 7, { sampleMessage(5, QStringLiteral("Short-lived")) }).ok());
    ASSERT_TRUE(m_cache->removeMessages(inbox, 7, { 5, 2 }).ok());
    // (No integrity check here: rows waiting to be indexed count as missing.)

    EXPECT_EQ(*m_cache->updateSearchIndex(), 2); // UIDs 1 and 4
    EXPECT_EQ(*m_cache->updateSearchIndex(), 0);
    EXPECT_TRUE(searchIndexIsConsistent(m_cache->databasePath()));
    EXPECT_EQ(inboxUids(QStringLiteral("budget v2")), QList<quint32> { 1 });
    EXPECT_EQ(inboxUids(QStringLiteral("fresh body")), QList<quint32> { 4 });
    EXPECT_TRUE(inboxUids(QStringLiteral("short-lived")).isEmpty());
    EXPECT_TRUE(inboxUids(QStringLiteral("встреча")).isEmpty());
}

TEST(SearchTextTest, FoldsJoinedPartsToUtf8AsFoldForSearchDoes)
{
    const QList<QStringList> rows = {
        { QStringLiteral("Re: Weekly REPORT") },
        { QStringLiteral("Ann Example <Ann@Example.ORG>"), QStringLiteral("Ann@Example.ORG") },
        { QString(), QString() },
        { QString(), QStringLiteral("X") },
        { QStringLiteral("Встреча ПО бюджету"), QStringLiteral("ＡＢＣ") },
        { QStringLiteral("Straße"), QString() },
        { QStringLiteral("tab\tand ~ DEL\x7f") },
    };
    for (const QStringList &parts : rows) {
        const QByteArray folded
            = parts.size() == 1 ? foldForSearchUtf8({ parts[0] }) : foldForSearchUtf8({ parts[0], parts[1] });
        EXPECT_EQ(folded, foldForSearch(parts.join(u' ')).toUtf8()) << parts.join(u'|').toStdString();
    }
    EXPECT_EQ(foldForSearchUtf8({ QStringLiteral("ＡＢＣ Вася") }), QByteArray("abc вася"));
}

TEST(SearchTextTest, SplitsTermsAndPhrases)
{
    EXPECT_EQ(searchTerms(QStringLiteral("  Foo \"Bar  baz\" QUX ")),
        (QStringList { QStringLiteral("foo"), QStringLiteral("bar  baz"), QStringLiteral("qux") }));
    EXPECT_TRUE(isIndexableTerm(QStringLiteral("天気予")));
    EXPECT_FALSE(isIndexableTerm(QStringLiteral("天気")));
    EXPECT_FALSE(isIndexableTerm(QString::fromUcs4(U"\U0001F600\U0001F600")));
}

} // namespace
} // namespace quire::cache::testing
