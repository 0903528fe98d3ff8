#pragma once

// Where the session gets a password. Behind an interface so the keychain
// (asynchronous, may ask the user) and tests can both provide one; the
// session never stores or logs what it gets.

#include <QString>

#include <functional>
#include <optional>

namespace quire::imap {

struct Credentials {
    QString user;
    QString password; // or, for OAuth2 logins, the access token
};

class CredentialProvider
{
public:
    virtual ~CredentialProvider() = default;
    // Calls reply exactly once, now or later; nullopt when there is nothing
    // (the user cancelled a prompt, the keychain is locked).
    virtual void requestCredentials(std::function<void(std::optional<Credentials>)> reply) = 0;
    // The server refused what the last request returned (an OAuth2 token):
    // the next request should bring fresh credentials if it can.
    virtual void credentialsRejected() { }
};

// A provider that always answers at once with fixed credentials.
class FixedCredentialProvider : public CredentialProvider
{
public:
    explicit FixedCredentialProvider(Credentials credentials)
        : m_credentials(std::move(credentials))
    {
    }
    void requestCredentials(std::function<void(std::optional<Credentials>)> reply) override { reply(m_credentials); }

private:
    Credentials m_credentials;
};

} // namespace quire::imap
