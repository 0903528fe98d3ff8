#pragma once

// Shared fixture for the cache tests: a fresh private directory per test and
// record builders with every field set, so round trips check every column.

#include "core/cache/SqliteCache.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>
#include <sys/stat.h>

namespace quire::cache::testing {

inline MailboxRecord sampleMailbox(const QString &name, quint32 uidValidity = 0)
{
    MailboxRecord record;
    record.name = name;
    record.rawName = name.toUtf8();
    record.delimiter = QLatin1Char('/');
    record.attributes = { QStringLiteral("\\HasNoChildren") };
    record.subscribed = true;
    record.state.uidValidity = uidValidity;
    return record;
}

inline MessageRecord sampleMessage(quint32 uid, const QString &subject = QString())
{
    MessageRecord record;
    record.uid = uid;
    record.flags = { QStringLiteral("\\Seen"), QStringLiteral("$Label1") };
    record.modSeq = 1000 + uid;
    record.hasEnvelope = true;
    record.internalDate = QDateTime(QDate(2024, 3, 1), QTime(12, 0, 0), Qt::UTC).addSecs(uid);
    record.size = 1234 + uid;
    record.subject = subject.isNull() ? QStringLiteral("Subject %1").arg(uid) : subject;
    record.from = QStringLiteral("Alice Example <alice@example.org>");
    record.fromAddress = QStringLiteral("alice@example.org");
    record.to = QStringLiteral("Bob <bob@example.org>");
    record.cc = QStringLiteral("carol@example.org");
    record.date = QDateTime(QDate(2024, 3, 1), QTime(13, 30, 0), Qt::OffsetFromUTC, 3600).addSecs(uid);
    record.messageId = QByteArray("<m") + QByteArray::number(uid) + "@example.org>";
    record.inReplyTo = "<parent@example.org>";
    record.references = { "<root@example.org>", "<parent@example.org>" };
    record.hasAttachments = uid % 2 == 0;
    record.envelopeBlob = QByteArray("envelope-") + QByteArray::number(uid);
    record.bodyStructureBlob = QByteArray("bodystructure-") + QByteArray::number(uid);
    return record;
}

// The permission bits as the kernel has them, umask and all.
inline unsigned fileMode(const QString &path)
{
    struct stat info {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 07777;
}

class CacheTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        reopen();
    }

    SqliteCache::Options options() const
    {
        SqliteCache::Options options;
        options.directory = cacheDirectory();
        options.now = [this] { return m_now; };
        return options;
    }

    void reopen()
    {
        m_cache.reset();
        auto opened = SqliteCache::open(options());
        ASSERT_TRUE(opened.ok()) << opened.error().detail.toStdString();
        m_cache = std::move(opened).value();
    }

    QString cacheDirectory() const { return m_dir.filePath(QStringLiteral("account")); }

    void addMailbox(const QString &name, quint32 uidValidity)
    {
        const auto added = m_cache->upsertMailboxes({ sampleMailbox(name, uidValidity) });
        ASSERT_TRUE(added.ok()) << added.error().detail.toStdString();
    }

    QTemporaryDir m_dir;
    QDateTime m_now = QDateTime(QDate(2024, 5, 1), QTime(8, 0, 0), Qt::UTC);
    std::unique_ptr<SqliteCache> m_cache;
};

} // namespace quire::cache::testing
