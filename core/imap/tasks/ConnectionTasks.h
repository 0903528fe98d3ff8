#pragma once

// Tasks about the connection rather than a mailbox: CAPABILITY, NOOP,
// LOGOUT, LOGIN, AUTHENTICATE, STARTTLS, COMPRESS, ENABLE, ID, NAMESPACE,
// NOTIFY.

#include "core/imap/tasks/Task.h"

namespace quire::imap {

class CapabilityTask : public SingleCommandTask
{
    Q_OBJECT
public:
    explicit CapabilityTask(QObject *parent = nullptr);
    bool offerUntagged(const Response &response) override;
    // What the server listed, before SessionConfig::hiddenCapabilities.
    const QList<QByteArray> &advertised() const { return m_advertised; }

private:
    QList<QByteArray> m_advertised;
};

class NoopTask : public SingleCommandTask
{
    Q_OBJECT
public:
    explicit NoopTask(QObject *parent = nullptr);
};

// Succeeds on the tagged OK, or when the server closes after its BYE
// without one (some do).
class LogoutTask : public SingleCommandTask
{
    Q_OBJECT
public:
    explicit LogoutTask(QObject *parent = nullptr);
    bool offerUntagged(const Response &response) override;
    void abort(const TaskError &error) override;

private:
    bool m_byeSeen = false;
};

// LOGIN; refused without sending anything when the server advertises
// LOGINDISABLED (RFC 3501 6.2.3): the password must not cross in clear.
class LoginTask : public SingleCommandTask
{
    Q_OBJECT
public:
    LoginTask(const QString &user, const QString &password, QObject *parent = nullptr);

protected:
    void run() override;
};

// AUTHENTICATE PLAIN (RFC 4616), with SASL-IR when the server offers it.
class AuthenticateTask : public SingleCommandTask
{
    Q_OBJECT
public:
    AuthenticateTask(const QString &user, const QString &password, QObject *parent = nullptr);
};

// STARTTLS: fails unless the server offers it; we never fall back to clear
// text. The session upgrades the transport after the OK.
class StartTlsTask : public SingleCommandTask
{
    Q_OBJECT
public:
    explicit StartTlsTask(QObject *parent = nullptr);

protected:
    void run() override;
};

// COMPRESS DEFLATE (RFC 4978); the session wraps the transport after the OK.
class CompressTask : public SingleCommandTask
{
    Q_OBJECT
public:
    explicit CompressTask(QObject *parent = nullptr);

protected:
    void run() override;
};

// ENABLE (RFC 5161). Result: what the server said it enabled.
class EnableTask : public SingleCommandTask
{
    Q_OBJECT
public:
    explicit EnableTask(QList<QByteArray> extensions, QObject *parent = nullptr);
    bool offerUntagged(const Response &response) override;
    const QList<QByteArray> &enabled() const { return m_enabled; }

protected:
    void run() override;

private:
    QList<QByteArray> m_enabled;
};

// ID (RFC 2971). Result: the server's fields.
class IdTask : public SingleCommandTask
{
    Q_OBJECT
public:
    explicit IdTask(QList<IdField> fields, QObject *parent = nullptr);
    bool offerUntagged(const Response &response) override;
    const IdResponse &serverId() const { return m_serverId; }

private:
    IdResponse m_serverId;
};

// NAMESPACE (RFC 2342).
class NamespaceTask : public SingleCommandTask
{
    Q_OBJECT
public:
    explicit NamespaceTask(QObject *parent = nullptr);
    bool offerUntagged(const Response &response) override;
    const NamespaceResponse &namespaces() const { return m_namespaces; }

private:
    NamespaceResponse m_namespaces;
};

// NOTIFY SET or NOTIFY NONE (RFC 5465); refused without sending anything
// when the server does not offer NOTIFY. The notifications themselves come
// later, unasked (Session::unsolicitedResponse), for as long as the
// connection lives or until the server says NOTIFICATIONOVERFLOW.
class NotifyTask : public SingleCommandTask
{
    Q_OBJECT
public:
    explicit NotifyTask(Notify command, QObject *parent = nullptr);
    // After a NO: the events of [BADEVENT]. RFC 5465 says they are the ones
    // the server supports; Dovecot 2.3 names the refused ones instead, so
    // they are for logs, not for choosing what to ask next.
    QList<QByteArray> badEvents() const;

protected:
    void run() override;
};

} // namespace quire::imap
