#include "CacheTestSupport.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace quire::cache::testing {
namespace {

// Runs statements on the database file through a connection of our own, to
// build or inspect databases the way another program (or an old Quire) would.
class RawDatabase
{
public:
    explicit RawDatabase(const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        EXPECT_TRUE(db.open());
    }
    ~RawDatabase()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    void exec(const QString &statement)
    {
        QSqlQuery query(QSqlDatabase::database(name, false));
        EXPECT_TRUE(query.exec(statement)) << statement.toStdString() << ": " << query.lastError().text().toStdString();
    }
    int userVersion()
    {
        QSqlQuery query(QSqlDatabase::database(name, false));
        query.exec(QStringLiteral("PRAGMA user_version"));
        return query.next() ? query.value(0).toInt() : -1;
    }

private:
    const QString name = QStringLiteral("raw");
};

// The schema of version 1, frozen here on purpose: if someone edits the v1
// step in SqliteSchema.cpp instead of adding a v3, this test still builds the
// database real users have.
const QStringList version1Schema = {
    QStringLiteral("CREATE TABLE mailboxes (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
                   " raw_name BLOB NOT NULL DEFAULT '', delimiter TEXT NOT NULL DEFAULT '',"
                   " attributes TEXT NOT NULL DEFAULT '', special_use TEXT NOT NULL DEFAULT '',"
                   " subscribed INTEGER NOT NULL DEFAULT 0, uidvalidity INTEGER NOT NULL DEFAULT 0,"
                   " uidnext INTEGER NOT NULL DEFAULT 0, highest_modseq INTEGER NOT NULL DEFAULT 0,"
                   " messages INTEGER NOT NULL DEFAULT 0, unseen INTEGER NOT NULL DEFAULT 0,"
                   " recent INTEGER NOT NULL DEFAULT 0)"),
    QStringLiteral("CREATE TABLE messages (id INTEGER PRIMARY KEY,"
                   " mailbox_id INTEGER NOT NULL REFERENCES mailboxes(id) ON DELETE CASCADE,"
                   " uidvalidity INTEGER NOT NULL, uid INTEGER NOT NULL, flags TEXT NOT NULL DEFAULT '',"
                   " modseq INTEGER NOT NULL DEFAULT 0, has_envelope INTEGER NOT NULL DEFAULT 0,"
                   " internal_date INTEGER, internal_date_offset INTEGER, size INTEGER NOT NULL DEFAULT 0,"
                   " subject TEXT NOT NULL DEFAULT '', sender TEXT NOT NULL DEFAULT '',"
                   " sender_address TEXT NOT NULL DEFAULT '', recipients_to TEXT NOT NULL DEFAULT '',"
                   " recipients_cc TEXT NOT NULL DEFAULT '', date INTEGER, date_offset INTEGER,"
                   " message_id BLOB NOT NULL DEFAULT '', in_reply_to BLOB NOT NULL DEFAULT '',"
                   " refs BLOB NOT NULL DEFAULT '', has_attachments INTEGER NOT NULL DEFAULT 0,"
                   " envelope BLOB, body_structure BLOB, body_cached INTEGER NOT NULL DEFAULT 0,"
                   " UNIQUE (mailbox_id, uidvalidity, uid))"),
    QStringLiteral("CREATE INDEX messages_by_message_id ON messages(message_id)"),
    QStringLiteral("CREATE TABLE parts (id INTEGER PRIMARY KEY,"
                   " message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,"
                   " part_id TEXT NOT NULL, mime_type BLOB NOT NULL DEFAULT '', size INTEGER NOT NULL,"
                   " data BLOB, file_name TEXT, last_access INTEGER NOT NULL, UNIQUE (message_id, part_id))"),
    QStringLiteral("CREATE INDEX parts_by_last_access ON parts(last_access)"),
    QStringLiteral("CREATE TABLE deleted_part_files (file_name TEXT PRIMARY KEY)"),
    QStringLiteral("CREATE TRIGGER parts_queue_deleted_file AFTER DELETE ON parts WHEN old.file_name IS NOT NULL"
                   " BEGIN INSERT OR IGNORE INTO deleted_part_files VALUES (old.file_name); END"),
    QStringLiteral("CREATE TRIGGER parts_queue_replaced_file AFTER UPDATE OF file_name ON parts"
                   " WHEN old.file_name IS NOT NULL AND (new.file_name IS NULL OR new.file_name <> old.file_name)"
                   " BEGIN INSERT OR IGNORE INTO deleted_part_files VALUES (old.file_name); END"),
    QStringLiteral("CREATE TRIGGER parts_mark_body_cached AFTER INSERT ON parts"
                   " BEGIN UPDATE messages SET body_cached = 1 WHERE id = new.message_id; END"),
    QStringLiteral("CREATE TRIGGER parts_unmark_body_cached AFTER DELETE ON parts BEGIN UPDATE messages SET"
                   " body_cached = EXISTS (SELECT 1 FROM parts WHERE message_id = old.message_id)"
                   " WHERE id = old.message_id; END"),
    QStringLiteral("CREATE TABLE journal (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL,"
                   " mailbox TEXT NOT NULL DEFAULT '', uidvalidity INTEGER NOT NULL DEFAULT 0,"
                   " uids TEXT NOT NULL DEFAULT '', flags TEXT NOT NULL DEFAULT '',"
                   " target_mailbox TEXT NOT NULL DEFAULT '', file_path TEXT NOT NULL DEFAULT '',"
                   " created INTEGER, attempts INTEGER NOT NULL DEFAULT 0, state TEXT NOT NULL,"
                   " last_error TEXT NOT NULL DEFAULT '')"),
};

class SchemaTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(QDir().mkpath(directory()));
    }
    QString directory() const { return m_dir.filePath(QStringLiteral("account")); }
    QString databasePath() const { return directory() + QStringLiteral("/cache.sqlite"); }
    Result<std::unique_ptr<SqliteCache>> open()
    {
        SqliteCache::Options options;
        options.directory = directory();
        return SqliteCache::open(options);
    }
    void writeInbox(const QList<MessageRecord> &rows);
    QTemporaryDir m_dir;
};

