#pragma once

// Tasks that manage mailboxes by name: CREATE, DELETE, RENAME, SUBSCRIBE,
// UNSUBSCRIBE, LIST, LSUB, STATUS, APPEND.

#include "core/imap/tasks/Task.h"

#include <QString>

namespace quire::imap {

class CreateTask : public SingleCommandTask
{
    Q_OBJECT
public:
    explicit CreateTask(const QString &mailbox, QObject *parent = nullptr);
};

class DeleteTask : public SingleCommandTask
{
    Q_OBJECT
public:
    explicit DeleteTask(const QString &mailbox, QObject *parent = nullptr);
};

class RenameTask : public SingleCommandTask
{
    Q_OBJECT
public:
    RenameTask(const QString &from, const QString &to, QObject *parent = nullptr);
};

class SubscribeTask : public SingleCommandTask
{
    Q_OBJECT
public:
    explicit SubscribeTask(const QString &mailbox, QObject *parent = nullptr);
};

class UnsubscribeTask : public SingleCommandTask
{
    Q_OBJECT
public:
    explicit UnsubscribeTask(const QString &mailbox, QObject *parent = nullptr);
};

// One mailbox of a LIST or LSUB answer, its name decoded.
struct MailboxListEntry {
    QString name; // decoded from modified UTF-7, or UTF-8 when enabled
    QByteArray rawName; // as the server sent it, to send back unchanged
    QList<QByteArray> attributes;
    std::optional<char> delimiter;
    QList<QByteArray> childInfo;
    friend bool operator==(const MailboxListEntry &, const MailboxListEntry &) = default;
};

// LIST (with LIST-EXTENDED options when given). LIST-STATUS answers come as
// STATUS responses and are collected too.
class ListTask : public SingleCommandTask
{
    Q_OBJECT
public:
    explicit ListTask(List command = {}, QObject *parent = nullptr);
    bool offerUntagged(const Response &response) override;
    const QList<MailboxListEntry> &mailboxes() const { return m_mailboxes; }
    const QList<StatusResponse> &statuses() const { return m_statuses; }

private:
    QList<MailboxListEntry> m_mailboxes;
    QList<StatusResponse> m_statuses;
};

class LsubTask : public SingleCommandTask
{
    Q_OBJECT
public:
    explicit LsubTask(Lsub command = {}, QObject *parent = nullptr);
    bool offerUntagged(const Response &response) override;
    const QList<MailboxListEntry> &mailboxes() const { return m_mailboxes; }

private:
    QList<MailboxListEntry> m_mailboxes;
};

class StatusTask : public SingleCommandTask
{
    Q_OBJECT
public:
    StatusTask(const QString &mailbox, QList<StatusItem> items, QObject *parent = nullptr);
    bool offerUntagged(const Response &response) override;
    const StatusResponse &status() const { return m_status; }

private:
    QString m_mailbox;
    StatusResponse m_status;
};

// APPEND. Result: the new message's UID when the server has UIDPLUS.
class AppendTask : public SingleCommandTask
{
    Q_OBJECT
public:
    explicit AppendTask(Append command, QObject *parent = nullptr);
    // From [APPENDUID uidvalidity uid]; 0 when the server did not say.
    quint32 uidValidity() const { return m_uidValidity; }
    quint32 uid() const { return m_uid; }

protected:
    void completedOk(const TaggedStatus &status) override;

private:
    quint32 m_uidValidity = 0;
    quint32 m_uid = 0;
};

// The name a LIST/LSUB/STATUS answer gives, decoded the way the session
// talks (UTF-8 once UTF8=ACCEPT is enabled, else modified UTF-7).
QString decodeServerMailboxName(const Session &session, const QByteArray &raw);

} // namespace quire::imap
