#pragma once

// The messages of one open mailbox, one row per cached message in UID
// (arrival) order. Rows live in memory (MessageRows); data() and rowCount()
// only read that vector. The engine's change signals become precise row
// insertions, removals and dataChanged ranges; only mailboxReset resets.
//
// Rows without an envelope show placeholders (empty texts, HasEnvelope false).
// The UIDs data() was asked about are collected and requested from the engine
// in one batch when a short timer fires, so scrolling over 50 unknown rows
// costs one UID FETCH, not 50.
//
// Loading: by default setMailbox reads every cached row before it returns.
// With setAsyncLoading(true) (the GUI) it reads only the newest
// firstScreenfulRows at once, so something paints at once, and the complete
// rows on a worker thread through the cache's own reader
// (Cache::messageListReader); one model reset swaps them in. The engine's
// changes that arrive meanwhile are applied to the rows shown and applied
// again after the swap, so none is lost; a later setMailbox or mailboxReset
// makes a load still running stale, and its rows are dropped.
//
// Sorting and filtering: MessageFilterModel. Threads: ThreadedMessageModel.

#include "core/cache/Cache.h"
#include "core/model/MessageRow.h"
#include "core/sync/MailEngine.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QSet>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace quire::model {

// A step of unasked envelopes being read in slices (MessageListModel's
// readEnvelopeStep): its UIDs in order, the rows read so far, and the
// engine's changes since it started, applied again once its rows are shown
// (they were read before those changes). Outside the model's class: clang
// cannot default-construct a nested class with member initialisers inside
// std::optional.
struct UnaskedEnvelopeStep {
    QList<quint32> uids;
    qsizetype next = 0;
    std::vector<MessageRow> rows;
    QList<std::function<void()>> changes;
};

class MessageListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SubjectColumn,
        FromColumn,
        DateColumn,
        SizeColumn,
        FlaggedColumn, // the star
        SeenColumn,
        AttachmentColumn,
        ColumnCount,
    };

    // Every row's flags: the same for all, so a proxy can answer without
    // mapping each of 100,000 rows when a view lays them out.
    static constexpr Qt::ItemFlags kRowFlags
        = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
    // Placeholders the view did not ask for show in steps this far apart
    // (onEnvelopesArrived).
    static constexpr std::chrono::milliseconds kUnaskedEnvelopeInterval { 300 };
    // A step's rows are read from the cache in slices of about this long,
    // with the event loop running between them; the step shows when all are read.
    static constexpr std::chrono::milliseconds kEnvelopeStepSlice { 8 };

    explicit MessageListModel(QObject *parent = nullptr);
    ~MessageListModel() override;

    // Shows `mailbox` of `engine` from the cache at once and asks the engine
    // to sync it. A null engine or empty mailbox closes the list.
    void setMailbox(sync::MailEngine *engine, const QString &mailbox);
    sync::MailEngine *engine() const { return m_engine; }
    QString mailbox() const { return m_mailbox; }

    // How long data() requests are collected before one requestEnvelopes call,
    // and the largest batch sent at once.
    void setEnvelopeRequestDelay(int milliseconds) { m_envelopeTimer.setInterval(milliseconds); }
    void setEnvelopeBatchSize(int uids) { m_envelopeBatchSize = qMax(1, uids); }
    // How long a step of unasked envelopes reads before the event loop runs
    // (kEnvelopeStepSlice; tests make every read its own slice with 0).
    void setEnvelopeStepSlice(std::chrono::milliseconds slice) { m_envelopeStepSlice = slice; }

    // See the top of this file. Takes effect at the next setMailbox.
    void setAsyncLoading(bool on) { m_asyncLoading = on; }
    bool asyncLoading() const { return m_asyncLoading; }
    void setFirstScreenfulRows(int rows) { m_firstScreenfulRows = qMax(1, rows); }
    // Added to the nice value of the thread that reads the complete rows
    // (cache::lowerCurrentThreadPriority): the GUI gives 5, so that the UI
    // thread wins a core they both want while the folder opens.
    void setLoadThreadNice(int increment) { m_loadThreadNice = increment; }
    // Reads the complete rows instead of the cache's own messageListReader
    // (tests pace the worker with it). Empty: the cache's.
    void setListReader(cache::Cache::MessageListReader reader) { m_listReader = std::move(reader); }
    // Whether the complete rows are still being read (only the newest are shown).
    bool isLoading() const { return m_loading; }

    // QAbstractTableModel's, without hasIndex() and its two virtual calls:
    // sorting 100,000 rows asks for 3.4 million indexes.
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

    // Typed access for the proxies and the threader: no QVariant per call.
    const MessageRows &rows() const { return m_rows; }
    const MessageRow &rowAt(int row) const { return m_rows.at(row); }
    int rowOfUid(quint32 uid) const { return int(m_rows.indexOf(uid)); }
    quint32 uidAt(int row) const { return m_rows.at(row).uid; }
    // How many rows there is room for without growing (memory checks).
    qsizetype rowCapacity() const { return m_rows.capacity(); }

    // Sets or clears flags on several rows in one engine call.
    void setFlags(const QModelIndexList &indexes, const QStringList &add, const QStringList &remove);

