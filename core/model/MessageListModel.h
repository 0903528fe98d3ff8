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
// Sorting and filtering: MessageFilterModel. Threads: ThreadedMessageModel.

#include "core/model/MessageRow.h"
#include "core/sync/MailEngine.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace quire::model {

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

    // Sets or clears flags on several rows in one engine call.
    void setFlags(const QModelIndexList &indexes, const QStringList &add, const QStringList &remove);

Q_SIGNALS:
    // The cache could not be read; the list keeps what it had.
    void cacheError(const QString &message);

private:
    void reload();
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
    void onMailboxReset(const QString &mailbox);
    void refreshRows(const QList<cache::MessageRecord> &records);
    void emitChangedRanges(QList<int> rows);
    QList<cache::MessageRecord> readRecords(const QList<quint32> &uids);
    // The cached rows of uids, sorted by UID. Many at once (the first sync
    // of a big folder) are read row by row from the cache, never as a list
    // of MessageRecords, which for 100k would cost 100 MB for a moment.
    std::vector<MessageRow> readRows(const QList<quint32> &uids);

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
};

} // namespace quire::model
