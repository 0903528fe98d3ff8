// ThreadedMessageModel with server threading: asking the engine for UID
// THREAD REFERENCES and moving messages where the server puts them.
#include "core/model/ThreadedMessageModel.h"
#include "core/sync/MailEngine.h"

#include <algorithm>

namespace quire::model {

namespace {
// Up to this many messages change parent one by one (beginMoveRows each);
// more, as after the first answer for a big mailbox, in one layout change.
constexpr std::size_t kMaxSingleMoves = 64;
} // namespace

void ThreadedMessageModel::connectEngine()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_engineConnections))
        disconnect(connection);
    m_engineConnections.clear();
    sync::MailEngine *engine = m_source ? m_source->engine() : nullptr;
    if (!engine)
        return;
    m_engineConnections = {
        connect(engine, &sync::MailEngine::serverThreadsArrived, this, &ThreadedMessageModel::onServerThreads),
        connect(engine, &sync::MailEngine::connectionStateChanged, this,
            [this](sync::ConnectionState state) {
                if (state == sync::ConnectionState::Online)
                    requestServerThreads();
            }),
    };
}

void ThreadedMessageModel::requestServerThreads()
{
    sync::MailEngine *engine = m_source ? m_source->engine() : nullptr;
    if (engine && !m_source->mailbox().isEmpty() && engine->offersServerThreading())
        engine->requestServerThreads(m_source->mailbox());
}

void ThreadedMessageModel::onServerThreads(const QString &mailbox, const QHash<quint32, quint32> &parents)
{
    if (!m_source || mailbox != m_source->mailbox())
        return;
    m_serverParents.clear();
    std::vector<Move> moves;
    for (auto it = parents.cbegin(); it != parents.cend(); ++it) {
        Node *node = nodeFor(it.key());
        // A parent the list does not hold (not synced yet, or gone): the
        // message keeps its place until the next answer.
        Node *parent = it.value() ? nodeFor(it.value()) : &m_root;
        if (!node || !parent || parent == node)
            continue;
        m_serverParents.insert(it.key(), it.value());
        if (node->parent != parent)
            moves.push_back({ node, parent });
    }
    std::sort(moves.begin(), moves.end(), [](const Move &a, const Move &b) { return a.node->uid < b.node->uid; });
    if (moves.size() > kMaxSingleMoves)
        return relayout(moves);
    // One by one; a move that would put a message under its own reply waits
    // until the moves that take the reply away are done.
    while (!moves.empty()) {
        const std::size_t before = moves.size();
        std::erase_if(moves, [this](const Move &move) {
            if (isInSubtree(move.parent, move.node))
                return false;
            moveNode(move.node, move.parent);
            return true;
        });
        if (moves.size() == before)
            return relayout(moves); // a loop with a message placed locally
    }
}

void ThreadedMessageModel::relayout(const std::vector<Move> &moves)
{
    Q_EMIT layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    std::vector<std::pair<Node *, int>> held;
    held.reserve(std::size_t(before.size()));
    for (const QModelIndex &index : before)
        held.emplace_back(nodeOf(index), index.column());
    for (const Move &move : moves)
        move.node->parent = move.parent;
    breakCycles();
    // Children lists again in UID order.
    std::vector<Node *> nodes;
    nodes.reserve(m_nodes.size());
    for (auto &[uid, node] : m_nodes) {
        node->children.clear();
        nodes.push_back(node.get());
    }
    m_root.children.clear();
    std::sort(nodes.begin(), nodes.end(), [](const Node *a, const Node *b) { return a->uid < b->uid; });
    for (Node *node : nodes)
        node->parent->children.push_back(node);
    QModelIndexList after;
    after.reserve(before.size());
    for (const auto &[node, column] : held)
        after.append(indexOfNode(node, column));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged();
}

// The server's parents are a forest, but a message local threading placed
// may sit between a server-placed message and its new parent. Walking up
// from every node once finds such loops; the node where a walk meets itself
// becomes a root.
void ThreadedMessageModel::breakCycles()
{
    enum : char { Unseen, OnPath, Done };
    std::unordered_map<const Node *, char> state;
    state.reserve(m_nodes.size());
    std::vector<Node *> path;
    for (auto &[uid, owned] : m_nodes) {
        path.clear();
        Node *node = owned.get();
        while (node != &m_root && state[node] == Unseen) {
            state[node] = OnPath;
            path.push_back(node);
            node = node->parent;
        }
        if (node != &m_root && state[node] == OnPath)
            node->parent = &m_root;
        for (Node *visited : path)
            state[visited] = Done;
    }
}

} // namespace quire::model
