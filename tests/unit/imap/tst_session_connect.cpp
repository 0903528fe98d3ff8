// Scenarios for connection set-up: greeting, STARTTLS, login, ENABLE, ID,
// COMPRESS, LOGINDISABLED, and keeping credentials out of the log.

#include "core/Version.h"
#include "core/imap/session/CredentialProvider.h"
#include "core/imap/tasks/ConnectTask.h"
#include "core/imap/tasks/ConnectionTasks.h"
#include "core/imap/transport/DeflateTransport.h"
#include "tests/unit/imap/SessionScenario.h"

using namespace quire::imap;

namespace quire::test {
namespace {

class ConnectScenario : public SessionScenario
{
protected:
    FixedCredentialProvider credentials { { QStringLiteral("alice"), QStringLiteral("s3cret") } };
};

TEST_F(ConnectScenario, GreetingWithCapabilitiesThenLoginEnableIdAndDone)
{
    ConnectOptions options;
    options.authentication = ConnectOptions::Authentication::Login;
    auto *connect = start<ConnectTask>(options, &credentials);
    EXPECT_EQ(runner.transport().connectCount(), 1);
    EXPECT_EQ(runner.session().state(), ConnectionState::Greeting);
    // ID names the client and its version, which comes from the build.
    ASSERT_FALSE(versionString().isEmpty());
    const QByteArray id = "C: A3 ID (\"name\" \"Quire\" \"version\" \"" + versionString().toUtf8() + "\")\n";
    EXPECT_EQ(runner.play(R"(
        S: * OK [CAPABILITY IMAP4rev1 LITERAL+ ID ENABLE] ready
        C: A1 LOGIN alice s3cret
        S: A1 OK [CAPABILITY IMAP4rev1 ID ENABLE CONDSTORE QRESYNC IDLE] logged in
        C: A2 ENABLE CONDSTORE QRESYNC
        S: * ENABLED CONDSTORE QRESYNC
        S: A2 OK enabled
    )" + id + R"(
        S: * ID ("name" "Dovecot")
        S: A3 OK done
    )"),
        "");
    EXPECT_EQ(connect->outcome(), Outcome::Succeeded);
    EXPECT_EQ(finishCount(connect), 1);
    EXPECT_EQ(runner.session().state(), ConnectionState::Authenticated);
    EXPECT_TRUE(runner.session().enabledExtensions().contains("QRESYNC"));
    EXPECT_TRUE(runner.session().hasCapability("IDLE"));
    EXPECT_EQ(runner.finish(), "");
}

TEST_F(ConnectScenario, AsksForCapabilitiesWhenNeitherGreetingNorLoginCarryThem)
{
    auto *connect = start<ConnectTask>(ConnectOptions {}, &credentials);
    EXPECT_EQ(runner.play(R"(
        S: * OK ready
        C: A1 CAPABILITY
        S: * CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR
        S: A1 OK done
        C: A2 AUTHENTICATE PLAIN AGFsaWNlAHMzY3JldA==
        S: A2 OK welcome
        C: A3 CAPABILITY
        S: * CAPABILITY IMAP4rev1 IDLE
        S: A3 OK done
    )"),
        "");
    EXPECT_EQ(connect->outcome(), Outcome::Succeeded);
    EXPECT_TRUE(runner.session().hasCapability("IDLE"));
    EXPECT_FALSE(runner.session().hasCapability("AUTH=PLAIN"));
    EXPECT_EQ(runner.finish(), "");
}

TEST_F(ConnectScenario, StartTlsRefusesPlaintextInjectedAfterBeginTls)
{
    ConnectOptions options;
    options.startTls = true;
    auto *connect = start<ConnectTask>(options, &credentials);
    EXPECT_EQ(runner.play(R"(
        S: * OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] ready
        C: A1 STARTTLS
        S: A1 OK Begin TLS
        S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] injected
    )"),
        "");
    // Someone tampers with the connection: no TLS handshake, no password.
    EXPECT_EQ(runner.transport().startTlsCount(), 0);
    ASSERT_EQ(runner.violations().size(), 1);
    EXPECT_EQ(runner.violations().front().kind, ProtocolViolationKind::DataAfterStartTls);
    EXPECT_EQ(connect->outcome(), Outcome::Failed);
    EXPECT_EQ(errorKind(connect), TaskErrorKind::ProtocolViolation);
    EXPECT_FALSE(runner.transport().allWritten().contains("AUTHENTICATE"));
    EXPECT_FALSE(runner.transport().isOpen());
}

TEST_F(ConnectScenario, StartTlsNotOfferedFailsWithoutFallingBack)
{
    ConnectOptions options;
    options.startTls = true;
    auto *connect = start<ConnectTask>(options, &credentials);
    EXPECT_EQ(runner.play("S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready"), "");
    EXPECT_EQ(connect->outcome(), Outcome::Failed);
    EXPECT_EQ(errorKind(connect), TaskErrorKind::StartTlsUnavailable);
    EXPECT_EQ(finishCount(connect), 1);
    EXPECT_EQ(runner.transport().allWritten(), QByteArray());
    EXPECT_EQ(runner.finish(), "");
}

TEST_F(ConnectScenario, LoginRefusedClientSideUnderLoginDisabled)
{
    runner.session().open();
    EXPECT_EQ(runner.play("S: * OK [CAPABILITY IMAP4rev1 LOGINDISABLED] ready"), "");
    auto *login = start<LoginTask>(QStringLiteral("alice"), QStringLiteral("s3cret"));
    EXPECT_EQ(login->outcome(), Outcome::Failed);
    EXPECT_EQ(errorKind(login), TaskErrorKind::LoginDisabled);
    EXPECT_EQ(finishCount(login), 1);
    EXPECT_EQ(runner.finish(), "");
}

