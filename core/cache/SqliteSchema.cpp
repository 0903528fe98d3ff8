#include "core/cache/SqliteSchema.h"

#include "core/cache/SearchText.h"
#include "core/cache/SqlSupport.h"

#include <QSqlQuery>
#include <QStringList>

#include <functional>
#include <vector>

namespace quire::cache::schema {

namespace {

using Step = std::function<Result<void>(QSqlDatabase)>;

Result<void> runStatements(QSqlDatabase db, const QStringList &statements)
{
    for (const QString &statement : statements) {
        if (auto done = sql::execDirect(db, statement, CacheError::MigrationFailed, "migration"); !done)
            return done;
    }
    return {};
}

// Version 1: mailboxes, messages, parts and the journal. Frozen: the migration
// test builds a v1 database from its own copy of this text.
const QStringList version1 = {
    QStringLiteral("CREATE TABLE mailboxes ("
                   " id INTEGER PRIMARY KEY,"
                   " name TEXT NOT NULL UNIQUE,"
                   " raw_name BLOB NOT NULL DEFAULT '',"
                   " delimiter TEXT NOT NULL DEFAULT '',"
                   " attributes TEXT NOT NULL DEFAULT '',"
                   " special_use TEXT NOT NULL DEFAULT '',"
                   " subscribed INTEGER NOT NULL DEFAULT 0,"
                   " uidvalidity INTEGER NOT NULL DEFAULT 0,"
                   " uidnext INTEGER NOT NULL DEFAULT 0,"
                   " highest_modseq INTEGER NOT NULL DEFAULT 0,"
                   " messages INTEGER NOT NULL DEFAULT 0,"
                   " unseen INTEGER NOT NULL DEFAULT 0,"
                   " recent INTEGER NOT NULL DEFAULT 0)"),
    QStringLiteral("CREATE TABLE messages ("
                   " id INTEGER PRIMARY KEY,"
                   " mailbox_id INTEGER NOT NULL REFERENCES mailboxes(id) ON DELETE CASCADE,"
                   " uidvalidity INTEGER NOT NULL,"
                   " uid INTEGER NOT NULL,"
                   " flags TEXT NOT NULL DEFAULT '',"
                   " modseq INTEGER NOT NULL DEFAULT 0,"
                   " has_envelope INTEGER NOT NULL DEFAULT 0,"
                   " internal_date INTEGER,"
                   " internal_date_offset INTEGER,"
                   " size INTEGER NOT NULL DEFAULT 0,"
                   " subject TEXT NOT NULL DEFAULT '',"
                   " sender TEXT NOT NULL DEFAULT '',"
                   " sender_address TEXT NOT NULL DEFAULT '',"
                   " recipients_to TEXT NOT NULL DEFAULT '',"
                   " recipients_cc TEXT NOT NULL DEFAULT '',"
                   " date INTEGER,"
                   " date_offset INTEGER,"
                   " message_id BLOB NOT NULL DEFAULT '',"
                   " in_reply_to BLOB NOT NULL DEFAULT '',"
                   " refs BLOB NOT NULL DEFAULT '',"
                   " has_attachments INTEGER NOT NULL DEFAULT 0,"
                   " envelope BLOB,"
                   " body_structure BLOB,"
                   " body_cached INTEGER NOT NULL DEFAULT 0,"
                   " UNIQUE (mailbox_id, uidvalidity, uid))"),
    // Threading looks messages up by Message-ID across mailboxes.
    QStringLiteral("CREATE INDEX messages_by_message_id ON messages(message_id)"),
    QStringLiteral("CREATE TABLE parts ("
                   " id INTEGER PRIMARY KEY,"
                   " message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,"
                   " part_id TEXT NOT NULL,"
                   " mime_type BLOB NOT NULL DEFAULT '',"
                   " size INTEGER NOT NULL,"
                   " data BLOB,"
                   " file_name TEXT,"
                   " last_access INTEGER NOT NULL,"
                   " UNIQUE (message_id, part_id))"),
    QStringLiteral("CREATE INDEX parts_by_last_access ON parts(last_access)"),
    // Files cannot be deleted from SQL, and rows go away through cascades we
    // do not see; so deleting a file-backed row queues its file here.
    QStringLiteral("CREATE TABLE deleted_part_files (file_name TEXT PRIMARY KEY)"),
    QStringLiteral("CREATE TRIGGER parts_queue_deleted_file AFTER DELETE ON parts"
                   " WHEN old.file_name IS NOT NULL"
                   " BEGIN INSERT OR IGNORE INTO deleted_part_files VALUES (old.file_name); END"),
    QStringLiteral("CREATE TRIGGER parts_queue_replaced_file AFTER UPDATE OF file_name ON parts"
                   " WHEN old.file_name IS NOT NULL AND (new.file_name IS NULL OR new.file_name <> old.file_name)"
                   " BEGIN INSERT OR IGNORE INTO deleted_part_files VALUES (old.file_name); END"),
    QStringLiteral("CREATE TRIGGER parts_mark_body_cached AFTER INSERT ON parts"
                   " BEGIN UPDATE messages SET body_cached = 1 WHERE id = new.message_id; END"),
    QStringLiteral("CREATE TRIGGER parts_unmark_body_cached AFTER DELETE ON parts"
                   " BEGIN UPDATE messages SET body_cached ="
                   " EXISTS (SELECT 1 FROM parts WHERE message_id = old.message_id)"
                   " WHERE id = old.message_id; END"),
    // AUTOINCREMENT: ids are never reused, so a replayer holding an old id can
    // never mark a newer entry by mistake.
    QStringLiteral("CREATE TABLE journal ("
                   " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                   " kind TEXT NOT NULL,"
                   " mailbox TEXT NOT NULL DEFAULT '',"
                   " uidvalidity INTEGER NOT NULL DEFAULT 0,"
                   " uids TEXT NOT NULL DEFAULT '',"
                   " flags TEXT NOT NULL DEFAULT '',"
                   " target_mailbox TEXT NOT NULL DEFAULT '',"
                   " file_path TEXT NOT NULL DEFAULT '',"
                   " created INTEGER,"
                   " attempts INTEGER NOT NULL DEFAULT 0,"
                   " state TEXT NOT NULL,"
                   " last_error TEXT NOT NULL DEFAULT '')"),
};

// Version 2: full-text search. The folded text lives in search_text (one row
// per message, the body arriving later than the headers); search_index is an
// external-content FTS5 table over it. The trigram tokenizer (SQLite >= 3.34)
// finds substrings in any script, CJK included, which unicode61 cannot since
// it sees a run of kanji as one word.
//
// Indexing is deferred: rows are written with indexed = 0 and indexed in one
// go by SqliteCache::updateSearchIndex() (search() calls it). FTS5 writes a
// segment per transaction, and trigram segments are large, so indexing with
// every 1,000-message sync batch cost four times more than indexing 100,000
// rows at once. The triggers remove a row's old text from the index only if
// it had been indexed.
const QStringList version2 = {
    QStringLiteral("CREATE TABLE search_text ("
                   " message_id INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,"
                   " subject TEXT NOT NULL DEFAULT '',"
                   " sender TEXT NOT NULL DEFAULT '',"
                   " recipients TEXT NOT NULL DEFAULT '',"
                   " body TEXT NOT NULL DEFAULT '',"
                   " indexed INTEGER NOT NULL DEFAULT 0)"),
    QStringLiteral("CREATE INDEX search_text_unindexed ON search_text(message_id) WHERE indexed = 0"),
    QStringLiteral("CREATE VIRTUAL TABLE search_index USING fts5("
                   " subject, sender, recipients, body,"
                   " content='search_text', content_rowid='message_id', tokenize='trigram')"),
    QStringLiteral("CREATE TRIGGER search_text_deleted AFTER DELETE ON search_text WHEN old.indexed = 1 BEGIN"
                   " INSERT INTO search_index(search_index, rowid, subject, sender, recipients, body)"
                   " VALUES ('delete', old.message_id, old.subject, old.sender, old.recipients, old.body); END"),
    // Writers set indexed = 0 in the same UPDATE; this takes the old text out.
    QStringLiteral("CREATE TRIGGER search_text_changed BEFORE UPDATE OF subject, sender, recipients, body"
                   " ON search_text WHEN old.indexed = 1 BEGIN"
                   " INSERT INTO search_index(search_index, rowid, subject, sender, recipients, body)"
                   " VALUES ('delete', old.message_id, old.subject, old.sender, old.recipients, old.body); END"),
};

// Version 3: the rows still without an envelope, found without reading every
// row. Asking for them on each sync (quire-cli sync, offline download) read
// the whole table, 150 MB of pages for 100,000 messages (130 ms), to find
// none in a mailbox already synced.
const QStringList version3 = {
    QStringLiteral("CREATE INDEX messages_without_envelope ON messages(mailbox_id, uidvalidity, uid)"
                   " WHERE has_envelope = 0"),
};

// Version 4: the total size of the parts, kept by triggers. The size limit is
// checked after every stored part; a SUM over the parts table made storing
// 100,000 bodies quadratic. Cascaded deletes fire the triggers too.
const QStringList version4 = {
    QStringLiteral("CREATE TABLE parts_total (id INTEGER PRIMARY KEY CHECK (id = 1), bytes INTEGER NOT NULL)"),
    QStringLiteral("INSERT INTO parts_total (id, bytes) SELECT 1, COALESCE(SUM(size), 0) FROM parts"),
    QStringLiteral("CREATE TRIGGER parts_total_inserted AFTER INSERT ON parts"
                   " BEGIN UPDATE parts_total SET bytes = bytes + new.size; END"),
    QStringLiteral("CREATE TRIGGER parts_total_deleted AFTER DELETE ON parts"
                   " BEGIN UPDATE parts_total SET bytes = bytes - old.size; END"),
    QStringLiteral("CREATE TRIGGER parts_total_resized AFTER UPDATE OF size ON parts"
                   " BEGIN UPDATE parts_total SET bytes = bytes - old.size + new.size; END"),
};

// Version 5: a message's header text reaches search_text when the index is
// next brought up to date (SqliteCache::updateSearchIndex, run by search()),
// not as its envelope is written: folding and writing that second row, with
// its own index entry, was a third of the writing of a cold sync. Triggers
// note the messages to do in search_pending, a few bytes each (a flag in the
// messages row would have rewritten every page of the table to clear it).
// Rows written before have their text already.
const QStringList version5 = {
    QStringLiteral("CREATE TABLE search_pending (message_id INTEGER PRIMARY KEY)"),
    QStringLiteral("CREATE TRIGGER messages_envelope_inserted AFTER INSERT ON messages WHEN new.has_envelope = 1"
                   " BEGIN INSERT OR IGNORE INTO search_pending VALUES (new.id); END"),
    QStringLiteral("CREATE TRIGGER messages_envelope_updated"
                   " AFTER UPDATE OF subject, sender, sender_address, recipients_to, recipients_cc ON messages"
                   " WHEN new.has_envelope = 1 BEGIN INSERT OR IGNORE INTO search_pending VALUES (new.id); END"),
    QStringLiteral("INSERT INTO search_pending SELECT id FROM messages m WHERE has_envelope = 1"
                   " AND NOT EXISTS (SELECT 1 FROM search_text t WHERE t.message_id = m.id)"),
};

// Messages cached by a v1 Quire become searchable by their headers at once.
Result<void> backfillSearchText(QSqlDatabase db)
{
    QSqlQuery select(db);
    select.setForwardOnly(true);
    if (!select.exec(QStringLiteral("SELECT id, subject, sender, sender_address, recipients_to, recipients_cc"
                                    " FROM messages WHERE has_envelope = 1")))
        return sql::errorFrom(CacheError::MigrationFailed, select, "backfill select");
    QSqlQuery insert(db);
    if (auto prepared = sql::prepare(insert,
            QStringLiteral("INSERT INTO search_text (message_id, subject, sender, recipients)"
                           " VALUES (?, ?, ?, ?)"),
            CacheError::MigrationFailed);
        !prepared)
        return prepared;
    while (select.next()) {
        insert.bindValue(0, select.value(0));
        insert.bindValue(1, foldForSearch(select.value(1).toString()));
        insert.bindValue(2, foldForSearch(select.value(2).toString() + u' ' + select.value(3).toString()));
        insert.bindValue(3, foldForSearch(select.value(4).toString() + u' ' + select.value(5).toString()));
        if (auto inserted = sql::run(insert, CacheError::MigrationFailed, "backfill insert"); !inserted)
            return inserted;
    }
    return {};
}

const std::vector<Step> &steps()
{
    static const std::vector<Step> all = {
        [](QSqlDatabase db) { return runStatements(db, version1); },
        [](QSqlDatabase db) -> Result<void> {
            if (auto created = runStatements(db, version2); !created)
                return created;
            return backfillSearchText(db);
        },
        [](QSqlDatabase db) { return runStatements(db, version3); },
        [](QSqlDatabase db) { return runStatements(db, version4); },
        [](QSqlDatabase db) { return runStatements(db, version5); },
    };
    return all;
}

} // namespace

int latestVersion()
{
    return int(steps().size());
}

Result<int> currentVersion(QSqlDatabase db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return sql::errorFrom(CacheError::OpenFailed, query, "read schema version");
    return query.value(0).toInt();
}

Result<void> migrate(QSqlDatabase db)
{
    const auto version = currentVersion(db);
    if (!version)
        return version.error();
    if (*version > latestVersion())
        return Error { CacheError::TooNew,
            QStringLiteral("schema version %1, this build knows up to %2").arg(*version).arg(latestVersion()) };
    for (int next = *version + 1; next <= latestVersion(); ++next) {
        sql::Transaction transaction(db);
        if (auto begun = transaction.begin(); !begun)
            return Error { CacheError::MigrationFailed, begun.error().detail };
        if (auto applied = steps()[size_t(next - 1)](db); !applied) {
            const Error &error = applied.error();
            return Error { CacheError::MigrationFailed,
                QStringLiteral("to version %1: %2").arg(next).arg(error.detail) };
        }
        // PRAGMA takes no bound parameters; next is our own integer.
        if (auto bumped = sql::execDirect(db, QStringLiteral("PRAGMA user_version = %1").arg(next),
                CacheError::MigrationFailed, "set schema version");
            !bumped)
            return bumped;
        if (auto committed = transaction.commit(); !committed)
            return Error { CacheError::MigrationFailed, committed.error().detail };
    }
    return {};
}

} // namespace quire::cache::schema
