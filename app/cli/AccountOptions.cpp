// Options, account resolution, engine set-up and exit handling shared by the
// account commands of quire-cli (docs/cli.md, "Account commands").
#include "cli/AccountOptions.h"

#include "cli/CountingTransport.h"
#include "core/account/KeychainCredentialStore.h"
#include "core/account/PasswordProvider.h"
#include "core/cache/SqliteCache.h"
#include "core/imap/transport/DeflateTransport.h"
#include "core/imap/transport/SslSocketTransport.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSettings>
#include <QTextStream>
#include <QTimer>
#include <QUrl>

#include <cstdio>

namespace quire::cli {

namespace {

// Options that take a value, and the fields they fill.
QString *valueOption(AccountArguments &arguments, const QString &name)
{
    if (name == u"--server")
        return &arguments.serverUrl;
    if (name == u"--account")
        return &arguments.accountId;
    if (name == u"--ca-file")
        return &arguments.caFile;
    if (name == u"--cache-dir")
        return &arguments.cacheDir;
    if (name == u"--protocol-log")
        return &arguments.protocolLogFile;
    if (name == u"--trust-fingerprint")
        return &arguments.trustFingerprint;
    if (name == u"--hide-capabilities")
        return &arguments.hiddenCapabilities;
    return nullptr;
}

bool *flagOption(AccountArguments &arguments, const QString &name)
{
    if (name == u"--insecure-plaintext")
        return &arguments.insecurePlaintext;
    if (name == u"--stats")
        return &arguments.stats;
    if (name == u"--offline")
        return &arguments.offline;
    return nullptr;
}

// An IMAP atom as a CAPABILITY response lists it ("QRESYNC", "AUTH=PLAIN").
bool isCapabilityName(const QString &name)
{
    if (name.isEmpty())
        return false;
    for (const QChar c : name) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f || QStringLiteral("(){%*\"\\]").contains(c))
            return false;
    }
    return true;
}

// The verb of a command line the session sent ("A12 UID FETCH 1:* ..." ->
// "UID FETCH"), or empty for literal data and continuation lines.
QString commandVerb(const QByteArray &line, const QByteArray &tagPrefix)
{
    if (line == "DONE\r\n")
        return QStringLiteral("DONE");
    const QList<QByteArray> words = line.left(line.indexOf('\r')).split(' ');
    if (words.size() < 2 || !words[0].startsWith(tagPrefix))
        return {};
    bool numbered = false;
    words[0].mid(tagPrefix.size()).toULongLong(&numbered);
    if (!numbered)
        return {};
    QByteArray verb = words[1].toUpper();
    if (verb == "UID" && words.size() > 2)
        verb += ' ' + words[2].toUpper();
    return QString::fromLatin1(verb);
}

// Words for why the connection failed; core leaves that to its callers.
QString describeTransportError(const imap::TransportError &error)
{
    using Kind = imap::TransportErrorKind;
    switch (error.kind) {
    case Kind::CertificateUntrusted:
        return QStringLiteral("the server's certificate is not trusted (%1); a private CA needs --ca-file, "
                              "or trust this certificate with --trust-fingerprint %2")
            .arg(error.systemMessage,
                error.certificate ? QString::fromLatin1(error.certificate->sha256Hex) : QStringLiteral("SHA256"));
    case Kind::CertificatePinMismatch:
        return QStringLiteral("the server's certificate (SHA-256 %1) does not match the pinned fingerprint; "
                              "it may be an attack")
            .arg(error.certificate ? QString::fromLatin1(error.certificate->sha256Hex) : QStringLiteral("unknown"));
    case Kind::ConnectionRefused:
        return QStringLiteral("connection refused");
    case Kind::HostNotFound:
        return QStringLiteral("host not found");
    case Kind::Timeout:
        return QStringLiteral("the connection or the TLS handshake timed out");
    default:
        return error.systemMessage;
    }
}

