#pragma once

// Drives a real Session against a scripted server. A script is lines of
//
//     C: A1 LOGIN alice secret     what the client must have written (CRLF added)
//     S: * OK [ALERT] hello        what the server answers (CRLF added)
//     S! DROP                      the server drops the connection
//     # comment, or blank
//
// Consecutive S: lines go out as one read, consecutive C: lines are
// compared as one block, byte for byte. play() runs a script to its end
// and returns "" or a description of the first mismatch; finish() checks
// that the client wrote nothing the scripts did not expect.

#include "core/imap/session/Session.h"
#include "tests/support/FakeTransport.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <memory>
#include <string>

namespace quire::test {

class ScenarioRunner
{
public:
    explicit ScenarioRunner(imap::SessionConfig config = defaultConfig());
    ~ScenarioRunner();

    // Short timeouts would fire while a test is being debugged; scenarios
    // that test timeouts set their own.
    static imap::SessionConfig defaultConfig();

    imap::Session &session() { return *m_session; }
    FakeTransport &transport() { return *m_transport; }

    [[nodiscard]] std::string play(QByteArrayView script);
    [[nodiscard]] std::string finish();

    // Opens the session and answers with a PREAUTH greeting advertising
    // capabilities, so the session is Authenticated without a login.
    [[nodiscard]] std::string openPreauthenticated(const QByteArray &capabilities);
    // The same, then SELECT INBOX (tag A1) with exists messages whose UIDs
    // are 10, 20, 30, ... learnt from a FETCH in the script.
    [[nodiscard]] std::string openWithInbox(const QByteArray &capabilities, quint32 exists);

    const QList<imap::ProtocolViolation> &violations() const { return m_violations; }
    const QList<imap::Response> &unsolicited() const { return m_unsolicited; }
    const QStringList &alerts() const { return m_alerts; }
    const QByteArray &log() const { return m_log; }

private:
    std::string expectClient(const QByteArray &expected);

    FakeTransport *m_transport;
    std::unique_ptr<imap::Session> m_session;
    QList<imap::ProtocolViolation> m_violations;
    QList<imap::Response> m_unsolicited;
    QStringList m_alerts;
    QByteArray m_log;
};

// "A1 OK\r\n" -> "A1 OK\\r\\n", for readable failure messages.
std::string printable(QByteArrayView bytes);

} // namespace quire::test