TEST_F(SchemaTest, NewDatabaseIsAtTheCurrentVersion)
{
    {
        auto cache = open();
        ASSERT_TRUE(cache.ok()) << cache.error().detail.toStdString();
    }
    EXPECT_GE(SqliteCache::currentSchemaVersion(), 2);
    EXPECT_EQ(RawDatabase(databasePath()).userVersion(), SqliteCache::currentSchemaVersion());
}

TEST_F(SchemaTest, MigratesAVersionOneDatabaseKeepingItsData)
{
    {
        RawDatabase raw(databasePath());
        for (const QString &statement : version1Schema)
            raw.exec(statement);
        raw.exec(QStringLiteral("INSERT INTO mailboxes (id, name, raw_name, delimiter, uidvalidity, uidnext)"
                                " VALUES (1, 'INBOX', 'INBOX', '/', 7, 3)"));
        raw.exec(QStringLiteral("INSERT INTO messages (id, mailbox_id, uidvalidity, uid, flags, modseq, has_envelope,"
                                " internal_date, internal_date_offset, size, subject, sender, sender_address,"
                                " recipients_to, message_id, refs, envelope)"
                                " VALUES (10, 1, 7, 1, '\\Seen', 5, 1, 1700000000000, 0, 321, 'Привет из прошлого',"
                                " 'Old Timer <old@example.org>', 'old@example.org', 'me@example.org',"
                                " '<a@x>', '<r1@x> <r2@x>', X'0102')"));
        raw.exec(QStringLiteral("INSERT INTO messages (id, mailbox_id, uidvalidity, uid) VALUES (11, 1, 7, 2)"));
        raw.exec(QStringLiteral("INSERT INTO parts (message_id, part_id, mime_type, size, data, last_access)"
                                " VALUES (10, '1', 'text/plain', 5, X'68656c6c6f', 1700000000000)"));
        raw.exec(QStringLiteral("INSERT INTO journal (kind, mailbox, uidvalidity, uids, flags, created, state)"
                                " VALUES ('add-flags', 'INBOX', 7, '1:2', '\\Flagged', 1700000000000, 'pending')"));
        raw.exec(QStringLiteral("PRAGMA user_version = 1"));
    }

    auto opened = open();
    ASSERT_TRUE(opened.ok()) << opened.error().detail.toStdString();
    SqliteCache &cache = *opened.value();

    const auto inbox = cache.mailbox(QStringLiteral("INBOX"));
    ASSERT_TRUE(inbox.ok() && inbox->has_value());
    EXPECT_EQ((*inbox)->state.uidNext, 3u);
    const auto messages = cache.messages(QStringLiteral("INBOX"), 7);
    ASSERT_TRUE(messages.ok());
    ASSERT_EQ(messages->size(), 2);
    const MessageRecord &old = messages->front();
    EXPECT_EQ(old.subject, QStringLiteral("Привет из прошлого"));
    EXPECT_EQ(old.flags, QStringList { QStringLiteral("\\Seen") });
    EXPECT_EQ(old.references, (QList<QByteArray> { "<r1@x>", "<r2@x>" }));
    EXPECT_EQ(old.internalDate, QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC));
    EXPECT_EQ(old.envelopeBlob, QByteArray("\x01\x02"));
    EXPECT_TRUE(old.bodyCached);
    EXPECT_FALSE((*messages)[1].hasEnvelope);
    const auto part = cache.part(QStringLiteral("INBOX"), 7, 1, "1");
    ASSERT_TRUE(part.ok() && part->has_value());
    EXPECT_EQ((*part)->data, QByteArray("hello"));
    // Version 4 counted the parts already cached.
    EXPECT_EQ(*cache.partsSize(), 5);
    const auto journal = cache.pendingJournal();
    ASSERT_TRUE(journal.ok());
    ASSERT_EQ(journal->size(), 1);
    EXPECT_EQ(journal->front().uids, (QList<quint32> { 1, 2 }));

    // Version 2 indexed the headers that were already cached.
    const auto hits = cache.search({}, QStringLiteral("прошлого"));
    ASSERT_TRUE(hits.ok()) << hits.error().detail.toStdString();
    EXPECT_EQ(*hits, (QList<SearchHit> { { QStringLiteral("INBOX"), 7, 1 } }));
    EXPECT_EQ(RawDatabase(databasePath()).userVersion(), SqliteCache::currentSchemaVersion());
}