// Server text as a terminal may show it: invalid UTF-8 becomes U+FFFD, and
// control and format characters (escape sequences, NUL, bidi overrides) are
// written as \uXXXX so that a hostile server cannot drive the terminal.
QString printable(const QByteArray &serverText)
{
    QString out;
    for (const QChar c : QString::fromUtf8(serverText)) {
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format)
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

// What a server did wrong, for the warning line; the detail follows it.
QString describeViolation(imap::ProtocolViolationKind kind)
{
    using Kind = imap::ProtocolViolationKind;
    switch (kind) {
    case Kind::UnknownTag:
        return QStringLiteral("a reply to a command that was never sent");
    case Kind::UnexpectedContinuation:
        return QStringLiteral("a continuation request nobody asked for");
    case Kind::UnparsableResponse:
        return QStringLiteral("a response that cannot be read");
    case Kind::ExpungeBeyondExists:
        return QStringLiteral("EXPUNGE of a message that does not exist");
    case Kind::FetchBeyondExists:
        return QStringLiteral("FETCH of a message that does not exist");
    case Kind::ExistsTooLarge:
        return QStringLiteral("an impossible message count");
    case Kind::ExistsDecreased:
        return QStringLiteral("a message count that shrank without EXPUNGE");
    case Kind::InvalidUidValidity:
        return QStringLiteral("UIDVALIDITY 0");
    case Kind::UidValidityChanged:
        return QStringLiteral("UIDVALIDITY changed while the folder was open");
    case Kind::VanishedUnknownUid:
        return QStringLiteral("VANISHED for unknown messages");
    case Kind::DataAfterStartTls:
        return QStringLiteral("plaintext injected after STARTTLS");
    case Kind::UntaggedWithoutMailbox:
        return QStringLiteral("message data with no folder open");
    }
    return QStringLiteral("a protocol violation");
}

QString describeTaskError(const imap::TaskError &error)
{
    using Kind = imap::TaskErrorKind;
    if (error.transport)
        return describeTransportError(*error.transport);
    switch (error.kind) {
    case Kind::StartTlsUnavailable:
        return QStringLiteral("the server does not offer STARTTLS, and imap:// never falls back to plaintext");
    case Kind::LoginDisabled:
        return QStringLiteral("the server disabled login on this connection (LOGINDISABLED)");
    case Kind::CredentialsUnavailable:
        return QStringLiteral("no password");
    case Kind::Timeout:
        return QStringLiteral("the server stopped answering");
    case Kind::ProtocolViolation:
        return QStringLiteral("the server broke the protocol (%1)").arg(printable(error.serverText));
    default:
        return printable(error.serverText);
    }
}

} // namespace

AccountCommand::AccountCommand(QString name, QString usage, QSet<QString> switches)
    : m_name(std::move(name))
    , m_usage(std::move(usage))
    , m_allowedSwitches(std::move(switches))
{
    m_clock.start();
}

AccountCommand::~AccountCommand() = default;

