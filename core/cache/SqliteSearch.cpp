// SqliteCache: offline full-text search over search_text / search_index
// (schema version 2). Terms of three characters or more go through the FTS5
// trigram index; shorter ones, frequent in Japanese and Chinese, through LIKE
// on the folded text.

#include "core/cache/SearchText.h"
#include "core/cache/SqlSupport.h"
#include "core/cache/SqliteCache.h"
#include "core/cache/SqliteStatement.h"

#include <QSqlQuery>

#include <algorithm>
#include <sqlite3.h>

namespace quire::cache {

namespace {

// An FTS5 string: a phrase that the trigram tokenizer matches as a substring.
QString ftsPhrase(const QString &term)
{
    QString quoted = term;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString likePattern(const QString &term)
{
    QString escaped;
    for (const QChar c : term) {
        if (c == u'%' || c == u'_' || c == u'\\')
            escaped += u'\\';
        escaped += c;
    }
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// quire_fold(text [, text]): foldForSearchUtf8 of the arguments, so that
// search_text is filled from the messages table inside one statement. Plain
// ASCII, most headers, is lower-cased byte by byte as foldForSearchUtf8 does.
void foldFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    QByteArrayView parts[2];
    bool ascii = true;
    for (int i = 0; i < argc && i < 2; ++i) {
        // sqlite3_value_text first: it decides what sqlite3_value_bytes counts.
        const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[i]));
        parts[i] = QByteArrayView(text, sqlite3_value_bytes(argv[i]));
        ascii = ascii && std::all_of(parts[i].begin(), parts[i].end(), [](char c) { return (c & 0x80) == 0; });
    }
    QByteArray folded;
    if (ascii) {
        folded = argc == 1 ? parts[0].toByteArray() : parts[0].toByteArray() + ' ' + parts[1].toByteArray();
        for (char &c : folded)
            c = c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : c;
    } else if (argc == 1) {
        folded = foldForSearchUtf8({ QString::fromUtf8(parts[0]) });
    } else {
        folded = foldForSearchUtf8({ QString::fromUtf8(parts[0]), QString::fromUtf8(parts[1]) });
    }
    sqlite3_result_text(context, folded.constData(), int(folded.size()), SQLITE_TRANSIENT);
}

} // namespace

Result<void> SqliteCache::registerSearchFunctions()
{
    sqlite3 *handle = sql::nativeHandle(database());
    for (int arguments : { 1, 2 }) {
        if (sqlite3_create_function_v2(handle, "quire_fold", arguments, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                foldFunction, nullptr, nullptr, nullptr)
            != SQLITE_OK)
            return Error { CacheError::OpenFailed,
                QStringLiteral("register quire_fold: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle))) };
    }
    return {};
}

Result<void> SqliteCache::setBodyText(const QString &mailbox, quint32 uidValidity, quint32 uid, const QString &text)
{
    const auto rowId = messageRowId(mailbox, uidValidity, uid);
    if (!rowId)
        return rowId.error();
    if (!rowId->has_value())
        return Error { CacheError::NoSuchMessage, QStringLiteral("%1 %2:%3").arg(mailbox).arg(uidValidity).arg(uid) };
    auto upsert = m_statements->get("INSERT INTO search_text (message_id, body) VALUES (?, ?)"
                                    " ON CONFLICT (message_id) DO UPDATE SET body = excluded.body, indexed = 0");
    if (!upsert->isValid())
        return upsert->error(CacheError::WriteFailed, "prepare index body text");
    upsert->bindInt(1, **rowId);
    upsert->bindUtf8(2, foldForSearchUtf8({ text }));
    upsert->step();
    if (upsert->failed())
        return upsert->error(CacheError::WriteFailed, "index body text");
    return {};
}

// Brings search_text and the index up to date: the header text of messages
// written since (schema version 5), then every row not yet indexed. How many
// rows it indexed.
Result<int> SqliteCache::updateSearchIndex()
{
    QSqlDatabase db = database();
    QSqlQuery pending(db);
    // Read first: a search with nothing to do takes no write lock.
    if (!pending.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM search_pending)"
                                     " OR EXISTS (SELECT 1 FROM search_text WHERE indexed = 0)"))
        || !pending.next())
        return sql::errorFrom(CacheError::ReadFailed, pending, "look for unindexed text");
    const bool anything = pending.value(0).toBool();
    pending.finish();
    if (!anything)
        return 0;
    sql::Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    const QStringList headers = {
        // The body column, if setBodyText came first, is kept.
        QStringLiteral("INSERT INTO search_text (message_id, subject, sender, recipients)"
                       " SELECT m.id, quire_fold(m.subject), quire_fold(m.sender, m.sender_address),"
                       " quire_fold(m.recipients_to, m.recipients_cc)"
                       " FROM search_pending p JOIN messages m ON m.id = p.message_id WHERE m.has_envelope = 1"
                       " ON CONFLICT (message_id) DO UPDATE SET subject = excluded.subject,"
                       " sender = excluded.sender, recipients = excluded.recipients, indexed = 0"),
        QStringLiteral("DELETE FROM search_pending"),
    };
    for (const QString &statement : headers) {
        if (auto done = sql::execDirect(db, statement, CacheError::WriteFailed, "fill search text"); !done)
            return done.error();
    }
    QSqlQuery unindexed(db);
    if (!unindexed.exec(QStringLiteral("SELECT COUNT(*) FROM search_text WHERE indexed = 0")) || !unindexed.next())
        return sql::errorFrom(CacheError::ReadFailed, unindexed, "count unindexed text");
    const int count = unindexed.value(0).toInt();
    unindexed.finish();
    const QStringList index = {
        QStringLiteral("INSERT INTO search_index (rowid, subject, sender, recipients, body)"
                       " SELECT message_id, subject, sender, recipients, body FROM search_text WHERE indexed = 0"),
        QStringLiteral("UPDATE search_text SET indexed = 1 WHERE indexed = 0"),
    };
    for (const QString &statement : index) {
        if (auto done = sql::execDirect(db, statement, CacheError::WriteFailed, "update search index"); !done)
            return done.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return count;
}

