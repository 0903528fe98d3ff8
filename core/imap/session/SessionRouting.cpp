// Session: from bytes to responses, and each response to where it belongs.

#include "core/imap/parser/ResponseParser.h"
#include "core/imap/session/Session.h"
#include "core/imap/session/SessionInternals.h"
#include "core/imap/tasks/Task.h"
#include "core/imap/transport/DeflateTransport.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcSession)

namespace quire::imap {

void Session::onReadyRead()
{
    if (!m_transport || inputPaused())
        return;
    const QByteArray bytes = m_transport->read();
    if (bytes.isEmpty())
        return;
    Q_EMIT protocolLog(LogDirection::Received, bytes);
    m_bytesSinceProgress += bytes.size();
    if (m_bytesSinceProgress >= m_config.minProgressBytes)
        noteProgress();
    if (m_failed)
        return;
    feedInput(bytes);
}

bool Session::feedsLineByLine() const
{
    // After STARTTLS or COMPRESS succeeds, the bytes that follow the OK line
    // belong to another layer; feeding a line at a time lets us cut there.
    return std::any_of(m_inFlight.begin(), m_inFlight.end(), [](const PendingCommand &command) {
        return std::holds_alternative<StartTls>(command.command) || std::holds_alternative<Compress>(command.command);
    });
}

void Session::feedInput(const QByteArray &bytes)
{
    if (m_config.handlingSlice.count() > 0) {
        // QSslSocket decrypts everything the kernel holds and emits
        // readyRead for each piece before control returns to the event
        // loop; parsing and handling each piece here made one long stall
        // that grew with the backlog (100-400 ms while 100,000 envelopes
        // streamed in). Kept, and parsed a chunk at a time from the loop.
        m_backlog.append(bytes);
        scheduleInputHandling();
        return;
    }
    feedNow(bytes);
}

void Session::pauseInput()
{
    ++m_inputPauses;
}

void Session::resumeInput()
{
    if (m_inputPauses == 0 || --m_inputPauses > 0)
        return;
    // What was parsed or queued before the pause, then what the transport
    // kept meanwhile: its readyRead came and went while paused.
    scheduleInputHandling();
    QMetaObject::invokeMethod(this, &Session::onReadyRead, Qt::QueuedConnection);
}

void Session::scheduleInputHandling()
{
    if (m_drainScheduled)
        return;
    m_drainScheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_drainScheduled = false;
            handleBacklog();
        },
        Qt::QueuedConnection);
}

void Session::handleBacklog()
{
    if (m_failed || inputPaused())
        return;
    // Parsed only once the responses parsed before are handled, so the
    // parsed queue stays one chunk deep whatever the server sends.
    if (!m_parser->hasResponse() && !m_backlog.isEmpty()) {
        if (feedsLineByLine()) {
            // A STARTTLS or COMPRESS answer may be in there: cut at it.
            feedNow(m_backlog.takeAll());
        } else {
            const QByteArrayView chunk = m_backlog.front(kBacklogChunk);
            m_parser->feed(chunk);
            m_backlog.pop(chunk.size());
        }
    }
    if (m_failed)
        return;
    drainParser();
    if (!m_failed && m_switch == TransportSwitch::None && (m_parser->hasResponse() || !m_backlog.isEmpty()))
        scheduleInputHandling();
}

void Session::handleEverythingReceived(const QByteArray &more)
{
    if (m_failed)
        return;
    m_inputPauses = 0; // the connection is going: whatever it brought counts
    const QByteArray rest = m_backlog.takeAll() + more;
    if (!rest.isEmpty())
        m_parser->feed(rest);
    drainParser(false);
}

void Session::feedNow(const QByteArray &bytes)
{
    if (!feedsLineByLine()) {
        m_parser->feed(bytes);
        drainParser();
        return;
    }
    qsizetype position = 0;
    while (position < bytes.size() && !m_failed) {
        const qsizetype newline = bytes.indexOf('\n', position);
        const qsizetype end = newline < 0 ? bytes.size() : newline + 1;
        m_parser->feed(QByteArrayView(bytes).sliced(position, end - position));
        position = end;
        drainParser();
        if (m_switch != TransportSwitch::None) {
            switchTransport(bytes.mid(position));
            return;
        }
    }
}

void Session::drainParser(bool sliced)
{
    QElapsedTimer slice;
    // Line by line, a response may switch the transport before the next
    // line is fed: those are handled at once.
    if (sliced && m_config.handlingSlice.count() > 0 && !feedsLineByLine())
        slice.start();
    while (!m_failed && !inputPaused()) {
        std::optional<Response> response = m_parser->next();
        if (!response)
            return;
        handleResponse(std::move(*response));
        if (m_switch != TransportSwitch::None)
            return;
        if (slice.isValid() && slice.nsecsElapsed() >= m_config.handlingSlice.count()) {
            scheduleInputHandling();
            return;
        }
    }
}

