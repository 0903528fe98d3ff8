#pragma once

// Runs one search over one or more mailboxes of an account. Online it sends
// UID SEARCH through the engine's work queue (CHARSET UTF-8, so Cyrillic and
// CJK text work); offline it answers from the cache: the full-text index for
// body text and the cached rows for everything else. Results arrive per
// mailbox; finished() comes exactly once per start(), unless cancelled.

#include "core/cache/CacheResult.h"
#include "core/model/SearchQuery.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace quire::sync {
class AccountEngine;
}

namespace quire::ui {

class EngineRequestWatch;

class MessageSearch : public QObject
{
    Q_OBJECT

public:
    enum class Source { Server, Cache };

    struct Outcome {
        Source source = Source::Server;
        int hits = 0;
        // Server: it had no UTF-8 search and the text went as US-ASCII.
        bool asciiFallback = false;
        // Mailboxes that could not be searched, with the reason.
        QStringList failures;
    };

    using QObject::QObject;
    ~MessageSearch() override;

    // Starts a search, cancelling the one running.
    void start(sync::AccountEngine *engine, const QStringList &mailboxes, const model::SearchQuery &query);
    // The quick filter bar's search: every word in TEXT; offline, the whole
    // text goes to the cache's full-text index.
    void startQuick(sync::AccountEngine *engine, const QString &mailbox, const QString &text);
    void cancel();
    bool isRunning() const { return m_running; }

    // What was searched last, for the status line.
    static QString describe(const Outcome &outcome);

Q_SIGNALS:
    void found(const QString &mailbox, const QList<quint32> &uids);
    void finished(const quire::ui::MessageSearch::Outcome &outcome);

private:
    void begin(sync::AccountEngine *engine, const QStringList &mailboxes);
    void searchOnServer(const QString &mailbox, quint64 generation);
    void searchCache(const QString &mailbox, quint64 generation);
    void cacheSearched(const QString &mailbox, const cache::Result<QList<quint32>> &uids);
    void mailboxDone(quint64 generation);

    QPointer<sync::AccountEngine> m_engine;
    model::SearchQuery m_query;
    QString m_quickText;
    QList<imap::SearchKey> m_keys;
    QList<EngineRequestWatch *> m_watches;
    Outcome m_outcome;
    int m_pending = 0;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace quire::ui