std::optional<int> AccountCommand::parse(const QStringList &args, const QStringList &required, qsizetype maxPositional)
{
    bool optionsEnded = false;
    bool verbose = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        // Single-dash words are arguments: "-seen" is a flag change.
        if (optionsEnded || !arg.startsWith(u"--")) {
            m_arguments.positional.append(arg);
            continue;
        }
        if (arg == u"--") {
            optionsEnded = true;
            continue;
        }
        if (arg == u"--help" || arg == u"-h") {
            QTextStream(stdout) << "Usage: " << m_usage << "\n\nSee docs/cli.md for the options.\n";
            return kExitOk;
        }
        if (QString *field = valueOption(m_arguments, arg)) {
            if (i + 1 >= args.size())
                return usageError(QStringLiteral("option %1 needs a value").arg(arg));
            *field = args[++i];
        } else if (arg == u"--verbose") {
            verbose = true;
        } else if (bool *flag = flagOption(m_arguments, arg)) {
            *flag = true;
        } else if (arg == u"--timeout" || arg == u"--command-timeout") {
            bool ok = false;
            const int seconds = i + 1 < args.size() ? args[++i].toInt(&ok) : 0;
            if (!ok || seconds <= 0)
                return usageError(QStringLiteral("%1 needs a positive number of seconds").arg(arg));
            (arg == u"--timeout" ? m_arguments.timeoutSeconds : m_arguments.commandTimeoutSeconds) = seconds;
        } else if (m_allowedSwitches.contains(arg)) {
            m_arguments.switches.insert(arg);
        } else {
            return usageError(QStringLiteral("unknown option '%1'").arg(arg));
        }
    }
    // Core logs what a GUI user never sees; on a terminal the command's own
    // messages say it better. QT_LOGGING_RULES still overrides this.
    if (!verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("quire.*.info=false\nquire.*.warning=false"));
    for (const QString &name : m_arguments.hiddenCapabilities.split(u',', Qt::SkipEmptyParts)) {
        if (!isCapabilityName(name.trimmed()))
            return usageError(QStringLiteral("bad capability '%1' in --hide-capabilities: expected names like "
                                             "QRESYNC,CONDSTORE separated by commas")
                                  .arg(name));
    }
    const qsizetype count = m_arguments.positional.size();
    if (count < required.size())
        return usageError(QStringLiteral("missing %1").arg(required.at(count)));
    if (maxPositional >= 0 && count > maxPositional)
        return usageError(QStringLiteral("unexpected argument '%1'").arg(m_arguments.positional.at(maxPositional)));
    return std::nullopt;
}

std::optional<int> AccountCommand::resolveAccount()
{
    const AccountArguments &a = m_arguments;
    if (!a.serverUrl.isEmpty() && !a.accountId.isEmpty())
        return usageError(QStringLiteral("give either --server or --account, not both"));
    if (a.serverUrl.isEmpty() && a.accountId.isEmpty())
        return usageError(QStringLiteral("no account: give --server imaps://user@host:port or --account ID"));
    if (!a.serverUrl.isEmpty()) {
        const QUrl url(a.serverUrl, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || (scheme != u"imaps" && scheme != u"imap"))
            return usageError(QStringLiteral("bad --server URL '%1': expected imaps://user@host:port or "
                                             "imap://user@host:port")
                                  .arg(a.serverUrl));
        if (url.host().isEmpty() || url.userName().isEmpty())
            return usageError(QStringLiteral("bad --server URL '%1': it needs a user and a host").arg(a.serverUrl));
        if (!url.path().isEmpty() && url.path() != u"/")
            return usageError(QStringLiteral("bad --server URL '%1': no path is allowed").arg(a.serverUrl));
        if (!url.password().isEmpty())
            return usageError(QStringLiteral("bad --server URL: put the password in QUIRE_PASSWORD, not the URL"));
        const bool implicitTls = scheme == u"imaps";
        m_account.host = url.host();
        m_account.port = quint16(url.port(implicitTls ? 993 : 143));
        m_account.userName = url.userName(QUrl::FullyDecoded);
        m_account.security = implicitTls ? Security::ImplicitTls : Security::StartTls;
        if (a.insecurePlaintext) {
            if (implicitTls)
                return usageError(QStringLiteral("--insecure-plaintext needs an imap:// URL, not imaps://"));
            m_account.security = Security::Plaintext;
        }
        m_account.id = QStringLiteral("%1@%2:%3").arg(m_account.userName, m_account.host).arg(m_account.port);
    } else {
        // The format ui/AccountSettings.cpp reads.
        QSettings settings;
        settings.beginGroup(QStringLiteral("accounts"));
        if (!settings.childGroups().contains(a.accountId))
            return usageError(QStringLiteral("no account '%1' in %2").arg(a.accountId, settings.fileName()));
        settings.beginGroup(a.accountId);
        m_account.id = a.accountId;
        m_account.host = settings.value(QStringLiteral("host")).toString();
        m_account.port = quint16(settings.value(QStringLiteral("port"), 993).toUInt());
        m_account.userName = settings.value(QStringLiteral("user")).toString();
        m_account.caFile = settings.value(QStringLiteral("caFile")).toString();
        m_account.pinnedSha256 = settings.value(QStringLiteral("pinnedSha256")).toString();
        const QString security = settings.value(QStringLiteral("security"), QStringLiteral("tls")).toString();
        if (!securityFromString(security, &m_account.security))
            return usageError(QStringLiteral("account '%1' has an unknown security '%2'").arg(a.accountId, security));
        if (m_account.security == Security::Plaintext && !a.insecurePlaintext)
            return usageError(
                QStringLiteral("account '%1' uses plaintext; refusing without --insecure-plaintext").arg(a.accountId));
        if (m_account.host.isEmpty() || m_account.userName.isEmpty())
            return usageError(QStringLiteral("account '%1' has no host or user").arg(a.accountId));
    }
    if (!a.caFile.isEmpty())
        m_account.caFile = a.caFile;
    // The GUI's "Trust once": this certificate, this run, nothing stored.
    if (!a.trustFingerprint.isEmpty())
        m_account.pinnedSha256 = a.trustFingerprint;
    return std::nullopt;
}

