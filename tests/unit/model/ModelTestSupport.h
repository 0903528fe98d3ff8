#pragma once

// Shared by the model tests: an engine with one mailbox of generated
// messages, and the checks every test repeats.

#include "FakeMailEngine.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

namespace quire::model::testing {

inline const QString kInbox = QStringLiteral("INBOX");

// An engine whose INBOX holds messages with the given UIDs.
inline std::unique_ptr<FakeMailEngine> engineWithMessages(const QList<quint32> &uids)
{
    auto engine = std::make_unique<FakeMailEngine>();
    engine->addMailbox(mailboxRecord(kInbox), false);
    QList<cache::MessageRecord> records;
    for (quint32 uid : uids)
        records.append(messageRecord(uid));
    EXPECT_TRUE(engine->cache()->upsertMessages(kInbox, kUidValidity, records).ok());
    return engine;
}

inline QList<quint32> uidRange(quint32 first, quint32 last)
{
    QList<quint32> uids;
    for (quint32 uid = first; uid <= last; ++uid)
        uids.append(uid);
    return uids;
}

inline std::unique_ptr<QAbstractItemModelTester> attachTester(QAbstractItemModel *model)
{
    return std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
}

} // namespace quire::model::testing
