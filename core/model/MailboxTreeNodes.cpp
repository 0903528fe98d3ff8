#include "core/model/MailboxTreeNodes.h"

#include "core/imap/commands/ModifiedUtf7.h"

#include <QHash>

namespace quire::model {

namespace {

bool hasAttribute(const cache::MailboxRecord &record, QLatin1StringView attribute)
{
    for (const QString &value : record.attributes) {
        if (value.compare(attribute, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isInbox(const QString &name)
{
    return name.compare(QLatin1StringView("INBOX"), Qt::CaseInsensitive) == 0;
}

bool startsWith(const QStringList &path, const QStringList &prefix)
{
    if (path.size() <= prefix.size())
        return false;
    for (qsizetype i = 0; i < prefix.size(); ++i) {
        if (path[i] != prefix[i])
            return false;
    }
    return true;
}

} // namespace

SpecialUse specialUseFromAttribute(const QString &attribute)
{
    static const QHash<QString, SpecialUse> uses = {
        { QStringLiteral("\\drafts"), SpecialUse::Drafts },
        { QStringLiteral("\\sent"), SpecialUse::Sent },
        { QStringLiteral("\\trash"), SpecialUse::Trash },
        { QStringLiteral("\\junk"), SpecialUse::Junk },
        { QStringLiteral("\\archive"), SpecialUse::Archive },
        { QStringLiteral("\\all"), SpecialUse::All },
        { QStringLiteral("\\flagged"), SpecialUse::Flagged },
    };
    return uses.value(attribute.trimmed().toLower(), SpecialUse::None);
}

SpecialUse specialUseOf(const cache::MailboxRecord &record)
{
    if (isInbox(record.name))
        return SpecialUse::Inbox;
    // Servers report special use either separately or among the LIST attributes.
    for (const QString &use : record.specialUse.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (const SpecialUse value = specialUseFromAttribute(use); value != SpecialUse::None)
            return value;
    }
    for (const QString &attribute : record.attributes) {
        if (const SpecialUse value = specialUseFromAttribute(attribute); value != SpecialUse::None)
            return value;
    }
    return SpecialUse::None;
}

QStringList displayPath(const cache::MailboxRecord &record, const QString &personalPrefix)
{
    QString name = record.name.isEmpty() ? imap::decodeMailboxName(record.rawName) : record.name;
    if (isInbox(name))
        return { QStringLiteral("INBOX") };
    if (!personalPrefix.isEmpty() && name.startsWith(personalPrefix, Qt::CaseInsensitive)
        && name.size() > personalPrefix.size())
        name = name.mid(personalPrefix.size());
    if (record.delimiter.isNull())
        return { name };
    QStringList path = name.split(record.delimiter);
    // "a//b" or a trailing delimiter would make empty components; keep them
    // out of the tree (the full name still reaches the server unchanged).
    path.removeAll(QString());
    if (path.isEmpty())
        path = QStringList { name };
    return path;
}

bool sortsBefore(SpecialUse leftUse, const QString &leftName, SpecialUse rightUse, const QString &rightName)
{
    if (leftUse != rightUse) {
        if (leftUse == SpecialUse::None || rightUse == SpecialUse::None)
            return rightUse == SpecialUse::None;
        return int(leftUse) < int(rightUse);
    }
    const int order = leftName.compare(rightName, Qt::CaseInsensitive);
    return order != 0 ? order < 0 : leftName < rightName;
}

bool MailboxNode::selectable() const
{
    return exists && !hasAttribute(record, QLatin1StringView("\\Noselect"))
        && !hasAttribute(record, QLatin1StringView("\\NonExistent"));
}

bool MailboxNode::noInferiors() const
{
    return exists && hasAttribute(record, QLatin1StringView("\\NoInferiors"));
}

bool MailboxNode::hasNoChildren() const
{
    return noInferiors() || (exists && hasAttribute(record, QLatin1StringView("\\HasNoChildren")));
}

std::vector<ChildSpec> childrenOf(
    const QStringList &path, const QList<cache::MailboxRecord> &records, const std::vector<QStringList> &paths)
{
    std::vector<ChildSpec> children;
    QHash<QString, std::size_t> byComponent;
    for (qsizetype i = 0; i < records.size(); ++i) {
        const QStringList &candidate = paths[std::size_t(i)];
        if (!startsWith(candidate, path))
            continue;
        const QString &component = candidate[path.size()];
        const bool direct = candidate.size() == path.size() + 1;
        auto it = byComponent.constFind(component);
        if (it == byComponent.constEnd()) {
            byComponent.insert(component, children.size());
            children.push_back({ candidate.mid(0, path.size() + 1), direct ? &records[i] : nullptr, &records[i] });
        } else if (direct) {
            children[it.value()].record = &records[i];
        }
    }
    return children;
}

bool mayHaveChildren(const MailboxNode &node, const std::vector<QStringList> &paths)
{
    for (const QStringList &candidate : paths) {
        if (startsWith(candidate, node.path))
            return true;
    }
    // Children the cache does not know are the model's business: it asks
    // the engine to list them when it can (MailboxTreeModel::awaitsListing).
    return false;
}

} // namespace quire::model