Q_SIGNALS:
    // The cache could not be read; the list keeps what it had.
    void cacheError(const QString &message);
    // An asynchronous load is about to swap its complete rows in with a
    // model reset: views remember what the user selected by UID.
    void loadAboutToSwap();
    // An asynchronous load swapped its complete rows in (or failed and kept
    // the first screenful, after cacheError).
    void loadFinished();

private:
    // MessageListLoading.cpp
    void load();
    void readAllRows();
    bool readFirstScreenful(cache::Cache *cache);
    void finishLoad(quint64 generation, MessageRows &&rows, const cache::Result<void> &read);
    // Applies an engine change and, while a load runs, keeps it to apply again after the swap.
    // The same for a step of envelopes being read (readEnvelopeStep).
    template<typename Arg>
    void applyAndRemember(
        void (MessageListModel::*handler)(const QString &, const Arg &), const QString &mailbox, const Arg &arg)
    {
        if (m_loading && mailbox == m_mailbox)
            m_changesDuringLoad.append([this, handler, mailbox, arg] { (this->*handler)(mailbox, arg); });
        if (m_envelopeStep && mailbox == m_mailbox)
            m_envelopeStep->changes.append([this, handler, mailbox, arg] { (this->*handler)(mailbox, arg); });
        (this->*handler)(mailbox, arg);
    }

    void connectEngine();
    void disconnectEngine();
    void requestPendingEnvelopes();
    QVariant displayData(const MessageRow &row, int column) const;
    QVariant roleData(const MessageRow &row, int role) const;

    // MessageListChanges.cpp: engine signals -> row signals.
    void onMessagesAdded(const QString &mailbox, const QList<quint32> &uids);
    void onMessagesRemoved(const QString &mailbox, const QList<quint32> &uids);
    void onFlagsChanged(const QString &mailbox, const QList<cache::FlagUpdate> &updates);
    void onEnvelopesArrived(const QString &mailbox, const QList<quint32> &uids);
    void showUnaskedEnvelopes();
    void addRowsNotListed(QList<quint32> &uids);
    void readEnvelopeStep();
    void showEnvelopes(const QList<quint32> &uids);
    void onMailboxReset(const QString &mailbox);
    void refreshRows(std::vector<MessageRow> &&fresh);
    void emitChangedRanges(QList<int> rows);
    // The cached rows of uids, sorted by UID. Many at once (the first sync
    // of a big folder) are read row by row from the cache, never as a list
    // of MessageRecords, which for 100k would cost 100 MB for a moment.
    std::vector<MessageRow> readRows(const QList<quint32> &uids);
    void reserveForAdded(qsizetype added);

    QPointer<sync::MailEngine> m_engine;
    QString m_mailbox;
    quint32 m_uidValidity = 0;
    MessageRows m_rows;
    QList<QMetaObject::Connection> m_connections;

    // Lazy envelopes. data() is const but may queue a request: these are
    // bookkeeping, not the model's state.
    mutable QList<quint32> m_envelopeQueue;
    mutable QSet<quint32> m_envelopeRequested;
    mutable QTimer m_envelopeTimer;
    int m_envelopeBatchSize = 250;
    // Envelopes of placeholders the view did not ask for, waiting for
    // m_unaskedEnvelopeTimer (onEnvelopesArrived).
    QList<quint32> m_unaskedEnvelopes;
    QTimer m_unaskedEnvelopeTimer;
    std::optional<UnaskedEnvelopeStep> m_envelopeStep;
    QTimer m_envelopeStepTimer;
    std::chrono::milliseconds m_envelopeStepSlice = kEnvelopeStepSlice;

    bool m_asyncLoading = false;
    int m_firstScreenfulRows = 200;
    int m_loadThreadNice = 0;
    cache::Cache::MessageListReader m_listReader;
    bool m_loading = false;
    quint32 m_loadingFloor = 0; // while loading: the oldest UID the first screenful holds
    quint64 m_loadGeneration = 0;
    // The same number for the worker, which stops building rows once it is stale.
    std::shared_ptr<std::atomic<quint64>> m_sharedGeneration = std::make_shared<std::atomic<quint64>>(0);
    QList<std::function<void()>> m_changesDuringLoad;
    QThreadPool m_loadPool; // one thread; waited for in the destructor
};

} // namespace quire::model