std::optional<int> AccountCommand::resolvePassword()
{
    // QUIRE_PASSWORD first, then the keyring; a CLI has no one to ask.
    KeychainCredentialStore keyring;
    PasswordProvider provider(&keyring, [](const PasswordPrompt &, auto answer) { answer(std::nullopt); });
    std::optional<PasswordOutcome> outcome;
    provider.passwordFor(m_account, this, [&outcome](PasswordOutcome result) { outcome = std::move(result); });
    if (!waitFor([&outcome] { return outcome.has_value(); }))
        return usageError(QStringLiteral("timed out looking for a password in the keyring"));
    if (!outcome->password)
        return usageError(
            QStringLiteral("no password: set QUIRE_PASSWORD or store one in the keyring for '%1'").arg(m_account.id));
    m_password = *outcome->password;
    return std::nullopt;
}

std::optional<int> AccountCommand::setUp()
{
    if (std::optional<int> status = resolveAccount())
        return status;
    if (!m_arguments.offline) {
        if (std::optional<int> status = resolvePassword())
            return status;
    }
    cache::SqliteCache::Options cacheOptions;
    cacheOptions.directory
        = m_arguments.cacheDir.isEmpty() ? cache::defaultCacheDirectory(m_account.id) : m_arguments.cacheDir;
    auto opened = cache::SqliteCache::open(cacheOptions);
    if (!opened) {
        fail(QStringLiteral("cannot open the cache in %1: %2").arg(cacheOptions.directory, opened.error().detail));
        return kExitFailure;
    }
    if (!openProtocolLog())
        return kExitFailure;
    m_credentials
        = std::make_unique<imap::FixedCredentialProvider>(imap::Credentials { m_account.userName, m_password });

    imap::SslSocketSettings transport;
    transport.host = m_account.host;
    transport.port = m_account.port;
    transport.extraCaFile = m_account.caFile;
    transport.pinnedSha256 = m_account.pinnedSha256;
    transport.tls = m_account.security == Security::ImplicitTls ? imap::SslSocketSettings::Tls::Implicit
        : m_account.security == Security::StartTls              ? imap::SslSocketSettings::Tls::StartTls
                                                                : imap::SslSocketSettings::Tls::None;
    sync::AccountEngineOptions options;
    options.transportFactory = [this, transport] {
        auto socket = std::make_unique<imap::SslSocketTransport>(transport);
        QObject::connect(socket.get(), &imap::Transport::errorOccurred, this,
            [this](const imap::TransportError &error) { m_connectionError = describeTransportError(error); });
        return std::make_unique<CountingTransport>(std::move(socket), &m_stats.wire);
    };
    options.connect.startTls = m_account.security == Security::StartTls;
    options.reconnect = false; // one attempt; a failure is the exit status
    options.backgroundConnection = false; // one command, one connection
    options.session.keepAliveInterval = std::chrono::milliseconds(0);
    if (m_arguments.commandTimeoutSeconds > 0)
        options.session.commandTimeout = std::chrono::seconds(m_arguments.commandTimeoutSeconds);
    // As if the server had not offered them: the QRESYNC, CONDSTORE-only and
    // plain sync paths against one server (tests, and working around a
    // server's broken extension).
    for (const QString &name : m_arguments.hiddenCapabilities.split(u',', Qt::SkipEmptyParts))
        options.session.hiddenCapabilities.insert(name.trimmed().toUpper().toLatin1());
    m_engine
        = std::make_unique<sync::AccountEngine>(std::move(opened).value(), m_credentials.get(), std::move(options));
    QObject::connect(m_engine.get(), &sync::AccountEngine::sessionStarted, this,
        [this](imap::Session *session) { watchSession(session); });
    QObject::connect(m_engine.get(), &sync::MailEngine::syncStateChanged, this, [this](const QString &, auto state) {
        if (state == sync::SyncState::Syncing)
            m_stats.receivedAtSyncStart = m_stats.wire.received;
    });
    QObject::connect(m_engine.get(), &sync::AccountEngine::syncTimed, this, [this](const sync::SyncTiming &timing) {
        m_stats.syncs.append({ timing, m_stats.wire.received - m_stats.receivedAtSyncStart });
    });
    QObject::connect(m_engine.get(), &sync::MailEngine::operationFailed, this, [this](const sync::EngineError &error) {
        // A failed connect has no text here; connect() reports it with what
        // the transport and the session said.
        if (error.detail.isEmpty() && error.kind == sync::EngineErrorKind::ConnectionLost) {
            if (error.cause && m_connectionError.isEmpty())
                m_connectionError = describeTaskError(*error.cause);
            m_failed = true;
            return;
        }
        const QString where = error.mailbox.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(error.mailbox);
        fail(error.detail.isEmpty() ? QStringLiteral("operation failed%1").arg(where)
                                    : printable(error.detail.toUtf8()) + where);
    });
    QObject::connect(m_engine.get(), &sync::MailEngine::alert, this, [this](const QString &text) {
        QTextStream(stderr) << "quire-cli " << m_name << ": server alert: " << printable(text.toUtf8()) << '\n';
    });
    return std::nullopt;
}