Result<QList<SearchHit>> SqliteCache::search(const QString &mailbox, const QString &query)
{
    if (auto indexed = updateSearchIndex(); !indexed)
        return indexed.error();
    const QStringList terms = searchTerms(query);
    if (terms.isEmpty())
        return QList<SearchHit>();

    QStringList indexed;
    QStringList scanned;
    for (const QString &term : terms)
        (isIndexableTerm(term) ? indexed : scanned).append(term);

    QString text = QStringLiteral("SELECT b.name, m.uidvalidity, m.uid FROM search_text t"
                                  " JOIN messages m ON m.id = t.message_id"
                                  " JOIN mailboxes b ON b.id = m.mailbox_id WHERE 1");
    QVariantList values;
    if (!indexed.isEmpty()) {
        QStringList phrases;
        for (const QString &term : indexed)
            phrases.append(ftsPhrase(term));
        text += QStringLiteral(" AND t.message_id IN (SELECT rowid FROM search_index WHERE search_index MATCH ?)");
        values.append(phrases.join(QLatin1String(" AND ")));
    }
    for (const QString &term : scanned) {
        text += QStringLiteral(" AND (t.subject LIKE ? ESCAPE '\\' OR t.sender LIKE ? ESCAPE '\\'"
                               " OR t.recipients LIKE ? ESCAPE '\\' OR t.body LIKE ? ESCAPE '\\')");
        const QString pattern = likePattern(term);
        values << pattern << pattern << pattern << pattern;
    }
    if (!mailbox.isEmpty()) {
        text += QStringLiteral(" AND b.name = ?");
        values.append(mailbox);
    }
    text += QStringLiteral(" ORDER BY m.date DESC, m.uid DESC");

    QSqlQuery select(database());
    select.setForwardOnly(true);
    if (auto prepared = sql::prepare(select, text); !prepared)
        return prepared.error();
    for (int i = 0; i < values.size(); ++i)
        select.bindValue(i, values[i]);
    if (auto done = sql::run(select, CacheError::ReadFailed, "search"); !done)
        return done.error();
    QList<SearchHit> hits;
    while (select.next())
        hits.append(SearchHit { select.value(0).toString(), select.value(1).toUInt(), select.value(2).toUInt() });
    return hits;
}

} // namespace quire::cache
