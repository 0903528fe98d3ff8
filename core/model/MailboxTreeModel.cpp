#include "core/model/MailboxTreeModel.h"

#include "core/cache/Cache.h"

#include <algorithm>

namespace quire::model {

MailboxTreeModel::MailboxTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    m_root.childrenLoaded = true;
}

MailboxTreeModel::~MailboxTreeModel()
{
    for (const auto &account : m_accounts) {
        for (const QMetaObject::Connection &connection : std::as_const(account->connections))
            disconnect(connection);
    }
}

int MailboxTreeModel::addAccount(sync::MailEngine *engine, const AccountOptions &options)
{
    auto account = std::make_unique<Account>();
    account->engine = engine;
    account->options = options;
    reloadRecords(*account);
    Account *raw = account.get();
    const auto accountRow = [this, raw] {
        for (std::size_t i = 0; i < m_accounts.size(); ++i) {
            if (m_accounts[i].get() == raw)
                return int(i);
        }
        return -1;
    };
    account->connections = {
        connect(engine, &sync::MailEngine::mailboxesChanged, this,
            [this, accountRow] { onMailboxesChanged(accountRow()); }),
        connect(engine, &sync::MailEngine::mailboxStatusChanged, this,
            [this, engine](const QString &name) { onMailboxChanged(engine, name); }),
        connect(engine, &sync::MailEngine::syncStateChanged, this,
            [this, engine](const QString &name) { onMailboxChanged(engine, name); }),
        connect(engine, &sync::MailEngine::childrenListed, this,
            [this, accountRow](const QString &parent, bool ok) { onChildrenListed(accountRow(), parent, ok); }),
        connect(engine, &sync::MailEngine::connectionStateChanged, this,
            [this, accountRow](sync::ConnectionState state) { onConnectionStateChanged(accountRow(), state); }),
    };

    auto node = std::make_unique<MailboxNode>();
    node->parent = &m_root;
    node->displayName = options.displayName;
    const int row = int(m_root.children.size());
    node->account = row;
    beginInsertRows({}, row, row);
    m_accounts.push_back(std::move(account));
    m_root.children.push_back(std::move(node));
    endInsertRows();
    return row;
}

void MailboxTreeModel::removeAccount(int row)
{
    if (row < 0 || row >= accountCount())
        return;
    beginRemoveRows({}, row, row);
    for (const QMetaObject::Connection &connection : std::as_const(m_accounts[std::size_t(row)]->connections))
        disconnect(connection);
    m_accounts.erase(m_accounts.begin() + row);
    m_root.children.erase(m_root.children.begin() + row);
    for (std::size_t i = 0; i < m_root.children.size(); ++i)
        m_root.children[i]->account = int(i);
    endRemoveRows();
}

void MailboxTreeModel::reloadRecords(Account &account)
{
    if (!account.engine)
        return;
    auto records = account.engine->cache()->mailboxes();
    if (!records)
        return; // keep showing what we had; the engine reports cache failures
    account.records = records.value();
    account.paths.clear();
    account.paths.reserve(std::size_t(account.records.size()));
    for (const cache::MailboxRecord &record : std::as_const(account.records))
        account.paths.push_back(displayPath(record, account.options.personalPrefix));
}

// --- nodes and indexes

MailboxNode *MailboxTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<MailboxNode *>(index.internalPointer()) : const_cast<MailboxNode *>(&m_root);
}

QModelIndex MailboxTreeModel::indexOfNode(const MailboxNode *node) const
{
    if (!node || node == &m_root)
        return {};
    const auto &siblings = node->parent->children;
    for (std::size_t row = 0; row < siblings.size(); ++row) {
        if (siblings[row].get() == node)
            return createIndex(int(row), 0, const_cast<MailboxNode *>(node));
    }
    return {};
}

MailboxTreeModel::Account &MailboxTreeModel::accountOf(const MailboxNode *node) const
{
    while (node->parent != &m_root)
        node = node->parent;
    return *m_accounts[std::size_t(node->account)];
}

sync::MailEngine *MailboxTreeModel::engineFor(const QModelIndex &index) const
{
    const MailboxNode *node = nodeOf(index);
    return node == &m_root ? nullptr : accountOf(node).engine.data();
}

QModelIndex MailboxTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const MailboxNode *node = nodeOf(parent);
    if (column != 0 || row < 0 || row >= int(node->children.size()))
        return {};
    return createIndex(row, 0, node->children[std::size_t(row)].get());
}

