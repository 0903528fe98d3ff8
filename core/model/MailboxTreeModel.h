#pragma once

// The folder tree: one top-level node per account, below it the account's
// mailboxes as the cache has them (so it works offline). A node's children
// are built when the view first expands it (canFetchMore/fetchMore). When
// online and no LIST of this session covered the node's level (the engine
// may have listed only the top level of a server with thousands of
// folders), fetchMore also asks the engine to LIST that level; \HasNoChildren
// and \NoInferiors nodes are never asked about. When the engine reports
// mailboxesChanged, the loaded part of the tree is compared with the cache
// and changed with precise insert/remove/dataChanged signals.
//
// Create, rename, delete and (un)subscribe are requests to the engine; the
// tree changes when the engine's answer reaches the cache.

#include "core/model/MailboxTreeNodes.h"
#include "core/sync/MailEngine.h"

#include <QAbstractItemModel>
#include <QPointer>

namespace quire::model {

class MailboxTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    struct AccountOptions {
        QString displayName; // shown on the account node
        QString personalPrefix; // NAMESPACE personal prefix, e.g. "INBOX." (stripped for display)
    };

    explicit MailboxTreeModel(QObject *parent = nullptr);
    ~MailboxTreeModel() override;

    // Returns the account's row.
    int addAccount(sync::MailEngine *engine, const AccountOptions &options);
    void removeAccount(int row);
    int accountCount() const { return int(m_root.children.size()); }
    sync::MailEngine *engineFor(const QModelIndex &index) const;
    // The loaded node showing `fullName`, or an invalid index.
    QModelIndex indexOfMailbox(const sync::MailEngine *engine, const QString &fullName) const;

    // Requests to the engine.
    void createMailbox(const QModelIndex &parent, const QString &leafName);
    void renameMailbox(const QModelIndex &index, const QString &newLeafName);
    void deleteMailbox(const QModelIndex &index);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const override;
    bool dropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

private:
    struct Account {
        QPointer<sync::MailEngine> engine;
        AccountOptions options;
        QList<cache::MailboxRecord> records;
        std::vector<QStringList> paths; // displayPath of each record
        QList<QMetaObject::Connection> connections;
    };

    MailboxNode *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOfNode(const MailboxNode *node) const;
    Account &accountOf(const MailboxNode *node) const;
    void reloadRecords(Account &account);
    std::vector<ChildSpec> sortedChildSpecs(const MailboxNode *node) const;
    std::unique_ptr<MailboxNode> makeNode(MailboxNode *parent, const ChildSpec &spec) const;
    static bool sameContent(const MailboxNode &a, const MailboxNode &b);
    void updateChildren(MailboxNode *node);
    void onMailboxesChanged(int account);
    void onMailboxChanged(const sync::MailEngine *engine, const QString &name);
    // The loaded node of this full name; with !existing also a synthesised parent.
    MailboxNode *findNode(MailboxNode *node, const QString &fullName, bool existing = true) const;
    bool awaitsListing(const MailboxNode *node) const;
    void onChildrenListed(int account, const QString &parent, bool ok);
    void onConnectionStateChanged(int account, sync::ConnectionState state);
    static void clearListing(MailboxNode *node);
    QString fullNameFor(const MailboxNode *parent, const QString &leafName) const;
    QChar delimiterOf(const MailboxNode *node) const;

    MailboxNode m_root; // invisible; its children are the account nodes
    std::vector<std::unique_ptr<Account>> m_accounts;
};

} // namespace quire::model