void AccountCommand::watchSession(imap::Session *session)
{
    const QByteArray tagPrefix = imap::SessionConfig().tagPrefix;
    QObject::connect(session, &imap::Session::connectionLost, this, [this](const imap::TaskError &error) {
        // The transport's own report, when there was one, says more.
        if (m_connectionError.isEmpty())
            m_connectionError = describeTaskError(error);
    });
    QObject::connect(session, &imap::Session::protocolViolation, this,
        [this](const imap::ProtocolViolation &violation) { reportViolation(violation); });
    QObject::connect(session, &imap::Session::protocolLog, this,
        [this, tagPrefix](imap::LogDirection direction, const QByteArray &bytes) {
            if (m_protocolLog)
                m_protocolLog->write((direction == imap::LogDirection::Sent ? "C: " : "S: ") + bytes);
            if (direction == imap::LogDirection::Received) {
                m_stats.bytesReceived += bytes.size();
                return;
            }
            m_stats.bytesSent += bytes.size();
            const QString verb = commandVerb(bytes, tagPrefix);
            if (!verb.isEmpty())
                ++m_stats.commands[verb];
        });
}

bool AccountCommand::openProtocolLog()
{
    if (m_arguments.protocolLogFile.isEmpty())
        return true;
    // Only its owner may read it: it holds mail, if never a password.
    m_protocolLog = std::make_unique<QFile>(m_arguments.protocolLogFile);
    if (!m_protocolLog->open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered)
        || !m_protocolLog->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        fail(QStringLiteral("cannot write the protocol log %1: %2")
                 .arg(m_arguments.protocolLogFile, m_protocolLog->errorString()));
        m_protocolLog.reset();
        return false;
    }
    return true;
}

