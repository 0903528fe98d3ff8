// ByteQueue: the session's received bytes, waiting to be parsed.

#include "core/imap/session/ByteQueue.h"

#include <QList>

#include <gtest/gtest.h>

namespace quire::imap {
namespace {

QByteArray drain(ByteQueue &queue, qsizetype chunk, QList<qsizetype> *sizes = nullptr)
{
    QByteArray out;
    while (!queue.isEmpty()) {
        const QByteArrayView piece = queue.front(chunk);
        if (sizes)
            sizes->append(piece.size());
        out += piece;
        queue.pop(piece.size());
    }
    return out;
}

TEST(ByteQueue, GivesTheBytesBackInOrderInPiecesNoLargerThanAsked)
{
    ByteQueue queue;
    EXPECT_TRUE(queue.isEmpty());
    queue.append("abcdefg");
    queue.append(QByteArray());
    queue.append("hij");
    QList<qsizetype> sizes;
    EXPECT_EQ(drain(queue, 3, &sizes), "abcdefghij");
    // A piece never spans two reads.
    EXPECT_EQ(sizes, (QList<qsizetype> { 3, 3, 1, 3 }));
    EXPECT_TRUE(queue.isEmpty());
}

TEST(ByteQueue, TakeAllStartsWhereParsingStopped)
{
    ByteQueue queue;
    queue.append("* OK one\r\n");
    queue.append("* OK two\r\n");
    queue.pop(queue.front(4).size());
    EXPECT_EQ(queue.takeAll(), " one\r\n* OK two\r\n");
    EXPECT_TRUE(queue.isEmpty());
    EXPECT_EQ(queue.takeAll(), QByteArray());
    queue.append("x");
    EXPECT_EQ(drain(queue, 64), "x");
}

} // namespace
} // namespace quire::imap
