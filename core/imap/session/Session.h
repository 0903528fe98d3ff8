#pragma once

// One IMAP connection: owns the Transport and the ResponseParser, hands out
// tags, pipelines commands under the RFC 3501 5.5 ambiguity rule, keeps the
// connection state, the capabilities and the selected MailboxState, and
// routes every response: tagged replies to the task that owns the tag,
// untagged data to MailboxState first and then to the running tasks, and
// whatever nobody consumed to unsolicitedResponse(). Nothing is dropped.

#include "core/imap/commands/Command.h"
#include "core/imap/parser/Response.h"
#include "core/imap/session/ByteQueue.h"
#include "core/imap/session/Capabilities.h"
#include "core/imap/session/MailboxState.h"
#include "core/imap/session/PipelineRule.h"
#include "core/imap/session/ProtocolViolation.h"
#include "core/imap/session/SessionConfig.h"
#include "core/imap/session/TaskError.h"
#include "core/imap/transport/Transport.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <deque>
#include <memory>
#include <optional>
#include <vector>

namespace quire::imap {

class ResponseParser;
class Task;
using CommandId = quint64;

enum class ConnectionState { Disconnected, Connecting, Greeting, NotAuthenticated, Authenticated, Selected, Logout };

enum class LogDirection { Sent, Received };

class Session : public QObject
{
    Q_OBJECT

public:
    explicit Session(std::unique_ptr<Transport> transport, SessionConfig config = {}, QObject *parent = nullptr);
    ~Session() override;

    // Connects the transport; the greeting moves the state on.
    void open();
    // Drops the connection now (no LOGOUT); every task fails ConnectionLost.
    void abortConnection();

    // Starts a task: it issues its commands, which wait their turn in the
    // pipeline. The session does not own the task.
    void start(Task *task);
    // Sends the commands written so far now rather than at the next turn of
    // the event loop, so that the server works on them while the caller
    // does local work (a sync writing the cache).
    void flushOutput();
    // Stops handling what the server sends until resumeInput(): it waits
    // unparsed in the transport meanwhile (compressed, with COMPRESS). Qt's
    // socket keeps reading, so this bounds what is made of the input, not
    // its bytes: the rest of the responses already asked for may wait here
    // (for a whole-folder FETCH, tens of MB). For a consumer slower than the
    // connection, which would otherwise pile up what it made of each
    // response (the envelope fetcher while the cache's writer is behind).
    // The command timeout does not run out meanwhile. Pauses nest: input
    // resumes once each pauseInput() has had its resumeInput(), so two
    // consumers (a sync and the envelope fetcher) can pause one session.
    void pauseInput();
    void resumeInput();
    bool inputPaused() const { return m_inputPauses > 0; }

    ConnectionState state() const { return m_state; }
    const std::optional<Greeting> &greeting() const { return m_greeting; }
    // Empty until the server has told us (greeting code, CAPABILITY, OK
    // code); cleared after STARTTLS and after login, when they may change.
    const Capabilities &capabilities() const { return m_capabilities; }
    bool capabilitiesKnown() const { return m_capabilitiesKnown; }
    bool hasCapability(const QByteArray &name) const { return m_capabilities.has(name); }
    const QSet<QByteArray> &enabledExtensions() const { return m_enabled; }
    CommandContext commandContext() const;
    // The selected (or being selected) mailbox; nullptr when none.
    MailboxState *mailbox() const { return m_mailbox.get(); }
    const SessionConfig &config() const { return m_config; }
    Transport *transport() const { return m_transport.get(); }
    // LOGOUT is on the wire: a closing connection is expected now.
    bool logoutSent() const { return m_logoutSent; }

    // For tasks.
    CommandId enqueue(Task *owner, Command command);
    // The tag of a command once sent; empty before.
    QByteArray tagOf(CommandId id) const;
    // Ends IDLE: sends DONE now if the server is idling, or as soon as it
    // says "+"; a queued IDLE not yet sent is dropped.
    void endIdle(CommandId id);
    // Answers a SASL challenge ("+ data") that came after an AUTHENTICATE's
    // last client message, e.g. OAUTHBEARER's error JSON (RFC 7628 3.2.3).
    // response is raw; it goes out base64-encoded on a line of its own.
    void continueAuthentication(CommandId id, const QByteArray &response);

Q_SIGNALS:
    void stateChanged(quire::imap::ConnectionState state);
    void greetingReceived(const quire::imap::Greeting &greeting);
    void capabilitiesChanged();
    void mailboxChanged(quire::imap::MailboxState *mailbox);
    // An untagged response no task and no MailboxState consumed.
    void unsolicitedResponse(const quire::imap::Response &response);
    // [NOTIFICATIONOVERFLOW] (RFC 5465 5.8): the server dropped notifications
    // and has switched NOTIFY off for this connection.
    void notificationOverflow();
    // [ALERT] text: RFC 3501 7.1 requires it be shown to the user.
    void alert(const QString &text);
    void protocolViolation(const quire::imap::ProtocolViolation &violation);
    // Raw traffic for a debug log; LOGIN and AUTHENTICATE arguments redacted.
    void protocolLog(quire::imap::LogDirection direction, const QByteArray &bytes);
    // The connection is gone; every task has been failed with this error.
    void connectionLost(const quire::imap::TaskError &error);

private:
    struct PendingCommand;