void AccountCommand::reportViolation(const imap::ProtocolViolation &violation)
{
    // A hostile server can commit millions; the first few say enough.
    constexpr int kReported = 10;
    if (++m_violations > kReported)
        return;
    QTextStream(stderr) << "quire-cli " << m_name << ": warning: the server sent " << describeViolation(violation.kind)
                        << " (ignored): " << printable(violation.detail.left(80)) << '\n';
}

bool AccountCommand::waitFor(const std::function<bool()> &condition)
{
    const qint64 deadline = qint64(m_arguments.timeoutSeconds) * 1000;
    if (condition())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (condition() || m_clock.elapsed() > deadline)
            loop.quit();
    });
    poll.start();
    loop.exec();
    return condition();
}

bool AccountCommand::connect()
{
    m_engine->goOnline();
    if (!waitFor([this] { return m_engine->connectionState() != sync::ConnectionState::Connecting; })) {
        fail(QStringLiteral("timed out connecting to %1:%2").arg(m_account.host).arg(m_account.port));
        return false;
    }
    if (m_engine->connectionState() != sync::ConnectionState::Online) {
        const QString why = m_connectionError.isEmpty() ? QString() : QStringLiteral(": ") + m_connectionError;
        fail(QStringLiteral("cannot log in to %1:%2 as %3%4")
                 .arg(m_account.host)
                 .arg(m_account.port)
                 .arg(m_account.userName, why));
        return false;
    }
    return true;
}

bool AccountCommand::settle()
{
    auto journalEmpty = [this] {
        auto pending = m_engine->cache()->pendingJournal();
        return pending && pending.value().isEmpty();
    };
    auto offline = [this] { return m_engine->connectionState() != sync::ConnectionState::Online; };
    if (!waitFor([&] { return offline() || (m_engine->isQuiet() && journalEmpty()); })) {
        fail(QStringLiteral("timed out after %1 s waiting for the server").arg(m_arguments.timeoutSeconds));
        return false;
    }
    const QString why = m_connectionError.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(m_connectionError);
    if (!journalEmpty()) {
        fail(QStringLiteral("the connection was lost%1; the changes stay queued in the cache's journal").arg(why));
        return false;
    }
    if (offline()) {
        fail(QStringLiteral("the connection was lost%1").arg(why));
        return false;
    }
    return !m_failed;
}

int AccountCommand::usageError(const QString &message)
{
    QTextStream(stderr) << "quire-cli " << m_name << ": " << message << "\nUsage: " << m_usage << '\n';
    return kExitUsage;
}

void AccountCommand::fail(const QString &message)
{
    m_failed = true;
    QTextStream(stderr) << "quire-cli " << m_name << ": " << message << '\n';
}

int AccountCommand::finish(const QJsonValue &json)
{
    if (m_engine && m_engine->session())
        m_stats.compressed = qobject_cast<imap::DeflateTransport *>(m_engine->session()->transport()) != nullptr;
    if (m_engine && m_engine->connectionState() != sync::ConnectionState::Offline) {
        m_engine->goOffline();
        // A clean LOGOUT is polite, not essential: do not let it fail the run.
        const bool failedBefore = m_failed;
        waitFor([this] { return m_engine->connectionState() == sync::ConnectionState::Offline; });
        m_failed = failedBefore;
    }
    if (!m_failed) {
        QTextStream out(stdout);
        out << (json.isArray() ? QJsonDocument(json.toArray()) : QJsonDocument(json.toObject()))
                   .toJson(QJsonDocument::Indented);
    }
    if (m_violations > 10)
        QTextStream(stderr) << "quire-cli " << m_name << ": warning: " << m_violations
                            << " protocol violations by the server in all\n";
    if (m_arguments.stats)
        printStats();
    return m_failed ? kExitFailure : kExitOk;
}