// A cache at the current version whose INBOX (UIDVALIDITY 7) holds `rows`.
void SchemaTest::writeInbox(const QList<MessageRecord> &rows)
{
    auto cache = open();
    ASSERT_TRUE(cache.ok()) << cache.error().detail.toStdString();
    MailboxRecord inbox;
    inbox.name = QStringLiteral("INBOX");
    inbox.rawName = "INBOX";
    ASSERT_TRUE(cache.value()->upsertMailboxes({ inbox }));
    ASSERT_TRUE(cache.value()->upsertMessages(QStringLiteral("INBOX"), 7, rows));
}

// Undoes version 5 of a database at the current version.
void downgradeToVersion4(RawDatabase &raw)
{
    for (const char *trigger : { "messages_envelope_inserted", "messages_envelope_updated" })
        raw.exec(QStringLiteral("DROP TRIGGER %1").arg(QLatin1String(trigger)));
    raw.exec(QStringLiteral("DROP TABLE search_pending"));
    raw.exec(QStringLiteral("PRAGMA user_version = 4"));
}

// Version 5: header text reaches search_text when the index is updated. Rows
// a version 4 Quire wrote have theirs already, and keep it; rows without any
// get it at the next search.
TEST_F(SchemaTest, VersionFiveKeepsHeaderTextWrittenBeforeAndFillsTheRest)
{
    QList<MessageRecord> rows(2);
    for (int i = 0; i < 2; ++i) {
        rows[i].uid = quint32(i + 1);
        rows[i].hasEnvelope = true;
    }
    rows[0].subject = QStringLiteral("Alpha");
    rows[1].subject = QStringLiteral("Bravo");
    ASSERT_NO_FATAL_FAILURE(writeInbox(rows));
    {
        RawDatabase raw(databasePath());
        downgradeToVersion4(raw);
        // What version 4 had written for UID 1 (a text of its own here, to
        // tell it from a new fill); none for UID 2.
        raw.exec(QStringLiteral("INSERT INTO search_text (message_id, subject)"
                                " SELECT id, 'written by v4' FROM messages WHERE uid = 1"));
    }
    auto reopened = open();
    ASSERT_TRUE(reopened.ok()) << reopened.error().detail.toStdString();
    EXPECT_EQ(RawDatabase(databasePath()).userVersion(), SqliteCache::currentSchemaVersion());
    const auto uidsOf = [&](const QString &query) {
        const auto hits = reopened.value()->search({}, query);
        EXPECT_TRUE(hits.ok()) << hits.error().detail.toStdString();
        QList<quint32> uids;
        for (const SearchHit &hit : hits.ok() ? hits.value() : QList<SearchHit>())
            uids.append(hit.uid);
        return uids;
    };
    EXPECT_EQ(uidsOf(QStringLiteral("written by v4")), QList<quint32> { 1 });
    EXPECT_TRUE(uidsOf(QStringLiteral("alpha")).isEmpty());
    EXPECT_EQ(uidsOf(QStringLiteral("bravo")), QList<quint32> { 2 });
}

