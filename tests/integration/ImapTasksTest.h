#pragma once

// Every task of quire_imap against a real server (Dovecot, Cyrus), named by
// QUIRE_IMAP_ENV. Each test works in mailboxes of its own with a unique
// name, so tests may run in parallel on the same server. The slots are
// split over tst_imap_tasks.cpp (connection and mailbox tasks) and
// tst_imap_message_tasks.cpp (tasks on the selected mailbox).
//
// Every session the tests open reports its traffic to a CommandsCompleted
// recorder, and the last test checks that each command of the seed
// list got a tagged OK from this server: a task that silently stopped
// sending its command would otherwise go unnoticed.

#include "core/imap/session/CredentialProvider.h"
#include "core/imap/session/Session.h"
#include "core/imap/tasks/ConnectTask.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <memory>

// The commands ("SELECT", "UID FETCH", ...) that got a tagged OK on any of
// the sessions watched.
class CommandsCompleted
{
public:
    void watch(quire::imap::Session &session);
    const QSet<QByteArray> &completed() const { return m_completed; }

private:
    QSet<QByteArray> m_completed;
};

class ImapTasksTest : public QObject
{
    Q_OBJECT

private:
    QHash<QString, QString> m_env;
    quire::imap::FixedCredentialProvider m_alice { { QStringLiteral("alice"), QStringLiteral("alicepw") } };
    QString m_prefix; // personal namespace prefix, e.g. "INBOX." on Cyrus
    CommandsCompleted m_commands;

    std::unique_ptr<quire::imap::Session> newSession(bool startTls, quire::imap::SessionConfig config = {});
    // Runs a task to its end; true when it succeeded.
    bool run(quire::imap::Session &session, quire::imap::Task &task);
    std::unique_ptr<quire::imap::Session> loggedIn(quire::imap::ConnectOptions options = {}, bool startTls = false);
    QString uniqueMailbox(const char *purpose);
    bool createMailbox(quire::imap::Session &session, const QString &name);
    bool deleteMailboxes(quire::imap::Session &session, const QStringList &names);
    // The new message's UID when the server has UIDPLUS, else 0.
    quint32 append(
        quire::imap::Session &session, const QString &mailbox, const QByteArray &bytes, QList<QByteArray> flags = {});

private Q_SLOTS:
    // tst_imap_tasks.cpp
    void initTestCase();
    void connectWithImplicitTlsAndSessionTasks();
    void connectWithStartTls();
    void loginAndAuthenticatePlain();
    void enableAndCompress();
    void mailboxManagement();
    void idleSeesAppendFromAnotherConnection();
    // tst_imap_message_tasks.cpp
    void messageTasks();
    void sequenceNumberForms();
    void sortAndThread();
    void noExtensionsStillWorks();
    // tst_imap_tasks.cpp; must stay last: it checks what the others sent.
    void everySeedCommandCompleted();
};

// A plain text message with a UTF-8 subject and body.
QByteArray testMessage(const QString &subject, const QString &body);

constexpr int kTimeoutMs = 20000;
