#include "core/account/AccountConfig.h"

namespace quire {

QString securityToString(Security s)
{
    switch (s) {
    case Security::ImplicitTls:
        return QStringLiteral("tls");
    case Security::StartTls:
        return QStringLiteral("starttls");
    case Security::Plaintext:
        return QStringLiteral("plaintext");
    }
    return {};
}

bool securityFromString(const QString &text, Security *out)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("tls") || t == QLatin1String("ssl") || t == QLatin1String("imaps"))
        *out = Security::ImplicitTls;
    else if (t == QLatin1String("starttls"))
        *out = Security::StartTls;
    else if (t == QLatin1String("plaintext") || t == QLatin1String("none"))
        *out = Security::Plaintext;
    else
        return false;
    return true;
}

QString authMethodToString(AuthMethod method)
{
    return method == AuthMethod::OAuth2 ? QStringLiteral("oauth2") : QStringLiteral("password");
}

bool authMethodFromString(const QString &text, AuthMethod *out)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("password") || t.isEmpty())
        *out = AuthMethod::Password;
    else if (t == QLatin1String("oauth2"))
        *out = AuthMethod::OAuth2;
    else
        return false;
    return true;
}

} // namespace quire