void Session::switchTransport(const QByteArray &leftover)
{
    const TransportSwitch kind = std::exchange(m_switch, TransportSwitch::None);
    if (kind == TransportSwitch::StartTls) {
        // Anything after "OK Begin TLS" in plaintext was injected by someone
        // between us and the server (CVE-2011-0411 and friends). Discarding
        // it would be safe, but someone is tampering with the connection:
        // refuse it, as the user asked for TLS.
        QByteArray injected = leftover;
        if (injected.isEmpty() && m_transport->discardPendingInput() > 0)
            injected = "(bytes in the socket)";
        if (!injected.isEmpty()) {
            reportViolation(ProtocolViolationKind::DataAfterStartTls, injected.left(64));
            failEverything(
                { TaskErrorKind::ProtocolViolation, "plaintext injected after STARTTLS", std::nullopt, std::nullopt });
            return;
        }
        m_parser = std::make_unique<ResponseParser>(m_config.parserLimits);
        m_waitingForTls = true;
        m_transport->startTls(); // discards what the transport still holds
        pump();
        return;
    }
    disconnect(m_transport.get(), nullptr, this, nullptr);
    m_transport = std::make_unique<DeflateTransport>(std::move(m_transport), leftover);
    connectTransportSignals();
    pump();
}

void Session::handleResponse(Response response)
{
    if (const auto *greeting = std::get_if<Greeting>(&response)) {
        handleGreeting(*greeting);
        return;
    }
    if (const auto *tagged = std::get_if<TaggedStatus>(&response)) {
        handleTagged(*tagged);
        return;
    }
    if (const auto *continuation = std::get_if<ContinuationRequest>(&response)) {
        handleContinuation(*continuation);
        return;
    }
    if (const auto *error = std::get_if<ParseError>(&response)) {
        reportViolation(ProtocolViolationKind::UnparsableResponse, error->message.toUtf8());
        Q_EMIT unsolicitedResponse(response);
        if (error->fatal)
            failEverything({ TaskErrorKind::ProtocolViolation, error->message.toUtf8(), std::nullopt, std::nullopt });
        return;
    }
    handleUntagged(response);
}

void Session::handleGreeting(const Greeting &greeting)
{
    if (m_greeting) {
        // A second greeting-shaped line: only BYE means anything now.
        handleUntaggedStatus({ greeting.status, greeting.code, greeting.text });
        return;
    }
    m_greeting = greeting;
    if (greeting.code)
        applyCode(*greeting.code, greeting.text);
    switch (greeting.status) {
    case StatusKind::Bye:
        Q_EMIT greetingReceived(greeting);
        failEverything({ TaskErrorKind::ServerBye, greeting.text, greeting.code, std::nullopt });
        return;
    case StatusKind::Preauth:
        setState(ConnectionState::Authenticated);
        break;
    default:
        setState(ConnectionState::NotAuthenticated);
        break;
    }
    Q_EMIT greetingReceived(greeting);
    pump();
}

void Session::handleTagged(const TaggedStatus &status)
{
    const auto found = std::find_if(
        m_inFlight.begin(), m_inFlight.end(), [&](const PendingCommand &c) { return c.tag == status.tag; });
    if (found == m_inFlight.end()) {
        reportViolation(ProtocolViolationKind::UnknownTag, status.tag);
        return;
    }
    noteProgress();
    const PendingCommand command = std::move(*found);
    m_inFlight.erase(found);
    applyTaggedSideEffects(command, status);
    if (status.code)
        applyCode(*status.code, status.text);
    Task *owner = command.owner;
    if (owner && !owner->isFinished()) {
        if (command.waitingForContinuation && status.status != StatusKind::Ok)
            owner->abort({ TaskErrorKind::ContinuationRefused, status.text, status.code, std::nullopt });
        else
            owner->commandCompleted(command.id, status);
    }
    if (std::holds_alternative<Logout>(command.command)) {
        // The server closes after LOGOUT; we need not wait for it.
        failEverything({ TaskErrorKind::ConnectionLost, {}, std::nullopt, std::nullopt });
        return;
    }
    pump();
}

void Session::applyTaggedSideEffects(const PendingCommand &command, const TaggedStatus &status)
{
    const bool ok = status.status == StatusKind::Ok;
    std::visit(
        [&](const auto &typed) {
            using T = std::decay_t<decltype(typed)>;
            if constexpr (std::is_same_v<T, StartTls>) {
                if (ok) {
                    forgetCapabilities();
                    m_switch = TransportSwitch::StartTls;
                }
            } else if constexpr (std::is_same_v<T, Compress>) {
                if (ok)
                    m_switch = TransportSwitch::Compress;
            } else if constexpr (std::is_same_v<T, Login> || std::is_same_v<T, Authenticate>) {
                if (ok) {
                    // Capabilities may differ after login (RFC 3501 6.2.2);
                    // the OK's own CAPABILITY code, if any, follows.
                    forgetCapabilities();
                    setState(ConnectionState::Authenticated);
                }
            } else if constexpr (std::is_same_v<T, Select>) {
                if (ok) {
                    setState(ConnectionState::Selected);
                } else {
                    // A failed SELECT leaves no mailbox selected (RFC 3501 6.3.1).
                    dropMailbox();
                    if (m_state == ConnectionState::Selected)
                        setState(ConnectionState::Authenticated);
                }
            } else if constexpr (std::is_same_v<T, Close> || std::is_same_v<T, Unselect>) {
                if (ok) {
                    dropMailbox();
                    setState(ConnectionState::Authenticated);
                }
            } else if constexpr (std::is_same_v<T, Logout>) {
                setState(ConnectionState::Logout);
            }
        },
        command.command);
}

