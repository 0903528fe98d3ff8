#include "core/model/ThreadedMessageModel.h"

#include "core/model/MessageThreader.h"

#include <algorithm>

namespace quire::model {

ThreadedMessageModel::ThreadedMessageModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

ThreadedMessageModel::~ThreadedMessageModel() = default;

void ThreadedMessageModel::setSourceModel(MessageListModel *source)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_source = source;
    if (m_source) {
        m_connections = {
            connect(m_source, &QAbstractItemModel::rowsInserted, this, &ThreadedMessageModel::onRowsInserted),
            connect(m_source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                &ThreadedMessageModel::onRowsAboutToBeRemoved),
            connect(m_source, &QAbstractItemModel::dataChanged, this, &ThreadedMessageModel::onDataChanged),
            connect(m_source, &QAbstractItemModel::modelReset, this, &ThreadedMessageModel::rebuild),
            connect(m_source, &QAbstractItemModel::layoutChanged, this, &ThreadedMessageModel::rebuild),
            connect(m_source, &QObject::destroyed, this, [this] { setSourceModel(nullptr); }),
        };
    }
    rebuild();
}

void ThreadedMessageModel::rebuild()
{
    beginResetModel();
    m_root.children.clear();
    m_nodes.clear();
    m_idOwner.clear();
    m_waiting.clear();
    m_serverParents.clear();
    if (m_source) {
        const MessageRows &rows = m_source->rows();
        const ThreadResult threads = MessageThreader().thread(MessageThreader::inputsFrom(rows));
        std::vector<Node *> byRow(std::size_t(rows.size()));
        m_nodes.reserve(std::size_t(rows.size()));
        for (qsizetype i = 0; i < rows.size(); ++i) {
            auto node = std::make_unique<Node>();
            const MessageRow &row = rows.at(i);
            node->uid = row.uid;
            node->messageId = row.messageId;
            node->references = row.references;
            node->inReplyTo = row.inReplyTo;
            byRow[std::size_t(i)] = node.get();
            m_nodes.emplace(row.uid, std::move(node));
        }
        // Rows are in UID order, so appending keeps every child list sorted.
        for (std::size_t i = 0; i < byRow.size(); ++i) {
            const int parent = threads.parent[i];
            Node *parentNode = parent < 0 ? &m_root : byRow[std::size_t(parent)];
            byRow[i]->parent = parentNode;
            parentNode->children.push_back(byRow[i]);
        }
        for (Node *node : byRow)
            registerIds(node);
        for (Node *node : byRow)
            registerWaitingReferences(node);
    }
    endResetModel();
    connectEngine();
    requestServerThreads();
}

// --- tree access

ThreadedMessageModel::Node *ThreadedMessageModel::nodeFor(quint32 uid) const
{
    auto it = m_nodes.find(uid);
    return it == m_nodes.end() ? nullptr : it->second.get();
}

ThreadedMessageModel::Node *ThreadedMessageModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : const_cast<Node *>(&m_root);
}

qsizetype ThreadedMessageModel::childInsertionPoint(const Node *parent, quint32 uid)
{
    const auto it = std::lower_bound(parent->children.begin(), parent->children.end(), uid,
        [](const Node *child, quint32 value) { return child->uid < value; });
    return it - parent->children.begin();
}

int ThreadedMessageModel::rowInParent(const Node *node) const
{
    return int(childInsertionPoint(node->parent, node->uid));
}

QModelIndex ThreadedMessageModel::indexOfNode(const Node *node, int column) const
{
    if (!node || node == &m_root)
        return {};
    return createIndex(rowInParent(node), column, const_cast<Node *>(node));
}

QModelIndex ThreadedMessageModel::indexOfUid(quint32 uid, int column) const
{
    return indexOfNode(nodeFor(uid), column);
}

QModelIndex ThreadedMessageModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *parentNode = nodeOf(parent);
    if (row < 0 || column < 0 || column >= columnCount() || row >= int(parentNode->children.size()))
        return {};
    return createIndex(row, column, parentNode->children[std::size_t(row)]);
}

QModelIndex ThreadedMessageModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOfNode(nodeOf(child)->parent);
}

int ThreadedMessageModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int ThreadedMessageModel::columnCount(const QModelIndex &) const
{
    return m_source ? m_source->columnCount() : 0;
}

bool ThreadedMessageModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QModelIndex ThreadedMessageModel::mapToSource(const QModelIndex &index) const
{
    if (!index.isValid() || !m_source)
        return {};
    return m_source->index(m_source->rowOfUid(nodeOf(index)->uid), index.column());
}

QVariant ThreadedMessageModel::data(const QModelIndex &index, int role) const
{
    return m_source ? m_source->data(mapToSource(index), role) : QVariant();
}

bool ThreadedMessageModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    return m_source && m_source->setData(mapToSource(index), value, role);
}

QVariant ThreadedMessageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return m_source ? m_source->headerData(section, orientation, role) : QVariant();
}

Qt::ItemFlags ThreadedMessageModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? (Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled) : Qt::NoItemFlags;
}

// --- threading bookkeeping

QList<QByteArray> ThreadedMessageModel::chainOf(const Node *node) const
{
    const MessageRows &rows = m_source->rows();
    QList<QByteArray> chain = node->references ? rows.bytes(node->references).split(' ') : QList<QByteArray>();
    const QByteArray &inReplyTo = rows.bytes(node->inReplyTo);
    if (!inReplyTo.isEmpty() && (chain.isEmpty() || chain.last() != inReplyTo))
        chain.append(inReplyTo);
    return chain;
}

bool ThreadedMessageModel::isInSubtree(const Node *candidate, const Node *root)
{
    for (const Node *current = candidate; current; current = current->parent) {
        if (current == root)
            return true;
    }
    return false;
}