// Version 3: rows without an envelope are found through a partial index,
// not by reading every row; a v2 database gets it with its data kept.
TEST_F(SchemaTest, VersionThreeFindsRowsWithoutAnEnvelopeThroughAnIndex)
{
    QList<MessageRecord> rows(3);
    for (int i = 0; i < 3; ++i)
        rows[i].uid = quint32(i + 1);
    rows[1].hasEnvelope = true;
    rows[1].subject = QStringLiteral("has one");
    ASSERT_NO_FATAL_FAILURE(writeInbox(rows));
    {
        RawDatabase raw(databasePath());
        // Back to version 2: without what versions 3 to 5 added.
        downgradeToVersion4(raw);
        raw.exec(QStringLiteral("DROP INDEX messages_without_envelope"));
        raw.exec(QStringLiteral("DROP TABLE parts_total"));
        for (const char *trigger : { "parts_total_inserted", "parts_total_deleted", "parts_total_resized" })
            raw.exec(QStringLiteral("DROP TRIGGER %1").arg(QLatin1String(trigger)));
        raw.exec(QStringLiteral("PRAGMA user_version = 2"));
    }
    auto reopened = open();
    ASSERT_TRUE(reopened.ok()) << reopened.error().detail.toStdString();
    const auto missing = reopened.value()->uidsWithoutEnvelope(QStringLiteral("INBOX"), 7);
    ASSERT_TRUE(missing.ok()) << missing.error().detail.toStdString();
    EXPECT_EQ(*missing, (QList<quint32> { 1, 3 }));
    EXPECT_EQ(RawDatabase(databasePath()).userVersion(), SqliteCache::currentSchemaVersion());
}

TEST_F(SchemaTest, RefusesADatabaseFromANewerQuire)
{
    RawDatabase(databasePath()).exec(QStringLiteral("PRAGMA user_version = 999"));
    const auto opened = open();
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, CacheError::TooNew);
}

TEST_F(SchemaTest, ReportsAFileThatIsNotADatabaseAsCorrupt)
{
    QFile garbage(databasePath());
    ASSERT_TRUE(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(8192, '\x5a'));
    garbage.close();
    const auto opened = open();
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, CacheError::Corrupt) << opened.error().detail.toStdString();
}

TEST_F(SchemaTest, FilesArePrivateWhateverTheUmask)
{
    ASSERT_TRUE(QFile::setPermissions(directory(), QFileDevice::Permissions(0x7755))); // an existing, open dir
    const mode_t previous = ::umask(0);
    auto opened = open();
    ::umask(previous);
    ASSERT_TRUE(opened.ok()) << opened.error().detail.toStdString();
    SqliteCache &cache = *opened.value();
    ASSERT_TRUE(cache.upsertMailboxes({ sampleMailbox(QStringLiteral("INBOX"), 1) }).ok());

    const auto mode = fileMode;
    EXPECT_EQ(mode(directory()), 0700u);
    EXPECT_EQ(mode(cache.partsDirectory()), 0700u);
    EXPECT_EQ(mode(databasePath()), 0600u);
    EXPECT_EQ(mode(databasePath() + QStringLiteral("-wal")), 0600u);
    EXPECT_EQ(mode(databasePath() + QStringLiteral("-shm")), 0600u);
}

TEST(CacheDirectoryTest, AccountIdsBecomeSafeDirectoryNames)
{
    const QString plain = defaultCacheDirectory(QStringLiteral("alice@example.org"));
    EXPECT_TRUE(plain.endsWith(QStringLiteral("/cache/alice@example.org"))) << plain.toStdString();
    const QString hostile = defaultCacheDirectory(QStringLiteral("../../etc"));
    EXPECT_FALSE(hostile.contains(QStringLiteral("/../"))) << hostile.toStdString();
    EXPECT_TRUE(defaultCacheDirectory(QString()).endsWith(QStringLiteral("/cache/default")));
}

} // namespace
} // namespace quire::cache::testing