void AccountCommand::printStats()
{
    QJsonObject commands;
    for (auto it = m_stats.commands.cbegin(); it != m_stats.commands.cend(); ++it)
        commands.insert(it.key(), it.value());
    QJsonArray syncs;
    for (const WireStats::Sync &sync : std::as_const(m_stats.syncs)) {
        syncs.append(QJsonObject { { QStringLiteral("mailbox"), sync.timing.mailbox },
            { QStringLiteral("strategy"), sync.timing.strategy }, { QStringLiteral("ok"), sync.timing.ok },
            { QStringLiteral("syncedMs"), double(sync.timing.syncedNanoseconds) / 1e6 },
            { QStringLiteral("settledMs"), double(sync.timing.settledNanoseconds) / 1e6 },
            { QStringLiteral("bytesReceived"), double(sync.bytesReceived) } });
    }
    const QJsonObject stats { { QStringLiteral("bytesSent"), double(m_stats.wire.sent) },
        { QStringLiteral("bytesReceived"), double(m_stats.wire.received) },
        { QStringLiteral("protocolBytesSent"), double(m_stats.bytesSent) },
        { QStringLiteral("protocolBytesReceived"), double(m_stats.bytesReceived) },
        { QStringLiteral("compressed"), m_stats.compressed }, { QStringLiteral("commands"), commands },
        { QStringLiteral("seconds"), double(m_clock.elapsed()) / 1000.0 }, { QStringLiteral("syncs"), syncs } };
    QTextStream(stderr) << "quire-cli stats: " << QJsonDocument(stats).toJson(QJsonDocument::Compact) << '\n';
}

std::optional<QList<quint32>> parseUidSet(const QString &text)
{
    constexpr quint32 kMaxRange = 1'000'000; // a typo like 1:4000000000 must not eat memory
    QList<quint32> uids;
    if (text.isEmpty())
        return std::nullopt;
    for (const QString &piece : text.split(u',')) {
        const QStringList ends = piece.split(u':');
        if (ends.size() > 2)
            return std::nullopt;
        bool okFirst = false;
        bool okLast = false;
        quint32 first = ends[0].toUInt(&okFirst);
        quint32 last = ends.size() == 2 ? ends[1].toUInt(&okLast) : first;
        if (!okFirst || (ends.size() == 2 && !okLast) || first == 0 || last == 0)
            return std::nullopt;
        if (first > last)
            std::swap(first, last);
        if (last - first > kMaxRange)
            return std::nullopt;
        for (quint32 uid = first; uid <= last; ++uid)
            uids.append(uid);
    }
    std::sort(uids.begin(), uids.end());
    uids.erase(std::unique(uids.begin(), uids.end()), uids.end());
    return uids;
}

QJsonValue messageRowJson(const cache::MessageRecord &row)
{
    QJsonObject out { { QStringLiteral("uid"), double(row.uid) },
        { QStringLiteral("flags"), QJsonArray::fromStringList(row.flags) } };
    if (!row.hasEnvelope)
        return out;
    out.insert(QStringLiteral("subject"), row.subject);
    out.insert(QStringLiteral("from"), row.from);
    out.insert(QStringLiteral("fromAddress"), row.fromAddress);
    out.insert(QStringLiteral("to"), row.to);
    if (!row.cc.isEmpty())
        out.insert(QStringLiteral("cc"), row.cc);
    out.insert(QStringLiteral("date"), row.date.isValid() ? QJsonValue(row.date.toString(Qt::ISODate)) : QJsonValue());
    out.insert(QStringLiteral("internalDate"),
        row.internalDate.isValid() ? QJsonValue(row.internalDate.toString(Qt::ISODate)) : QJsonValue());
    out.insert(QStringLiteral("size"), double(row.size));
    out.insert(QStringLiteral("messageId"), QString::fromUtf8(row.messageId));
    out.insert(QStringLiteral("hasAttachments"), row.hasAttachments);
    return out;
}

} // namespace quire::cli
