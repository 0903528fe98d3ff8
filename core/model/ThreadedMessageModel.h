#pragma once

// A MessageListModel shown as threads: a tree whose nodes are the list's
// messages (one column set, the source's). The first build uses
// MessageThreader (JWZ). After that the tree changes in place, so the view's
// selection and expanded threads survive: a new message is attached to the
// nearest message of its own References chain that is present and adopts the
// messages that were waiting for it (a reply that arrived before its parent)
// with beginMoveRows; a vanished message hands its children to their next
// present ancestor, then disappears with beginRemoveRows. Children are kept
// in UID (arrival) order, so finding a node's row is a binary search.
//
// When the engine offers server threading (THREAD=REFERENCES), the model asks
// for it after every build and every arrival or removal, and moves the
// messages where the server puts them: a few with beginMoveRows, many in one
// layout change that keeps persistent indexes. Until the answer comes, and
// offline, local threading places them. The server's placement is not undone
// by local threading later; only the next server answer changes it.

#include "core/model/MessageListModel.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <unordered_map>
#include <vector>

namespace quire::model {

class ThreadedMessageModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    explicit ThreadedMessageModel(QObject *parent = nullptr);
    ~ThreadedMessageModel() override;

    void setSourceModel(MessageListModel *source);
    MessageListModel *sourceModel() const { return m_source; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QModelIndex mapToSource(const QModelIndex &index) const;
    QModelIndex indexOfUid(quint32 uid, int column = 0) const;

private:
    struct Node {
        quint32 uid = 0;
        Node *parent = nullptr;
        std::vector<Node *> children; // sorted by uid
        // Pool indexes of the source's MessageRows (append-only while the
        // source lives), to notice when an envelope brings threading headers.
        quint32 messageId = 0;
        quint32 references = 0;
        quint32 inReplyTo = 0;
    };

    void rebuild();
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);

    // Server threading (ThreadedMessageServer.cpp)
    void connectEngine();
    void requestServerThreads();
    void onServerThreads(const QString &mailbox, const QHash<quint32, quint32> &parents);
    bool isServerPlaced(const Node *node) const { return m_serverParents.contains(node->uid); }
    struct Move {
        Node *node;
        Node *parent;
    };
    void relayout(const std::vector<Move> &moves);
    void breakCycles();

    Node *nodeFor(quint32 uid) const;
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOfNode(const Node *node, int column = 0) const;
    int rowInParent(const Node *node) const;
    static qsizetype childInsertionPoint(const Node *parent, quint32 uid);

    QList<QByteArray> chainOf(const Node *node) const;
    Node *parentFromChain(const Node *node) const;
    static bool isInSubtree(const Node *candidate, const Node *root);
    void registerIds(Node *node);
    void registerWaitingReferences(Node *node);
    void addMessage(quint32 uid);
    void removeMessage(quint32 uid);
    void adoptWaitingChildren(Node *node);
    void moveNode(Node *node, Node *newParent);
    void rethread(Node *node);

    MessageListModel *m_source = nullptr;
    QList<QMetaObject::Connection> m_connections;
    Node m_root;
    std::unordered_map<quint32, std::unique_ptr<Node>> m_nodes;
    QHash<QByteArray, quint32> m_idOwner; // Message-ID -> uid of the first message carrying it
    // Ids no present message carries -> uids whose chain names them: the
    // messages to adopt when that id arrives.
    QHash<QByteArray, QList<quint32>> m_waiting;
    QList<QMetaObject::Connection> m_engineConnections;
    // The server's last answer (uid -> parent uid, 0 for a root).
    QHash<quint32, quint32> m_serverParents;
};

} // namespace quire::model