    void onConnected();
    void onReadyRead();
    void onTransportError(const TransportError &error);
    void onDisconnected();
    void onTaskFinished(Task *task);
    void onProgressTimeout();
    // What the transport still holds, read to the end.
    QByteArray takeUnread();
    void onKeepAliveTimeout();

    void feedInput(const QByteArray &bytes);
    // Parses and handles bytes at once (feedInput without a handling slice).
    void feedNow(const QByteArray &bytes);
    // With a handling slice: input waits in m_backlog and is parsed a chunk
    // at a time, then handled for one slice, each from the event loop.
    void scheduleInputHandling();
    void handleBacklog();
    void handleResponse(Response response);
    void handleGreeting(const Greeting &greeting);
    void handleTagged(const TaggedStatus &status);
    void handleContinuation(const ContinuationRequest &request);
    void handleUntagged(const Response &response);
    void handleUntaggedStatus(const UntaggedStatus &status);
    void applyCode(const ResponseCode &code, const QByteArray &text);
    void applyTaggedSideEffects(const PendingCommand &command, const TaggedStatus &status);
    void switchTransport(const QByteArray &leftover);
    bool feedsLineByLine() const;
    // Handles parsed responses; sliced, for one handlingSlice at most.
    void drainParser(bool sliced = true);
    // Before the connection is given up: what it delivered (the backlog and
    // `more`) is parsed and handled now, all of it (a BYE, LOGOUT's OK).
    void handleEverythingReceived(const QByteArray &more);

    void pump();
    bool sendable(const PendingCommand &command) const;
    void send(PendingCommand command);
    void writeSegments(PendingCommand &command);
    void write(const QByteArray &bytes, const QByteArray &logged);
    void sendIdleDoneIfNeeded();
    bool hasSendableQueued() const;
    bool isGated(const PendingCommand &command) const;
    void connectTransportSignals();
    PendingCommand *inFlightById(CommandId id);

    void setState(ConnectionState state);
    void setCapabilities(const QList<QByteArray> &advertised);
    void forgetCapabilities();
    void selectMailbox(const Select &select);
    void dropMailbox();
    void failEverything(const TaskError &error);
    void reportViolation(ProtocolViolationKind kind, QByteArray detail);
    void restartTimers();
    void noteProgress();

    std::unique_ptr<Transport> m_transport;
    SessionConfig m_config;
    std::unique_ptr<ResponseParser> m_parser;
    ConnectionState m_state = ConnectionState::Disconnected;
    std::optional<Greeting> m_greeting;
    Capabilities m_capabilities;
    bool m_capabilitiesKnown = false;
    QSet<QByteArray> m_enabled;
    std::unique_ptr<MailboxState> m_mailbox;

    quint64 m_nextTag;
    CommandId m_nextCommandId = 1;
    std::deque<PendingCommand> m_queue;
    std::vector<PendingCommand> m_inFlight;
    std::vector<QPointer<Task>> m_tasks;
    // Set while a STARTTLS or COMPRESS OK has been seen but the transport
    // has not been switched yet; input is fed line by line meanwhile.
    enum class TransportSwitch { None, StartTls, Compress };
    TransportSwitch m_switch = TransportSwitch::None;
    bool m_waitingForTls = false;
    bool m_drainScheduled = false; // the rest of a read is handled from the event loop
    int m_inputPauses = 0;
    ByteQueue m_backlog; // received, not parsed yet (with a handling slice)
    static constexpr qsizetype kBacklogChunk = 64 * 1024;
    bool m_failed = false;
    bool m_logoutSent = false;

    QTimer m_progressTimer;
    qint64 m_bytesSinceProgress = 0;
    QTimer m_keepAliveTimer;
};

} // namespace quire::imap

Q_DECLARE_METATYPE(quire::imap::ConnectionState)
Q_DECLARE_METATYPE(quire::imap::LogDirection)