TEST_F(ConnectScenario, LoginNoIsTypedAndCredentialsNeverLogged)
{
    runner.session().open();
    EXPECT_EQ(runner.play("S: * OK [CAPABILITY IMAP4rev1] ready"), "");
    auto *login = start<LoginTask>(QStringLiteral("alice"), QStringLiteral("s3cret"));
    EXPECT_EQ(runner.play(R"(
        C: A1 LOGIN alice s3cret
        S: A1 NO [AUTHENTICATIONFAILED] wrong
    )"),
        "");
    EXPECT_EQ(errorKind(login), TaskErrorKind::No);
    EXPECT_EQ(login->error()->serverText, "wrong");
    EXPECT_EQ(runner.session().state(), ConnectionState::NotAuthenticated);
    EXPECT_FALSE(runner.log().contains("s3cret"));
    EXPECT_TRUE(runner.log().contains("A1 LOGIN <redacted>"));
    EXPECT_EQ(runner.finish(), "");
}

TEST_F(ConnectScenario, GreetingByeFailsTheConnect)
{
    auto *connect = start<ConnectTask>(ConnectOptions {}, &credentials);
    EXPECT_EQ(runner.play("S: * BYE too many connections"), "");
    EXPECT_EQ(errorKind(connect), TaskErrorKind::ServerBye);
    EXPECT_EQ(connect->error()->serverText, "too many connections");
    EXPECT_EQ(runner.session().state(), ConnectionState::Disconnected);
}

TEST_F(ConnectScenario, PreauthSkipsLogin)
{
    auto *connect = start<ConnectTask>(ConnectOptions {}, &credentials);
    EXPECT_EQ(runner.play("S: * PREAUTH [CAPABILITY IMAP4rev1] hi"), "");
    EXPECT_EQ(connect->outcome(), Outcome::Succeeded);
    EXPECT_EQ(runner.finish(), "");
}

TEST_F(ConnectScenario, CompressWrapsTheTransportAfterTheOk)
{
    auto *connect = start<ConnectTask>(ConnectOptions {}, &credentials);
    EXPECT_EQ(runner.play(R"(
        S: * PREAUTH [CAPABILITY IMAP4rev1 COMPRESS=DEFLATE] hi
        C: A1 COMPRESS DEFLATE
        S: A1 OK compressing
    )"),
        "");
    EXPECT_EQ(connect->outcome(), Outcome::Succeeded);
    EXPECT_NE(qobject_cast<DeflateTransport *>(runner.session().transport()), nullptr);
}

// Servers that advertise an extension and then refuse it exist (proxies,
// half-configured Exchange): the connection works without it.
TEST_F(ConnectScenario, RefusedEnableIdAndCompressLeaveAWorkingConnection)
{
    auto *connect = start<ConnectTask>(ConnectOptions {}, &credentials);
    const QByteArray id = "C: A2 ID (\"name\" \"Quire\" \"version\" \"" + versionString().toUtf8() + "\")\n";
    EXPECT_EQ(runner.play(R"(
        S: * PREAUTH [CAPABILITY IMAP4rev1 ENABLE CONDSTORE ID COMPRESS=DEFLATE] hi
        C: A1 ENABLE CONDSTORE
        S: A1 NO not now
    )" + id + R"(
        S: A2 BAD unknown command
        C: A3 COMPRESS DEFLATE
        S: A3 NO [COMPRESSIONACTIVE] already
    )"),
        "");
    EXPECT_EQ(connect->outcome(), Outcome::Succeeded);
    EXPECT_EQ(finishCount(connect), 1);
    EXPECT_TRUE(runner.session().enabledExtensions().isEmpty());
    EXPECT_EQ(qobject_cast<DeflateTransport *>(runner.session().transport()), nullptr);
    EXPECT_EQ(runner.finish(), "");
}

TEST_F(ConnectScenario, ByeDuringEnableStillFailsTheConnect)
{
    auto *connect = start<ConnectTask>(ConnectOptions {}, &credentials);
    EXPECT_EQ(runner.play(R"(
        S: * PREAUTH [CAPABILITY IMAP4rev1 ENABLE CONDSTORE] hi
        C: A1 ENABLE CONDSTORE
        S: * BYE shutting down
    )"),
        "");
    EXPECT_EQ(errorKind(connect), TaskErrorKind::ServerBye);
    EXPECT_EQ(finishCount(connect), 1);
}

TEST_F(ConnectScenario, CapabilityFilterHidesExtensions)
{
    SessionConfig config = ScenarioRunner::defaultConfig();
    config.hiddenCapabilities = { "COMPRESS=DEFLATE", "ID" };
    ScenarioRunner filtered(config);
    filtered.session().open();
    EXPECT_EQ(filtered.play("S: * PREAUTH [CAPABILITY IMAP4rev1 COMPRESS=DEFLATE ID IDLE] hi"), "");
    EXPECT_FALSE(filtered.session().hasCapability("ID"));
    EXPECT_FALSE(filtered.session().hasCapability("COMPRESS=DEFLATE"));
    EXPECT_TRUE(filtered.session().hasCapability("IDLE"));
}

TEST_F(ConnectScenario, CredentialsUnavailableFailsTyped)
{
    struct NoCredentials : CredentialProvider {
        void requestCredentials(std::function<void(std::optional<Credentials>)> reply) override { reply(std::nullopt); }
    } none;
    auto *connect = start<ConnectTask>(ConnectOptions {}, &none);
    EXPECT_EQ(runner.play("S: * OK [CAPABILITY IMAP4rev1] ready"), "");
    EXPECT_EQ(errorKind(connect), TaskErrorKind::CredentialsUnavailable);
    EXPECT_EQ(runner.finish(), "");
}

} // namespace
} // namespace quire::test
