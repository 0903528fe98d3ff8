#include "tests/support/ScenarioRunner.h"

#include "core/imap/tasks/SelectedTasks.h"

#include <QTest>

namespace quire::test {

std::string printable(QByteArrayView bytes)
{
    std::string out;
    for (char c : bytes) {
        if (c == '\r')
            out += "\\r";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

imap::SessionConfig ScenarioRunner::defaultConfig()
{
    imap::SessionConfig config;
    config.commandTimeout = std::chrono::milliseconds(0);
    config.keepAliveInterval = std::chrono::milliseconds(0);
    return config;
}

ScenarioRunner::ScenarioRunner(imap::SessionConfig config)
{
    auto transport = std::make_unique<FakeTransport>();
    m_transport = transport.get();
    m_session = std::make_unique<imap::Session>(std::move(transport), std::move(config));
    QObject::connect(m_session.get(), &imap::Session::protocolViolation,
        [this](const imap::ProtocolViolation &violation) { m_violations.append(violation); });
    QObject::connect(m_session.get(), &imap::Session::unsolicitedResponse,
        [this](const imap::Response &response) { m_unsolicited.append(response); });
    QObject::connect(m_session.get(), &imap::Session::alert, [this](const QString &text) { m_alerts.append(text); });
    QObject::connect(
        m_session.get(), &imap::Session::protocolLog, [this](imap::LogDirection direction, const QByteArray &bytes) {
            m_log += (direction == imap::LogDirection::Sent ? "C: " : "S: ") + bytes;
        });
}

ScenarioRunner::~ScenarioRunner() = default;

std::string ScenarioRunner::expectClient(const QByteArray &expected)
{
    QByteArray written = m_transport->takeWritten();
    if (written.size() < expected.size() && expected.startsWith(written)) {
        // Some steps (COMPRESS, queued events) complete on the event loop.
        (void)QTest::qWaitFor(
            [&] {
                written += m_transport->takeWritten();
                return written.size() >= expected.size();
            },
            2000);
    }
    if (written == expected)
        return {};
    return "client wrote\n  [" + printable(written) + "]\nexpected\n  [" + printable(expected) + "]";
}

std::string ScenarioRunner::play(QByteArrayView script)
{
    QByteArray pendingServer;
    QByteArray pendingClient;
    const auto flushServer = [&] {
        if (!pendingServer.isEmpty())
            m_transport->pushServerBytes(std::exchange(pendingServer, {}));
    };
    const auto flushClient = [&]() -> std::string {
        if (pendingClient.isEmpty())
            return {};
        return expectClient(std::exchange(pendingClient, {}));
    };
    for (QByteArrayView line : QByteArray(script.toByteArray()).split('\n')) {
        const QByteArray text = line.trimmed().toByteArray();
        if (text.isEmpty() || text.startsWith('#'))
            continue;
        const QByteArray kind = text.left(3);
        const QByteArray rest = text.mid(3);
        if (kind == "C: " || text == "C:") {
            flushServer();
            pendingClient += rest + "\r\n";
        } else if (kind == "S: " || text == "S:") {
            if (std::string error = flushClient(); !error.empty())
                return error;
            pendingServer += rest + "\r\n";
        } else if (text == "S! DROP") {
            if (std::string error = flushClient(); !error.empty())
                return error;
            flushServer();
            m_transport->dropConnection();
        } else {
            return "bad script line: " + text.toStdString();
        }
    }
    flushServer();
    return flushClient();
}

std::string ScenarioRunner::finish()
{
    QCoreApplication::processEvents(QEventLoop::AllEvents, 0);
    const QByteArray extra = m_transport->takeWritten();
    if (extra.isEmpty())
        return {};
    return "client wrote more than the script expected: [" + printable(extra) + "]";
}

std::string ScenarioRunner::openPreauthenticated(const QByteArray &capabilities)
{
    m_session->open();
    return play("S: * PREAUTH [CAPABILITY IMAP4rev1 " + capabilities + "] ready");
}

std::string ScenarioRunner::openWithInbox(const QByteArray &capabilities, quint32 exists)
{
    if (std::string error = openPreauthenticated(capabilities); !error.empty())
        return error;
    auto *select = new imap::SelectTask(imap::Select { QStringLiteral("INBOX") }, m_session.get());
    m_session->start(select);
    QByteArray script = "C: A1 SELECT INBOX\nS: * " + QByteArray::number(exists)
        + " EXISTS\nS: * OK [UIDVALIDITY 7] ok\nS: * OK [UIDNEXT " + QByteArray::number(exists * 10 + 10) + "] ok\n";
    for (quint32 seq = 1; seq <= exists; ++seq)
        script += "S: * " + QByteArray::number(seq) + " FETCH (UID " + QByteArray::number(seq * 10) + ")\n";
    script += "S: A1 OK [READ-WRITE] selected\n";
    if (std::string error = play(script); !error.empty())
        return error;
    // With a handling slice the answer is handled from the event loop.
    (void)QTest::qWaitFor([select] { return select->outcome() != imap::Task::Outcome::Pending; }, 2000);
    m_unsolicited.clear(); // the FETCHes above are the set-up's, not the test's
    if (select->outcome() != imap::Task::Outcome::Succeeded)
        return "SELECT INBOX did not succeed";
    return {};
}

} // namespace quire::test
