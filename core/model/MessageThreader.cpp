#include "core/model/MessageThreader.h"

#include "core/model/MessageRow.h"

#include <QHash>

namespace quire::model {

namespace {

// One container per Message-ID seen anywhere; `message` is -1 for ids only
// known from References.
struct Container {
    int message = -1;
    int parent = -1; // container index
};

class ContainerTable
{
public:
    explicit ContainerTable(qsizetype expected) { m_byId.reserve(expected * 2); }

    int forId(const QByteArray &id)
    {
        auto it = m_byId.constFind(id);
        if (it != m_byId.constEnd())
            return it.value();
        const int index = add();
        m_byId.insert(id, index);
        return index;
    }
    // A container no id maps to: for messages without a Message-ID and for
    // the second message claiming an id already taken.
    int add()
    {
        containers.push_back({});
        return int(containers.size() - 1);
    }
    bool isAncestor(int ancestor, int container) const
    {
        // Walks at most the depth of the tree, which link() keeps acyclic.
        for (int current = container; current >= 0; current = containers[std::size_t(current)].parent) {
            if (current == ancestor)
                return true;
        }
        return false;
    }
    // Makes `parent` the parent of `child` unless that would close a loop.
    bool link(int parent, int child)
    {
        if (parent == child || isAncestor(child, parent))
            return false;
        containers[std::size_t(child)].parent = parent;
        return true;
    }

    std::vector<Container> containers;

private:
    QHash<QByteArray, int> m_byId;
};

} // namespace

ThreadResult MessageThreader::thread(const std::vector<ThreadInput> &messages) const
{
    const int count = int(messages.size());
    ContainerTable table(count);
    std::vector<int> containerOf(std::size_t(count), -1);

    for (int i = 0; i < count; ++i) {
        const ThreadInput &input = messages[std::size_t(i)];
        int own = input.messageId.isEmpty() ? table.add() : table.forId(input.messageId);
        if (table.containers[std::size_t(own)].message >= 0)
            own = table.add(); // duplicate Message-ID: keep both messages
        table.containers[std::size_t(own)].message = i;
        containerOf[std::size_t(i)] = own;

        // Link the References chain, keeping links made earlier (the first
        // message to claim a relationship wins, as in the paper).
        int previous = -1;
        for (const QByteArray &reference : input.references) {
            if (reference.isEmpty() || reference == input.messageId)
                continue;
            const int container = table.forId(reference);
            if (previous >= 0 && table.containers[std::size_t(container)].parent < 0)
                table.link(previous, container);
            previous = container;
        }
        // The message's own last reference is authoritative for its parent.
        // A link that would close a loop is dropped and the earlier one kept.
        if (previous >= 0)
            table.link(previous, own);
        else
            table.containers[std::size_t(own)].parent = -1;
    }

    ThreadResult result;
    result.parent.assign(std::size_t(count), -1);
    result.children.resize(std::size_t(count));
    for (int i = 0; i < count; ++i) {
        // The nearest ancestor that holds a message: empty containers are pruned.
        int ancestor = table.containers[std::size_t(containerOf[std::size_t(i)])].parent;
        while (ancestor >= 0 && table.containers[std::size_t(ancestor)].message < 0)
            ancestor = table.containers[std::size_t(ancestor)].parent;
        result.parent[std::size_t(i)] = ancestor >= 0 ? table.containers[std::size_t(ancestor)].message : -1;
    }

    if (groupBySubject) {
        // A root that is a reply joins the earliest root with the same subject.
        QHash<QString, int> firstRootBySubject;
        for (int i = 0; i < count; ++i) {
            const ThreadInput &input = messages[std::size_t(i)];
            if (result.parent[std::size_t(i)] >= 0 || input.baseSubject.isEmpty())
                continue;
            auto it = firstRootBySubject.constFind(input.baseSubject);
            if (it == firstRootBySubject.constEnd())
                firstRootBySubject.insert(input.baseSubject, i);
            else if (!input.references.isEmpty())
                result.parent[std::size_t(i)] = it.value();
        }
    }

    for (int i = 0; i < count; ++i) {
        const int parent = result.parent[std::size_t(i)];
        if (parent < 0)
            result.roots.push_back(i);
        else
            result.children[std::size_t(parent)].push_back(i);
    }
    return result;
}

ThreadInput MessageThreader::inputFor(const MessageRows &rows, qsizetype index)
{
    const MessageRow &row = rows.at(index);
    ThreadInput input;
    input.messageId = rows.bytes(row.messageId);
    input.references = rows.references(row);
    const QByteArray &inReplyTo = rows.bytes(row.inReplyTo);
    if (!inReplyTo.isEmpty() && (input.references.isEmpty() || input.references.last() != inReplyTo))
        input.references.append(inReplyTo);
    input.baseSubject = rows.text(row.baseSubject);
    return input;
}

std::vector<ThreadInput> MessageThreader::inputsFrom(const MessageRows &rows)
{
    std::vector<ThreadInput> inputs;
    inputs.reserve(std::size_t(rows.size()));
    for (qsizetype i = 0; i < rows.size(); ++i)
        inputs.push_back(inputFor(rows, i));
    return inputs;
}

} // namespace quire::model