QModelIndex MailboxTreeModel::parent(const QModelIndex &child) const
{
    return child.isValid() ? indexOfNode(nodeOf(child)->parent) : QModelIndex();
}

int MailboxTreeModel::rowCount(const QModelIndex &parent) const
{
    return parent.column() > 0 ? 0 : int(nodeOf(parent)->children.size());
}

int MailboxTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

// Children the server may have that the cache cannot vouch for: the
// server said \HasChildren, or said nothing, and no LIST of this session
// covered the level. Only asked for while online; offline the cache is all.
bool MailboxTreeModel::awaitsListing(const MailboxNode *node) const
{
    if (node == &m_root || node->isAccount() || node->hasNoChildren() || node->record.delimiter.isNull())
        return false;
    const sync::MailEngine *engine = accountOf(node).engine;
    return engine && engine->connectionState() == sync::ConnectionState::Online
        && !engine->knowsChildren(node->record.name);
}

bool MailboxTreeModel::hasChildren(const QModelIndex &parent) const
{
    const MailboxNode *node = nodeOf(parent);
    if (node->childrenLoaded ? !node->children.empty() : mayHaveChildren(*node, accountOf(node).paths))
        return true;
    return awaitsListing(node);
}

bool MailboxTreeModel::canFetchMore(const QModelIndex &parent) const
{
    const MailboxNode *node = nodeOf(parent);
    if (!node->childrenLoaded && mayHaveChildren(*node, accountOf(node).paths))
        return true;
    return !node->listing && awaitsListing(node);
}

void MailboxTreeModel::fetchMore(const QModelIndex &parent)
{
    MailboxNode *node = nodeOf(parent);
    if (!node->childrenLoaded) {
        // What the cache knows shows at once, the server's answer is merged later.
        node->childrenLoaded = true;
        const std::vector<ChildSpec> specs = sortedChildSpecs(node);
        if (!specs.empty()) {
            beginInsertRows(parent, 0, int(specs.size()) - 1);
            for (const ChildSpec &spec : specs)
                node->children.push_back(makeNode(node, spec));
            endInsertRows();
        }
    }
    if (node->listing || !awaitsListing(node))
        return;
    node->listing = true;
    // The answer (mailboxesChanged, then childrenListed) may come at once:
    // nothing of `node` is used after this call.
    accountOf(node).engine->listChildren(node->record.name, node->record.delimiter);
}

void MailboxTreeModel::onChildrenListed(int account, const QString &parent, bool ok)
{
    if (account < 0)
        return;
    MailboxNode *node = findNode(m_root.children[std::size_t(account)].get(), parent, false);
    if (!node || !node->listing)
        return;
    // After a failure the node keeps its expander and may be asked again.
    node->listing = false;
    // The rows came with mailboxesChanged; a level that turned out empty
    // loses its expander, which the view learns from dataChanged.
    if (ok && node->children.empty()) {
        const QModelIndex changed = indexOfNode(node);
        Q_EMIT dataChanged(changed, changed);
    }
}

void MailboxTreeModel::onConnectionStateChanged(int account, sync::ConnectionState state)
{
    if (account < 0 || state == sync::ConnectionState::Online)
        return;
    // A LIST lost with the connection never answers: allow asking again.
    clearListing(m_root.children[std::size_t(account)].get());
}

void MailboxTreeModel::clearListing(MailboxNode *node)
{
    node->listing = false;
    for (const auto &child : node->children)
        clearListing(child.get());
}

std::vector<ChildSpec> MailboxTreeModel::sortedChildSpecs(const MailboxNode *node) const
{
    const Account &account = accountOf(node);
    std::vector<ChildSpec> specs = childrenOf(node->path, account.records, account.paths);
    std::stable_sort(specs.begin(), specs.end(), [](const ChildSpec &a, const ChildSpec &b) {
        const SpecialUse useA = a.record ? specialUseOf(*a.record) : SpecialUse::None;
        const SpecialUse useB = b.record ? specialUseOf(*b.record) : SpecialUse::None;
        return sortsBefore(useA, a.path.last(), useB, b.path.last());
    });
    return specs;
}