void Session::handleContinuation(const ContinuationRequest &request)
{
    for (PendingCommand &command : m_inFlight) {
        if (!command.waitingForContinuation)
            continue;
        noteProgress();
        command.waitingForContinuation = false;
        writeSegments(command);
        pump();
        return;
    }
    for (PendingCommand &command : m_inFlight) {
        if (!std::holds_alternative<Authenticate>(command.command)
            || command.nextSegment < command.wire.segments.size())
            continue;
        // A SASL challenge after our last message: the task answers it. With
        // nobody to answer, "*" cancels the exchange (RFC 3501 6.2.2).
        if (!command.owner || command.owner->isFinished() || !command.owner->offerContinuation(command.id, request))
            write("*\r\n", "*\r\n");
        return;
    }
    for (PendingCommand &command : m_inFlight) {
        if (!command.isIdle || command.idling)
            continue;
        noteProgress();
        command.idling = true;
        if (command.owner)
            command.owner->offerContinuation(command.id, request);
        sendIdleDoneIfNeeded();
        return;
    }
    reportViolation(ProtocolViolationKind::UnexpectedContinuation, request.text.left(64));
}

void Session::handleUntagged(const Response &response)
{
    bool absorbed = false;
    if (const auto *capability = std::get_if<CapabilityResponse>(&response)) {
        setCapabilities(capability->capabilities);
        absorbed = true;
    } else if (const auto *enabled = std::get_if<EnabledResponse>(&response)) {
        for (const QByteArray &name : enabled->capabilities)
            m_enabled.insert(name.toUpper());
        absorbed = true;
    } else if (const auto *status = std::get_if<UntaggedStatus>(&response)) {
        handleUntaggedStatus(*status);
        if (m_failed)
            return;
        absorbed = status->status == StatusKind::Bye
            || (status->status == StatusKind::Ok && status->code && status->code->kind != ResponseCode::Kind::Other);
    }
    const bool aboutMessages = std::holds_alternative<ExistsResponse>(response)
        || std::holds_alternative<RecentResponse>(response) || std::holds_alternative<ExpungeResponse>(response)
        || std::holds_alternative<VanishedResponse>(response) || std::holds_alternative<FetchResponse>(response)
        || std::holds_alternative<FlagsResponse>(response);
    if (m_mailbox) {
        absorbed = m_mailbox->apply(response) || absorbed;
    } else if (aboutMessages) {
        reportViolation(ProtocolViolationKind::UntaggedWithoutMailbox, dump(response).toUtf8().left(128));
    }
    // Offer in start order; a copy, since a task finishing may start others.
    const std::vector<QPointer<Task>> tasks = m_tasks;
    for (const QPointer<Task> &task : tasks) {
        if (task && !task->isFinished() && task->offerUntagged(response))
            return;
    }
    if (!absorbed)
        Q_EMIT unsolicitedResponse(response);
}

void Session::handleUntaggedStatus(const UntaggedStatus &status)
{
    if (status.code)
        applyCode(*status.code, status.text);
    if (status.status != StatusKind::Bye)
        return;
    if (m_logoutSent) {
        setState(ConnectionState::Logout);
        return;
    }
    // Offer it first so a task can keep the text; then everybody fails.
    const std::vector<QPointer<Task>> tasks = m_tasks;
    for (const QPointer<Task> &task : tasks) {
        if (task && !task->isFinished())
            task->offerUntagged(Response(status));
    }
    failEverything({ TaskErrorKind::ServerBye, status.text, status.code, std::nullopt });
}

void Session::applyCode(const ResponseCode &code, const QByteArray &text)
{
    switch (code.kind) {
    case ResponseCode::Kind::Alert:
        // The line's text is the alert; RFC 3501 7.1 says show it.
        Q_EMIT alert(QString::fromUtf8(text));
        break;
    case ResponseCode::Kind::Capability:
        setCapabilities(code.list);
        break;
    case ResponseCode::Kind::NotificationOverflow:
        Q_EMIT notificationOverflow();
        break;
    case ResponseCode::Kind::Closed:
        // QRESYNC: what came before belonged to the previous mailbox.
        if (m_mailbox) {
            const Select again { m_mailbox->name(), m_mailbox->isReadOnly() };
            selectMailbox(again);
        }
        break;
    default:
        if (m_mailbox)
            m_mailbox->applyCode(code);
        break;
    }
}

} // namespace quire::imap
