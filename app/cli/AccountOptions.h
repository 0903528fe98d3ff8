#pragma once

// What every account command of quire-cli shares: the account options
// (--server, --account, --ca-file, ...), the engine they set up, waiting for
// the engine's work to settle, error reporting and the exit status.

#include "cli/CountingTransport.h"
#include "core/account/AccountConfig.h"
#include "core/imap/session/CredentialProvider.h"
#include "core/sync/AccountEngine.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonValue>
#include <QMap>
#include <QSet>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace quire::cli {

// Exit statuses of the account commands (docs/cli.md).
constexpr int kExitOk = 0;
constexpr int kExitFailure = 1; // the server, the network or the cache failed
constexpr int kExitUsage = 2; // bad arguments

struct AccountArguments {
    QString serverUrl;
    QString accountId;
    QString caFile;
    QString cacheDir;
    bool insecurePlaintext = false;
    bool stats = false;
    bool offline = false;
    int timeoutSeconds = 120;
    // Seconds a command may go without progress from the server (0: core's default).
    int commandTimeoutSeconds = 0;
    QString protocolLogFile; // --protocol-log: the session's redacted traffic
    QString trustFingerprint; // --trust-fingerprint: "Trust once" for this run
    QString hiddenCapabilities; // --hide-capabilities: "QRESYNC,CONDSTORE"
    QSet<QString> switches; // command-specific switches that were given, e.g. "--all"
    QStringList positional;
};

// Where the wire statistics of --stats are collected.
struct WireStats {
    WireCounts wire; // on the connection, after COMPRESS=DEFLATE
    qint64 bytesSent = 0; // IMAP protocol bytes, decompressed
    qint64 bytesReceived = 0;
    bool compressed = false;
    QMap<QString, int> commands; // "UID FETCH" -> 3
    // Per mailbox sync, in order: the engine's timing and the wire bytes
    // received between its start and its settling.
    struct Sync {
        sync::SyncTiming timing;
        qint64 bytesReceived = 0;
    };
    QList<Sync> syncs;
    qint64 receivedAtSyncStart = 0;
};

// One account command from start to exit: parses the options, resolves the
// account, opens the cache, runs the engine and reports.
class AccountCommand : public QObject
{
public:
    // usage is the one-line synopsis printed with argument errors.
    AccountCommand(QString name, QString usage, QSet<QString> switches = {});
    ~AccountCommand() override;

    // Parses the options. required names the positional arguments that must
    // be there, for the message when one is missing; maxPositional < 0 means
    // no limit. On failure or --help the exit status is returned.
    std::optional<int> parse(const QStringList &args, const QStringList &required, qsizetype maxPositional);
    // Resolves the account and the password and opens the cache and the
    // engine (offline). Returns an exit status on failure.
    std::optional<int> setUp();
    // goOnline() and wait for the login. False: failed, already reported.
    bool connect();
    // Waits until the engine is quiet and the journal is empty.
    bool settle();
    // Runs fn when its condition is true, or gives up at the deadline.
    bool waitFor(const std::function<bool()> &condition);

    // Prints "quire-cli NAME: message" and the synopsis; returns 2.
    int usageError(const QString &message);
    // Records a failure; the command then exits with 1.
    void fail(const QString &message);
    bool failed() const { return m_failed; }
    // Logs out, prints the JSON (unless a failure was recorded) and the
    // statistics, and returns the exit status.
    int finish(const QJsonValue &json);

    const AccountArguments &arguments() const { return m_arguments; }
    const QStringList &positional() const { return m_arguments.positional; }
    bool hasSwitch(const QString &name) const { return m_arguments.switches.contains(name); }
    sync::AccountEngine *engine() const { return m_engine.get(); }
    cache::Cache *cache() const { return m_engine->cache(); }

private:
    std::optional<int> resolveAccount();
    std::optional<int> resolvePassword();
    void watchSession(imap::Session *session);
    void printStats();
    bool openProtocolLog();
    void reportViolation(const imap::ProtocolViolation &violation);

    QString m_name;
    QString m_usage;
    QSet<QString> m_allowedSwitches;
    AccountArguments m_arguments;
    AccountConfig m_account;
    QString m_password;
    std::unique_ptr<imap::FixedCredentialProvider> m_credentials;
    std::unique_ptr<sync::AccountEngine> m_engine;
    QElapsedTimer m_clock;
    WireStats m_stats;
    QString m_connectionError; // why the session's connection ended, in words
    std::unique_ptr<QFile> m_protocolLog;
    int m_violations = 0; // protocol violations the server committed
    bool m_failed = false;
};

// "1:3,7" -> {1,2,3,7}; nullopt when the text is not a UID set. "*" is not
// allowed: the CLI works on UIDs the user has seen.
std::optional<QList<quint32>> parseUidSet(const QString &text);

// A mailbox's cached rows as the JSON `list` prints.
QJsonValue messageRowJson(const cache::MessageRecord &row);

} // namespace quire::cli
