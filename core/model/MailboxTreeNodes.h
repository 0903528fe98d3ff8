#pragma once

// The pieces of MailboxTreeModel that do not need the model: how a cached
// MailboxRecord becomes a path in the displayed tree, and how siblings sort.

#include "core/cache/CacheTypes.h"
#include "core/model/ModelRoles.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace quire::model {

// The path components a mailbox is shown under. The personal namespace prefix
// ("INBOX." on Courier and Cyrus) is stripped so "INBOX.Sent" shows as a
// top-level "Sent"; INBOX itself is always top-level, whatever its case.
QStringList displayPath(const cache::MailboxRecord &record, const QString &personalPrefix);

SpecialUse specialUseOf(const cache::MailboxRecord &record);

// INBOX, then special-use folders (in SpecialUse order), then by name,
// case-insensitively.
bool sortsBefore(SpecialUse leftUse, const QString &leftName, SpecialUse rightUse, const QString &rightName);

struct MailboxNode {
    MailboxNode *parent = nullptr;
    int account = -1; // index into the model's accounts
    QStringList path; // display path; empty for an account node
    QString displayName;
    bool exists = false; // false: an account node, or a parent synthesised from a child's name
    cache::MailboxRecord record; // meaningful when exists
    SpecialUse specialUse = SpecialUse::None;
    bool childrenLoaded = false; // children built from the cache
    bool listing = false; // the engine was asked to LIST the children; no answer yet
    std::vector<std::unique_ptr<MailboxNode>> children;

    bool isAccount() const { return path.isEmpty(); }
    bool selectable() const;
    bool noInferiors() const; // \NoInferiors: no child can ever be created
    bool hasNoChildren() const; // the server says there are none (\HasNoChildren or \NoInferiors)
};

// What one node's children should be, computed from all the account's records:
// every record whose display path extends `path` by one component, plus a
// synthesised entry for a component that only appears deeper down.
struct ChildSpec {
    QStringList path;
    const cache::MailboxRecord *record = nullptr; // null: synthesised
    const cache::MailboxRecord *descendant = nullptr; // a record at or below path, for the delimiter
};
std::vector<ChildSpec> childrenOf(
    const QStringList &path, const QList<cache::MailboxRecord> &records, const std::vector<QStringList> &paths);
// Whether any cached record lies below the node.
bool mayHaveChildren(const MailboxNode &node, const std::vector<QStringList> &paths);

} // namespace quire::model
