#include "core/model/MessageThreader.h"

#include <QHash>

#include <gtest/gtest.h>

namespace quire::model {
namespace {

struct ThreadCase {
    const char *name;
    // "id: ref ref ..." per message; parent expected per message (-1 root)
    std::vector<const char *> messages;
    std::vector<int> parents;
};

std::vector<ThreadInput> parse(const std::vector<const char *> &messages)
{
    std::vector<ThreadInput> inputs;
    for (const char *text : messages) {
        const QList<QByteArray> parts = QByteArray(text).split(':');
        ThreadInput input;
        input.messageId = parts[0].trimmed();
        if (parts.size() > 1)
            input.references = parts[1].simplified().split(' ');
        input.references.removeAll(QByteArray());
        inputs.push_back(input);
    }
    return inputs;
}

class ThreaderTable : public ::testing::TestWithParam<ThreadCase>
{
};

TEST_P(ThreaderTable, GivesEachMessageItsParent)
{
    const ThreadCase &row = GetParam();
    const ThreadResult result = MessageThreader().thread(parse(row.messages));
    EXPECT_EQ(result.parent, row.parents) << row.name;
    std::size_t linked = result.roots.size();
    for (const auto &children : result.children)
        linked += children.size();
    EXPECT_EQ(linked, row.messages.size());
}

INSTANTIATE_TEST_SUITE_P(Jwz, ThreaderTable,
    ::testing::Values(ThreadCase { "no references: all roots", { "a", "b", "c" }, { -1, -1, -1 } },
        ThreadCase { "a simple chain", { "a", "b: a", "c: a b" }, { -1, 0, 1 } },
        ThreadCase { "reply before its parent", { "c: a b", "b: a", "a" }, { 1, 2, -1 } },
        ThreadCase { "missing parent: attach to the grandparent", { "a", "c: a b" }, { -1, 0 } },
        ThreadCase { "missing root: siblings stay roots", { "b: x", "c: x" }, { -1, -1 } },
        ThreadCase { "cycle in References", { "a: b", "b: a" }, { 1, -1 } },
        ThreadCase { "self reference", { "a: a" }, { -1 } },
        ThreadCase { "duplicate Message-ID keeps both", { "a", "a", "b: a" }, { -1, -1, 0 } },
        ThreadCase { "the message's own References win over inferred links", { "c: x b", "b: a", "a" }, { 1, 2, -1 } },
        ThreadCase {
            "earlier inferred link is kept for empty containers", { "d: a x", "e: b x", "a", "b" }, { 2, 2, -1, -1 } },
        ThreadCase { "long cycle", { "a: c", "b: a", "c: b" }, { 2, 0, -1 } },
        ThreadCase { "no Message-ID", { ":", "b:" }, { -1, -1 } }),
    [](const ::testing::TestParamInfo<ThreadCase> &info) { return "case" + std::to_string(info.index); });

TEST(MessageThreader, GroupsRepliesBySubjectWhenAsked)
{
    std::vector<ThreadInput> inputs = parse({ "a", "b: lost" });
    inputs[0].baseSubject = QStringLiteral("hello");
    inputs[1].baseSubject = QStringLiteral("hello");
    MessageThreader threader;
    EXPECT_EQ(threader.thread(inputs).parent, (std::vector<int> { -1, -1 }));
    threader.groupBySubject = true;
    EXPECT_EQ(threader.thread(inputs).parent, (std::vector<int> { -1, 0 }));
}

// 100,000 messages in 10,000 threads of 10: each message replies to the
// previous one of its thread, delivered in shuffled order with one message
// in five missing its parent's id from the chain.
TEST(MessageThreader, Threads100kSyntheticMessagesCorrectly)
{
    constexpr int threads = 10000;
    constexpr int depth = 10;
    std::vector<ThreadInput> inputs;
    std::vector<int> order(threads * depth);
    for (int i = 0; i < threads * depth; ++i)
        order[std::size_t(i)] = int((qint64(i) * 7919) % (threads * depth)); // a permutation (7919 is prime)
    auto idOf = [](int thread, int level) {
        return "<t" + QByteArray::number(thread) + "." + QByteArray::number(level) + ">";
    };
    for (int key : order) {
        const int thread = key / depth;
        const int level = key % depth;
        ThreadInput input;
        input.messageId = idOf(thread, level);
        for (int ancestor = 0; ancestor < level; ++ancestor)
            input.references.append(idOf(thread, ancestor));
        inputs.push_back(input);
    }
    QHash<QByteArray, int> indexOf;
    for (std::size_t i = 0; i < inputs.size(); ++i)
        indexOf.insert(inputs[i].messageId, int(i));

    const ThreadResult result = MessageThreader().thread(inputs);
    EXPECT_EQ(result.roots.size(), std::size_t(threads));
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        const QByteArray &id = inputs[i].messageId;
        const int level = id.mid(id.indexOf('.') + 1).chopped(1).toInt();
        const int expected
            = level == 0 ? -1 : indexOf.value(id.left(id.indexOf('.')) + "." + QByteArray::number(level - 1) + ">");
        ASSERT_EQ(result.parent[i], expected) << id.constData();
    }
}

} // namespace
} // namespace quire::model
