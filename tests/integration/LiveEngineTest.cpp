#include "tests/integration/LiveEngineTest.h"

#include "core/cache/SqliteCache.h"
#include "core/imap/tasks/MailboxTasks.h"
#include "core/imap/tasks/SelectedTasks.h"
#include "tests/integration/LiveServer.h"
#include "tests/support/ServerEnvFile.h"

#include <QTest>
#include <QUuid>

namespace quire::test {

void LiveEngineTest::initTestCase()
{
    m_env = readServerEnvFile(qEnvironmentVariable("QUIRE_IMAP_ENV"));
    if (m_env.isEmpty())
        QSKIP("QUIRE_IMAP_ENV not set or unreadable");
    m_prefix = folderPrefix(m_env);
}

std::unique_ptr<sync::AccountEngine> LiveEngineTest::liveEngine(
    const QString &cacheDir, sync::AccountEngineOptions options)
{
    cache::SqliteCache::Options cacheOptions;
    cacheOptions.directory = cacheDir;
    if (!options.transportFactory)
        options.transportFactory = [this] { return implicitTlsTransport(m_env); };
    return std::make_unique<sync::AccountEngine>(
        std::move(cache::SqliteCache::open(cacheOptions)).value(), &m_bob, options);
}

QByteArray LiveEngineTest::testMessage(int n)
{
    return "From: Other <other@example.org>\r\nTo: bob@example.org\r\nSubject: message " + QByteArray::number(n)
        + "\r\nMessage-ID: <" + QUuid::createUuid().toByteArray(QUuid::Id128) + "@quire.test>\r\n\r\nbody\r\n";
}

bool LiveEngineTest::run(imap::Session &session, imap::Task &task)
{
    return runToEnd(session, task);
}

void LiveEngineTest::dropMailboxes(imap::Session &changer, const QStringList &names)
{
    for (const QString &name : names) {
        imap::UnselectTask leave;
        runToEnd(changer, leave);
        imap::DeleteTask drop(name);
        runToEnd(changer, drop);
    }
}

} // namespace quire::test