std::unique_ptr<MailboxNode> MailboxTreeModel::makeNode(MailboxNode *parent, const ChildSpec &spec) const
{
    auto node = std::make_unique<MailboxNode>();
    node->parent = parent;
    node->account = parent->account;
    node->path = spec.path;
    node->displayName = spec.path.last();
    if (spec.record) {
        node->exists = true;
        node->record = *spec.record;
        node->specialUse = specialUseOf(*spec.record);
    } else {
        // A parent the server never listed ("a" of "a/b"): its name is the
        // descendant's name cut after this component, so a create or a drop
        // on it names the right mailbox.
        const cache::MailboxRecord &descendant = *spec.descendant;
        node->record.delimiter = descendant.delimiter;
        const QString &name = descendant.name;
        const QString &prefix = accountOf(parent).options.personalPrefix;
        qsizetype keep = spec.path.size();
        if (!prefix.isEmpty() && name.startsWith(prefix, Qt::CaseInsensitive) && !descendant.delimiter.isNull())
            keep += prefix.count(descendant.delimiter) + (prefix.endsWith(descendant.delimiter) ? 0 : 1);
        qsizetype cut = -1;
        for (qsizetype component = 0; component < keep; ++component) {
            cut = name.indexOf(descendant.delimiter, cut + 1);
            if (cut < 0)
                break;
        }
        node->record.name = cut < 0 ? name : name.left(cut);
        node->record.attributes = { QStringLiteral("\\Noselect"), QStringLiteral("\\HasChildren") };
    }
    return node;
}

bool MailboxTreeModel::sameContent(const MailboxNode &a, const MailboxNode &b)
{
    return a.exists == b.exists && a.record == b.record && a.displayName == b.displayName;
}

// --- keeping the loaded tree in step with the cache

void MailboxTreeModel::onMailboxesChanged(int account)
{
    if (account < 0)
        return;
    reloadRecords(*m_accounts[std::size_t(account)]);
    updateChildren(m_root.children[std::size_t(account)].get());
}

void MailboxTreeModel::updateChildren(MailboxNode *node)
{
    if (!node->childrenLoaded)
        return;
    const std::vector<ChildSpec> specs = sortedChildSpecs(node);
    const QModelIndex parentIndex = indexOfNode(node);
    const auto specFor = [&specs](const QStringList &path) -> const ChildSpec * {
        for (const ChildSpec &spec : specs) {
            if (spec.path == path)
                return &spec;
        }
        return nullptr;
    };

    // Gone first, bottom up.
    for (int row = int(node->children.size()) - 1; row >= 0; --row) {
        if (specFor(node->children[std::size_t(row)]->path))
            continue;
        beginRemoveRows(parentIndex, row, row);
        node->children.erase(node->children.begin() + row);
        endRemoveRows();
    }
    // Then changed and new ones, each new one at its sorted place.
    for (const ChildSpec &spec : specs) {
        std::unique_ptr<MailboxNode> fresh = makeNode(node, spec);
        auto existing = std::find_if(node->children.begin(), node->children.end(),
            [&spec](const auto &child) { return child->path == spec.path; });
        if (existing != node->children.end()) {
            MailboxNode &current = **existing;
            if (!sameContent(current, *fresh)) {
                current.exists = fresh->exists;
                current.record = fresh->record;
                current.specialUse = fresh->specialUse;
                const QModelIndex changed = indexOfNode(&current);
                Q_EMIT dataChanged(changed, changed);
            }
            continue;
        }
        const auto position = std::find_if(node->children.begin(), node->children.end(), [&](const auto &child) {
            return sortsBefore(fresh->specialUse, fresh->displayName, child->specialUse, child->displayName);
        });
        const int row = int(position - node->children.begin());
        beginInsertRows(parentIndex, row, row);
        node->children.insert(node->children.begin() + row, std::move(fresh));
        endInsertRows();
    }
    for (const auto &child : node->children)
        updateChildren(child.get());
}

MailboxNode *MailboxTreeModel::findNode(MailboxNode *node, const QString &fullName, bool existing) const
{
    for (const auto &child : node->children) {
        if ((child->exists || !existing) && child->record.name == fullName)
            return child.get();
        if (MailboxNode *found = findNode(child.get(), fullName, existing))
            return found;
    }
    return nullptr;
}

QModelIndex MailboxTreeModel::indexOfMailbox(const sync::MailEngine *engine, const QString &fullName) const
{
    for (std::size_t i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts[i]->engine == engine)
            return indexOfNode(findNode(m_root.children[i].get(), fullName));
    }
    return {};
}

