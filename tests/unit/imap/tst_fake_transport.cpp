// The scripted-test double itself: what the test pushes the client reads,
// what the client writes the test takes, and STARTTLS drops unread input.

#include "tests/support/FakeTransport.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

namespace quire::test {
namespace {

TEST(FakeTransport, PushedBytesAreRead)
{
    FakeTransport transport;
    QSignalSpy readyRead(&transport, &imap::Transport::readyRead);
    transport.pushServerBytes("* OK hi\r\n");
    EXPECT_EQ(readyRead.size(), 1);
    EXPECT_EQ(transport.read(), "* OK hi\r\n");
    EXPECT_TRUE(transport.read().isEmpty());
}

TEST(FakeTransport, WrittenBytesAreTaken)
{
    FakeTransport transport;
    transport.write("A1 ");
    transport.write("NOOP\r\n");
    EXPECT_EQ(transport.takeWritten(), "A1 NOOP\r\n");
    EXPECT_TRUE(transport.takeWritten().isEmpty());
    EXPECT_EQ(transport.allWritten(), "A1 NOOP\r\n");
}

TEST(FakeTransport, StartTlsDiscardsUnreadInput)
{
    FakeTransport transport;
    QSignalSpy encrypted(&transport, &imap::Transport::encrypted);
    transport.pushServerBytes("* OK injected\r\n");
    transport.startTls();
    EXPECT_EQ(encrypted.size(), 1);
    EXPECT_TRUE(transport.isEncrypted());
    EXPECT_EQ(transport.discardedBytes(), 15);
    EXPECT_TRUE(transport.read().isEmpty());
}

TEST(FakeTransport, DroppedConnectionReportsRemoteClosed)
{
    FakeTransport transport;
    QSignalSpy errors(&transport, &imap::Transport::errorOccurred);
    QSignalSpy disconnected(&transport, &imap::Transport::disconnected);
    transport.connectToServer();
    transport.dropConnection();
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors.front().front().value<imap::TransportError>().kind, imap::TransportErrorKind::RemoteClosed);
    EXPECT_EQ(disconnected.size(), 1);
}

} // namespace
} // namespace quire::test
