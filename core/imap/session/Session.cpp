// Session: connection life, the command queue and the pipeline. Response
// routing is in SessionRouting.cpp.

#include "core/imap/session/Session.h"

#include "core/imap/parser/ResponseParser.h"
#include "core/imap/session/SessionInternals.h"
#include "core/imap/tasks/Task.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcSession, "quire.imap.session")

namespace quire::imap {

namespace {

ParserLimits sessionParserLimits(ParserLimits limits)
{
    limits.expectGreeting = true;
    return limits;
}

} // namespace

Session::Session(std::unique_ptr<Transport> transport, SessionConfig config, QObject *parent)
    : QObject(parent)
    , m_transport(std::move(transport))
    , m_config(std::move(config))
    , m_parser(std::make_unique<ResponseParser>(sessionParserLimits(m_config.parserLimits)))
    , m_nextTag(m_config.firstTag)
{
    m_progressTimer.setSingleShot(true);
    m_keepAliveTimer.setSingleShot(true);
    connect(&m_progressTimer, &QTimer::timeout, this, &Session::onProgressTimeout);
    connect(&m_keepAliveTimer, &QTimer::timeout, this, &Session::onKeepAliveTimeout);
    connectTransportSignals();
}

Session::~Session()
{
    // Tasks outlive us only as dead objects; tell them now rather than never.
    m_state = ConnectionState::Logout;
    failEverything({ TaskErrorKind::ConnectionLost, {}, std::nullopt, std::nullopt });
    if (m_transport)
        disconnect(m_transport.get(), nullptr, this, nullptr);
}

void Session::connectTransportSignals()
{
    Transport *transport = m_transport.get();
    connect(transport, &Transport::connected, this, &Session::onConnected);
    connect(transport, &Transport::readyRead, this, &Session::onReadyRead);
    connect(transport, &Transport::errorOccurred, this, &Session::onTransportError);
    connect(transport, &Transport::disconnected, this, &Session::onDisconnected);
    connect(transport, &Transport::encrypted, this, [this] {
        if (!m_waitingForTls)
            return;
        m_waitingForTls = false;
        pump();
    });
}

void Session::open()
{
    if (m_state != ConnectionState::Disconnected || m_failed)
        return;
    setState(ConnectionState::Connecting);
    m_transport->connectToServer();
}

void Session::abortConnection()
{
    failEverything({ TaskErrorKind::ConnectionLost, {}, std::nullopt, std::nullopt });
}

void Session::start(Task *task)
{
    if (!task)
        return;
    if (m_failed) {
        task->abort({ TaskErrorKind::ConnectionLost, {}, std::nullopt, std::nullopt });
        return;
    }
    m_tasks.emplace_back(task);
    connect(task, &Task::finished, this, &Session::onTaskFinished, Qt::UniqueConnection);
    task->attach(this);
}

void Session::flushOutput()
{
    if (m_transport && !m_failed)
        m_transport->flush();
}

CommandContext Session::commandContext() const
{
    CommandContext context;
    context.literalPlus = hasCapability("LITERAL+");
    context.literalMinus = hasCapability("LITERAL-");
    context.saslInitialResponse = hasCapability("SASL-IR");
    context.utf8Enabled = m_enabled.contains("UTF8=ACCEPT") || m_enabled.contains("IMAP4REV2");
    return context;
}

CommandId Session::enqueue(Task *owner, Command command)
{
    PendingCommand pending;
    pending.id = m_nextCommandId++;
    pending.owner = owner;
    pending.sessionOwned = owner == nullptr;
    pending.pipeline = pipelineClass(command);
    pending.isIdle = std::holds_alternative<Idle>(command);
    pending.redact = std::holds_alternative<Login>(command) || std::holds_alternative<Authenticate>(command);
    pending.command = std::move(command);
    const CommandId id = pending.id;
    if (m_failed) {
        // Fail asynchronously-safe: the owner is mid-call, so tell it now
        // but after it got its id.
        QMetaObject::invokeMethod(
            this,
            [owner = QPointer<Task>(owner)] {
                if (owner)
                    owner->abort({ TaskErrorKind::ConnectionLost, {}, std::nullopt, std::nullopt });
            },
            Qt::QueuedConnection);
        return id;
    }
    m_queue.push_back(std::move(pending));
    pump();
    return id;
}

QByteArray Session::tagOf(CommandId id) const
{
    for (const PendingCommand &command : m_inFlight) {
        if (command.id == id)
            return command.tag;
    }
    return {};
}

Session::PendingCommand *Session::inFlightById(CommandId id)
{
    for (PendingCommand &command : m_inFlight) {
        if (command.id == id)
            return &command;
    }
    return nullptr;
}

void Session::endIdle(CommandId id)
{
    const auto queued = std::find_if(m_queue.begin(), m_queue.end(), [id](const auto &c) { return c.id == id; });
    if (queued != m_queue.end()) {
        m_queue.erase(queued);
        return;
    }
    PendingCommand *idle = inFlightById(id);
    if (!idle || !idle->isIdle || idle->doneSent)
        return;
    idle->doneRequested = true;
    sendIdleDoneIfNeeded();
}

void Session::continueAuthentication(CommandId id, const QByteArray &response)
{
    if (!inFlightById(id) || m_failed)
        return;
    write(response.toBase64() + "\r\n", "<redacted>\r\n");
}

void Session::onConnected()
{
    if (m_state == ConnectionState::Connecting)
        setState(ConnectionState::Greeting);
    restartTimers(); // a server that never greets must not hang us
}

void Session::onTransportError(const TransportError &error)
{
    qCInfo(lcSession) << "transport error" << int(error.kind) << error.systemMessage;
    // What arrived before the failure (a BYE, LOGOUT's OK) still counts.
    handleEverythingReceived(takeUnread());
    failEverything({ TaskErrorKind::ConnectionLost, {}, std::nullopt, error });
}

QByteArray Session::takeUnread()
{
    QByteArray received;
    if (m_transport && !m_failed) {
        for (QByteArray bytes = m_transport->read(); !bytes.isEmpty() && !m_failed; bytes = m_transport->read()) {
            Q_EMIT protocolLog(LogDirection::Received, bytes);
            received += bytes;
        }
    }
    return received;
}

void Session::onDisconnected()
{
    // Input paused meanwhile is still in the transport.
    handleEverythingReceived(takeUnread());
    failEverything({ TaskErrorKind::ConnectionLost, {}, std::nullopt, std::nullopt });
}

void Session::onTaskFinished(Task *task)
{
    std::erase_if(m_tasks, [task](const QPointer<Task> &t) { return t.isNull() || t == task; });
    // Commands it had not sent yet go with it; replies to those in flight
    // are still matched by tag and then ignored.
    std::erase_if(m_queue, [task](const PendingCommand &c) { return !c.sessionOwned && c.owner == task; });
    for (PendingCommand &command : m_inFlight) {
        if (command.owner == task && command.isIdle && !command.doneSent)
            command.doneRequested = true;
    }
    sendIdleDoneIfNeeded();
    pump();
}

void Session::onProgressTimeout()
{
    if (inputPaused()) {
        // The wait is ours, not the server's.
        m_progressTimer.start();
        return;
    }
    qCWarning(lcSession) << "no progress for" << m_config.commandTimeout.count() << "ms; closing";
    failEverything({ TaskErrorKind::Timeout, {}, std::nullopt, std::nullopt });
}

void Session::onKeepAliveTimeout()
{
    if (!m_inFlight.empty() || !m_queue.empty() || m_failed)
        return;
    if (m_state != ConnectionState::Authenticated && m_state != ConnectionState::Selected)
        return;
    enqueue(nullptr, Noop {});
}

bool Session::isGated(const PendingCommand &command) const
{
    return m_state == ConnectionState::NotAuthenticated && needsAuthentication(command.command);
}

bool Session::sendable(const PendingCommand &command) const
{
    QList<PipelineClass> inFlight;
    for (const PendingCommand &other : m_inFlight)
        inFlight.append(other.pipeline);
    return mayPipeline(command.pipeline, inFlight);
}

bool Session::hasSendableQueued() const
{
    return std::any_of(m_queue.begin(), m_queue.end(), [this](const PendingCommand &command) {
        const bool live = command.sessionOwned || (command.owner && !command.owner->isFinished());
        return live && !isGated(command);
    });
}

void Session::pump()
{
    if (m_failed || m_waitingForTls || m_switch != TransportSwitch::None)
        return;
    if (m_state == ConnectionState::Disconnected || m_state == ConnectionState::Connecting
        || m_state == ConnectionState::Greeting || m_state == ConnectionState::Logout)
        return;
    if (std::any_of(m_inFlight.begin(), m_inFlight.end(), [](const auto &c) { return c.waitingForContinuation; }))
        return;
    sendIdleDoneIfNeeded();
    auto it = m_queue.begin();
    while (it != m_queue.end() && !m_failed) {
        if (!it->sessionOwned && (!it->owner || it->owner->isFinished())) {
            it = m_queue.erase(it);
            continue;
        }
        if (isGated(*it)) {
            ++it;
            continue;
        }
        if (!sendable(*it))
            break;
        PendingCommand command = std::move(*it);
        it = m_queue.erase(it);
        send(std::move(command));
        if (m_inFlight.empty() || m_inFlight.back().waitingForContinuation || m_switch != TransportSwitch::None)
            break;
        // Sending may have finished tasks (a write error); restart the scan.
        it = m_queue.begin();
    }
    restartTimers();
}

void Session::send(PendingCommand command)
{
    command.tag = m_config.tagPrefix + QByteArray::number(m_nextTag++);
    command.wire = serialize(command.command, command.tag, commandContext());
    if (const auto *select = std::get_if<Select>(&command.command))
        selectMailbox(*select);
    if (std::holds_alternative<Logout>(command.command))
        m_logoutSent = true;
    m_inFlight.push_back(std::move(command));
    writeSegments(m_inFlight.back());
}

void Session::writeSegments(PendingCommand &command)
{
    while (command.nextSegment < command.wire.segments.size()) {
        const qsizetype index = command.nextSegment++;
        const Segment &segment = command.wire.segments[index];
        QByteArray logged = segment.bytes;
        if (command.redact) {
            const auto *login = std::get_if<Login>(&command.command);
            const QByteArray verb
                = login ? QByteArray("LOGIN") : "AUTHENTICATE " + std::get<Authenticate>(command.command).mechanism;
            logged = index == 0 ? command.tag + ' ' + verb + " <redacted>\r\n" : QByteArray("<redacted>\r\n");
        }
        write(segment.bytes, logged);
        if (segment.end == SegmentEnd::WaitForContinuation) {
            command.waitingForContinuation = true;
            return;
        }
        if (segment.end == SegmentEnd::CommandComplete)
            return;
    }
}

void Session::write(const QByteArray &bytes, const QByteArray &logged)
{
    Q_EMIT protocolLog(LogDirection::Sent, logged);
    m_transport->write(bytes);
    noteProgress();
}

void Session::noteProgress()
{
    m_bytesSinceProgress = 0;
    if (m_progressTimer.isActive())
        m_progressTimer.start();
}

void Session::sendIdleDoneIfNeeded()
{
    for (PendingCommand &command : m_inFlight) {
        if (!command.isIdle || command.doneSent)
            continue;
        if (!command.doneRequested && !hasSendableQueued())
            continue;
        command.doneRequested = true;
        if (!command.idling)
            continue; // DONE goes out when the "+" arrives
        command.doneSent = true;
        write(idleDone().toBytes(), idleDone().toBytes());
    }
    restartTimers();
}

void Session::restartTimers()
{
    const bool waitingForServer = m_state == ConnectionState::Greeting
        || std::any_of(m_inFlight.begin(), m_inFlight.end(),
            [](const PendingCommand &command) { return !command.idling || command.doneSent; });
    if (waitingForServer && m_config.commandTimeout.count() > 0 && !m_failed) {
        if (!m_progressTimer.isActive())
            m_progressTimer.start(m_config.commandTimeout);
    } else {
        m_progressTimer.stop();
    }
    const bool quiet = m_inFlight.empty() && m_queue.empty()
        && (m_state == ConnectionState::Authenticated || m_state == ConnectionState::Selected);
    if (quiet && m_config.keepAliveInterval.count() > 0 && !m_failed)
        m_keepAliveTimer.start(m_config.keepAliveInterval);
    else
        m_keepAliveTimer.stop();
}

void Session::setState(ConnectionState state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void Session::setCapabilities(const QList<QByteArray> &advertised)
{
    m_capabilities = Capabilities(advertised, m_config.hiddenCapabilities);
    m_capabilitiesKnown = true;
    Q_EMIT capabilitiesChanged();
}

void Session::forgetCapabilities()
{
    m_capabilities = {};
    m_capabilitiesKnown = false;
    Q_EMIT capabilitiesChanged();
}

void Session::selectMailbox(const Select &select)
{
    m_mailbox = std::make_unique<MailboxState>(select.mailbox, select.readOnly);
    connect(m_mailbox.get(), &MailboxState::protocolViolation, this, &Session::protocolViolation);
    Q_EMIT mailboxChanged(m_mailbox.get());
}

void Session::dropMailbox()
{
    if (!m_mailbox)
        return;
    m_mailbox.reset();
    Q_EMIT mailboxChanged(nullptr);
}

void Session::failEverything(const TaskError &error)
{
    if (m_failed)
        return;
    m_failed = true;
    m_progressTimer.stop();
    m_keepAliveTimer.stop();
    const bool cleanLogout = m_state == ConnectionState::Logout;
    // Collect first: failing a task runs its slots, which may start others.
    std::vector<QPointer<Task>> victims = std::move(m_tasks);
    m_tasks.clear();
    for (const PendingCommand &command : m_inFlight)
        victims.emplace_back(command.owner);
    for (const PendingCommand &command : m_queue)
        victims.emplace_back(command.owner);
    m_inFlight.clear();
    m_queue.clear();
    setState(ConnectionState::Disconnected);
    bool anyFailed = false;
    for (const QPointer<Task> &task : victims) {
        if (task && !task->isFinished()) {
            task->abort(error);
            anyFailed = true;
        }
    }
    if (m_transport)
        m_transport->close();
    if (!cleanLogout || anyFailed)
        Q_EMIT connectionLost(error);
}

void Session::reportViolation(ProtocolViolationKind kind, QByteArray detail)
{
    qCWarning(lcSession) << "protocol violation" << int(kind) << detail;
    Q_EMIT protocolViolation({ kind, std::move(detail) });
}

} // namespace quire::imap