ThreadedMessageModel::Node *ThreadedMessageModel::parentFromChain(const Node *node) const
{
    const QList<QByteArray> chain = chainOf(node);
    for (auto it = chain.crbegin(); it != chain.crend(); ++it) {
        auto owner = m_idOwner.constFind(*it);
        if (owner == m_idOwner.constEnd() || owner.value() == node->uid)
            continue;
        Node *candidate = nodeFor(owner.value());
        // References that loop back into the node's own replies are ignored.
        if (candidate && !isInSubtree(candidate, node))
            return candidate;
    }
    return const_cast<Node *>(&m_root);
}

void ThreadedMessageModel::registerIds(Node *node)
{
    if (!node->messageId)
        return;
    const QByteArray &id = m_source->rows().bytes(node->messageId);
    if (!m_idOwner.contains(id))
        m_idOwner.insert(id, node->uid);
}

void ThreadedMessageModel::registerWaitingReferences(Node *node)
{
    for (const QByteArray &id : chainOf(node)) {
        if (!id.isEmpty() && !m_idOwner.contains(id)) {
            QList<quint32> &waiting = m_waiting[id];
            if (!waiting.contains(node->uid))
                waiting.append(node->uid);
        }
    }
}

void ThreadedMessageModel::moveNode(Node *node, Node *newParent)
{
    Node *oldParent = node->parent;
    if (newParent == oldParent)
        return;
    const int oldRow = rowInParent(node);
    const int newRow = int(childInsertionPoint(newParent, node->uid));
    beginMoveRows(indexOfNode(oldParent), oldRow, oldRow, indexOfNode(newParent), newRow);
    oldParent->children.erase(oldParent->children.begin() + oldRow);
    newParent->children.insert(newParent->children.begin() + newRow, node);
    node->parent = newParent;
    endMoveRows();
}

void ThreadedMessageModel::adoptWaitingChildren(Node *node)
{
    if (!node->messageId)
        return;
    const QByteArray &id = m_source->rows().bytes(node->messageId);
    if (m_idOwner.value(id) != node->uid)
        return;
    const QList<quint32> waiting = m_waiting.take(id);
    for (quint32 uid : waiting) {
        Node *child = nodeFor(uid);
        if (!child || child == node || isServerPlaced(child))
            continue;
        Node *parent = parentFromChain(child);
        if (parent != child->parent && !isInSubtree(parent, child))
            moveNode(child, parent);
    }
}

void ThreadedMessageModel::addMessage(quint32 uid)
{
    const int sourceRow = m_source->rowOfUid(uid);
    if (sourceRow < 0 || nodeFor(uid))
        return;
    const MessageRow &row = m_source->rowAt(sourceRow);
    auto owned = std::make_unique<Node>();
    Node *node = owned.get();
    node->uid = uid;
    node->messageId = row.messageId;
    node->references = row.references;
    node->inReplyTo = row.inReplyTo;
    m_nodes.emplace(uid, std::move(owned));
    registerIds(node);

    Node *parent = parentFromChain(node);
    const int position = int(childInsertionPoint(parent, uid));
    beginInsertRows(indexOfNode(parent), position, position);
    parent->children.insert(parent->children.begin() + position, node);
    node->parent = parent;
    endInsertRows();

    registerWaitingReferences(node);
    adoptWaitingChildren(node);
}

void ThreadedMessageModel::removeMessage(quint32 uid)
{
    Node *node = nodeFor(uid);
    if (!node)
        return;
    if (node->messageId) {
        const QByteArray &id = m_source->rows().bytes(node->messageId);
        if (m_idOwner.value(id) == uid)
            m_idOwner.remove(id);
    }
    // The children find their next present ancestor before the node goes.
    const std::vector<Node *> orphans = node->children;
    for (Node *child : orphans) {
        Node *parent = parentFromChain(child);
        if (parent == node || isInSubtree(parent, node))
            parent = node->parent;
        moveNode(child, parent);
        registerWaitingReferences(child);
    }
    Node *parent = node->parent;
    const int row = rowInParent(node);
    beginRemoveRows(indexOfNode(parent), row, row);
    parent->children.erase(parent->children.begin() + row);
    m_nodes.erase(uid);
    m_serverParents.remove(uid);
    endRemoveRows();
}

void ThreadedMessageModel::rethread(Node *node)
{
    const MessageRow &row = m_source->rowAt(m_source->rowOfUid(node->uid));
    if (row.messageId == node->messageId && row.references == node->references && row.inReplyTo == node->inReplyTo)
        return;
    // Typically a placeholder row whose envelope just arrived.
    node->messageId = row.messageId;
    node->references = row.references;
    node->inReplyTo = row.inReplyTo;
    registerIds(node);
    Node *parent = parentFromChain(node);
    if (!isServerPlaced(node) && !isInSubtree(parent, node))
        moveNode(node, parent);
    registerWaitingReferences(node);
    adoptWaitingChildren(node);
}

// --- source signals

void ThreadedMessageModel::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    for (int row = first; row <= last; ++row)
        addMessage(m_source->uidAt(row));
    requestServerThreads();
}

void ThreadedMessageModel::onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    for (int row = first; row <= last; ++row)
        removeMessage(m_source->uidAt(row));
    requestServerThreads();
}

void ThreadedMessageModel::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &)
{
    const int lastColumn = columnCount() - 1;
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        Node *node = nodeFor(m_source->uidAt(row));
        if (!node)
            continue;
        rethread(node);
        const QModelIndex first = indexOfNode(node, 0);
        Q_EMIT dataChanged(first, first.siblingAtColumn(lastColumn));
    }
}

} // namespace quire::model
