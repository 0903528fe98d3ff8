#pragma once

// The fixture of the tests that drive an AccountEngine as bob against the
// server named by QUIRE_IMAP_ENV: initTestCase reads the server's env file
// (and skips the test without one), and the helpers make an engine with a
// cache of its own, test messages, and clean up the folders a test made.

#include "core/imap/session/CredentialProvider.h"
#include "core/sync/AccountEngine.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace quire::imap {
class Session;
class Task;
} // namespace quire::imap

namespace quire::test {

class LiveEngineTest : public QObject
{
    Q_OBJECT

protected:
    // An engine logged in as bob, caching in cacheDir. Unless the options
    // name a transport factory, it connects to the server's implicit-TLS port.
    std::unique_ptr<sync::AccountEngine> liveEngine(const QString &cacheDir, sync::AccountEngineOptions options = {});
    // A short plain message from someone else to bob, "Subject: message n",
    // with a Message-ID of its own.
    static QByteArray testMessage(int n);
    // Runs the task on the session to its end; true when it succeeded.
    static bool run(imap::Session &session, imap::Task &task);
    // Leaves the selected mailbox and deletes these (best effort).
    static void dropMailboxes(imap::Session &changer, const QStringList &names);

    QHash<QString, QString> m_env;
    imap::FixedCredentialProvider m_bob { { QStringLiteral("bob"), QStringLiteral("bobpw") } };
    QString m_prefix; // where a test may create folders of bob's (folderPrefix)

private Q_SLOTS:
    void initTestCase();
};

} // namespace quire::test
