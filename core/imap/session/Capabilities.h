#pragma once

// The server's capabilities as the session sees them: upper-cased, minus
// any the SessionConfig hides (so tests can run "CONDSTORE only" or "no
// extensions" against a real server).

#include <QByteArray>
#include <QList>
#include <QSet>

namespace quire::imap {

class Capabilities
{
public:
    Capabilities() = default;
    Capabilities(const QList<QByteArray> &advertised, const QSet<QByteArray> &hidden);

    bool has(const QByteArray &name) const { return m_names.contains(name.toUpper()); }
    // AUTH=<mechanism>
    bool hasAuthMechanism(const QByteArray &mechanism) const { return has("AUTH=" + mechanism); }
    bool isEmpty() const { return m_names.isEmpty(); }
    const QSet<QByteArray> &names() const { return m_names; }

    friend bool operator==(const Capabilities &, const Capabilities &) = default;

private:
    QSet<QByteArray> m_names;
};

} // namespace quire::imap