void MailboxTreeModel::onMailboxChanged(const sync::MailEngine *engine, const QString &name)
{
    // Counts and sync state live in the cache row; refresh it for this node.
    for (std::size_t i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts[i]->engine != engine)
            continue;
        MailboxNode *node = findNode(m_root.children[i].get(), name);
        if (!node)
            return;
        if (auto record = engine->cache()->mailbox(name); record && record->has_value())
            node->record = **record;
        const QModelIndex changed = indexOfNode(node);
        Q_EMIT dataChanged(changed, changed);
        return;
    }
}

// --- roles

QVariant MailboxTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const MailboxNode *node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
    case MailboxDisplayNameRole:
        return node->displayName;
    case MailboxFullNameRole:
        return node->isAccount() ? QString() : node->record.name;
    case MailboxSpecialUseRole:
        return int(node->specialUse);
    case MailboxSubscribedRole:
        return node->exists && node->record.subscribed;
    case MailboxUnreadRole:
        return int(node->record.state.unseen);
    case MailboxTotalRole:
        return int(node->record.state.messages);
    case MailboxSyncStateRole: {
        const sync::MailEngine *engine = accountOf(node).engine;
        return int(node->exists && engine ? engine->syncState(node->record.name) : sync::SyncState::NotSynced);
    }
    case MailboxSelectableRole:
        return node->selectable();
    case MailboxIsAccountRole:
        return node->isAccount();
    case MailboxAttributesRole:
        return node->record.attributes;
    case MailboxExistsRole:
        return node->exists;
    default:
        return {};
    }
}

bool MailboxTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const MailboxNode *node = nodeOf(index);
    if (role != MailboxSubscribedRole || !index.isValid() || !node->exists)
        return false;
    sync::MailEngine *engine = accountOf(node).engine;
    if (!engine)
        return false;
    // The node changes when the engine's answer reaches the cache.
    engine->setSubscribed(node->record.name, value.toBool());
    return true;
}

Qt::ItemFlags MailboxTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const MailboxNode *node = nodeOf(index);
    Qt::ItemFlags result = Qt::ItemIsEnabled;
    if (node->selectable())
        result |= Qt::ItemIsSelectable | Qt::ItemIsDropEnabled;
    return result;
}

QHash<int, QByteArray> MailboxTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(MailboxDisplayNameRole, "displayName");
    names.insert(MailboxFullNameRole, "fullName");
    names.insert(MailboxSpecialUseRole, "specialUse");
    names.insert(MailboxSubscribedRole, "subscribed");
    names.insert(MailboxUnreadRole, "unread");
    names.insert(MailboxTotalRole, "total");
    names.insert(MailboxSyncStateRole, "syncState");
    names.insert(MailboxSelectableRole, "selectable");
    return names;
}

// --- requests

QChar MailboxTreeModel::delimiterOf(const MailboxNode *node) const
{
    if (!node->isAccount() && !node->record.delimiter.isNull())
        return node->record.delimiter;
    for (const cache::MailboxRecord &record : std::as_const(accountOf(node).records)) {
        if (!record.delimiter.isNull())
            return record.delimiter;
    }
    return QLatin1Char('/');
}

QString MailboxTreeModel::fullNameFor(const MailboxNode *parent, const QString &leafName) const
{
    if (parent->isAccount())
        return accountOf(parent).options.personalPrefix + leafName;
    return parent->record.name + delimiterOf(parent) + leafName;
}

void MailboxTreeModel::createMailbox(const QModelIndex &parent, const QString &leafName)
{
    const MailboxNode *node = nodeOf(parent);
    if (node == &m_root || leafName.isEmpty() || node->noInferiors())
        return;
    if (sync::MailEngine *engine = accountOf(node).engine)
        engine->createMailbox(fullNameFor(node, leafName));
}

void MailboxTreeModel::renameMailbox(const QModelIndex &index, const QString &newLeafName)
{
    const MailboxNode *node = nodeOf(index);
    if (!index.isValid() || !node->exists || newLeafName.isEmpty())
        return;
    if (sync::MailEngine *engine = accountOf(node).engine)
        engine->renameMailbox(node->record.name, fullNameFor(node->parent, newLeafName));
}

void MailboxTreeModel::deleteMailbox(const QModelIndex &index)
{
    const MailboxNode *node = nodeOf(index);
    if (!index.isValid() || !node->exists)
        return;
    if (sync::MailEngine *engine = accountOf(node).engine)
        engine->deleteMailbox(node->record.name);
}

} // namespace quire::model
