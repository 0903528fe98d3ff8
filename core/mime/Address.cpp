#include "core/mime/Address.h"

#include "core/mime/EncodedWords.h"

#include <algorithm>
#include <utility>

namespace quire::mime {

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

bool isDelimiter(char c)
{
    return isBlank(c) || c == '"' || c == '(' || c == '<' || c == '>' || c == ',' || c == ';' || c == ':';
}

struct Word {
    QByteArray text;
    bool quoted = false;
    bool spaceBefore = false; // whitespace or a comment separated it from the previous word
};

// One mailbox's worth of tokens, between separators.
struct MailboxTokens {
    QList<Word> words;
    QByteArray angleAddress;
    bool hasAngle = false;
    QByteArray comment; // the last comment, a display name when there is no phrase

    bool isEmpty() const { return words.isEmpty() && !hasAngle && comment.isEmpty(); }
};

QByteArray joinPhrase(const QList<Word> &words)
{
    QByteArray phrase;
    for (const Word &word : words) {
        if (!phrase.isEmpty() && word.spaceBefore)
            phrase.append(' ');
        phrase.append(word.text);
    }
    return phrase;
}

// Joins the words of an address written without angle brackets, where
// obsolete syntax allows spaces around '.' and '@' ("jdoe@test . example").
QList<QByteArray> joinAddressPieces(const QList<Word> &words)
{
    QList<QByteArray> pieces;
    for (const Word &word : words) {
        QByteArray text = word.quoted ? '"' + word.text + '"' : word.text;
        const bool glue = !pieces.isEmpty()
            && (!word.spaceBefore || pieces.back().endsWith('.') || pieces.back().endsWith('@') || text.startsWith('.')
                || text.startsWith('@'));
        if (glue)
            pieces.back().append(text);
        else
            pieces.append(text);
    }
    return pieces;
}

class AddressParser
{
public:
    AddressParser(QByteArrayView raw, QByteArrayView fallbackCharset)
        : m_raw(raw)
        , m_fallback(fallbackCharset)
    {
    }

    AddressList parse()
    {
        bool spaceBefore = false;
        while (m_pos < m_raw.size()) {
            const char c = m_raw[m_pos];
            if (isBlank(c)) {
                spaceBefore = true;
                ++m_pos;
            } else if (c == '"') {
                m_current.words.append({ readQuoted(), true, spaceBefore });
                spaceBefore = false;
            } else if (c == '(') {
                m_current.comment = readComment();
                spaceBefore = true;
            } else if (c == '<') {
                m_current.angleAddress = readAngleAddress();
                m_current.hasAngle = true;
                spaceBefore = true;
            } else if (c == ',') {
                ++m_pos;
                finishMailbox(false);
                spaceBefore = false;
            } else if (c == ';') {
                ++m_pos;
                finishMailbox(false);
                // Outside a group, Outlook's ';' separator is just a comma.
                if (m_inGroup)
                    finishGroup();
                spaceBefore = false;
            } else if (c == ':' && !m_inGroup && !m_current.hasAngle && !m_current.words.isEmpty()) {
                ++m_pos;
                startGroup();
                spaceBefore = false;
            } else if (c == '>' || c == ':') {
                ++m_pos; // stray
                spaceBefore = true;
            } else {
                const qsizetype start = m_pos;
                while (m_pos < m_raw.size() && !isDelimiter(m_raw[m_pos]))
                    ++m_pos;
                m_current.words.append({ m_raw.sliced(start, m_pos - start).toByteArray(), false, spaceBefore });
                spaceBefore = false;
            }
        }
        finishMailbox(true);
        if (m_inGroup)
            finishGroup();
        return m_result;
    }

private:
    QByteArray readQuoted()
    {
        QByteArray out;
        ++m_pos;
        while (m_pos < m_raw.size()) {
            const char c = m_raw[m_pos++];
            if (c == '"')
                break;
            if (c == '\\' && m_pos < m_raw.size())
                out.append(m_raw[m_pos++]);
            else if (c != '\r' && c != '\n')
                out.append(c);
        }
        return out;
    }

    QByteArray readComment()
    {
        QByteArray out;
        int depth = 0;
        while (m_pos < m_raw.size()) {
            const char c = m_raw[m_pos++];
            if (c == '\\' && m_pos < m_raw.size()) {
                out.append(m_raw[m_pos++]);
                continue;
            }
            if (c == '(' && depth++ == 0)
                continue;
            if (c == ')' && --depth == 0)
                break;
            if (c != '\r' && c != '\n')
                out.append(c);
        }
        return out.trimmed();
    }

    // Reads "<...>", dropping whitespace, comments and an obsolete source
    // route. Without a closing '>', the address ends at the next ',' so the
    // rest of the list survives.
    QByteArray readAngleAddress()
    {
        ++m_pos;
        QByteArray out;
        while (m_pos < m_raw.size()) {
            const char c = m_raw[m_pos];
            if (c == '>') {
                ++m_pos;
                break;
            }
            if (c == '<' || (c == ',' && !out.startsWith('@')) || c == ';')
                break;
            if (c == '(') {
                readComment();
                continue;
            }
            if (c == '"') {
                out.append('"' + readQuoted() + '"');
                continue;
            }
            if (!isBlank(c))
                out.append(c);
            ++m_pos;
        }
        if (out.startsWith('@')) {
            const qsizetype colon = out.indexOf(':');
            out = colon < 0 ? QByteArray() : out.mid(colon + 1);
        }
        if (out.startsWith("mailto:"))
            out.remove(0, 7);
        return out;
    }

    QString decodePhrase(const QByteArray &phrase) const { return decodeHeaderValue(phrase, m_fallback); }

    void startGroup()
    {
        finishCarriedPhrase();
        m_group = AddressGroup();
        m_group.name = decodePhrase(joinPhrase(m_current.words));
        m_group.position = m_result.addresses.size();
        m_current = MailboxTokens();
        m_inGroup = true;
    }

    void finishGroup()
    {
        finishCarriedPhrase();
        m_result.groups.append(m_group);
        m_inGroup = false;
    }

    void addMailbox(const MailAddress &address)
    {
        if (address.name.isEmpty() && address.address.isEmpty())
            return;
        if (m_inGroup)
            m_group.members.append(address);
        else
            m_result.addresses.append(address);
    }

    void finishCarriedPhrase()
    {
        if (!m_carriedPhrase.isEmpty())
            addMailbox({ decodePhrase(m_carriedPhrase), QString() });
        m_carriedPhrase.clear();
    }

    void finishMailbox(bool atEnd)
    {
        MailboxTokens tokens = std::exchange(m_current, MailboxTokens());
        // A lone comment ("(the end of the group)") names nobody.
        if (tokens.words.isEmpty() && !tokens.hasAngle)
            return;
        if (tokens.hasAngle) {
            QByteArray phrase = joinPhrase(tokens.words);
            if (!m_carriedPhrase.isEmpty()) {
                // "Doe, John <jd@x>": the comma was part of the name.
                phrase = m_carriedPhrase + ", " + phrase;
                m_carriedPhrase.clear();
            }
            QString name = decodePhrase(phrase);
            if (name.isEmpty())
                name = decodePhrase(tokens.comment);
            addMailbox({ name, QString::fromUtf8(tokens.angleAddress) });
            return;
        }
        const QList<QByteArray> pieces = joinAddressPieces(tokens.words);
        qsizetype addressPiece = -1;
        for (qsizetype i = pieces.size() - 1; i >= 0; --i) {
            // An '@' inside quotes ("\"John <j@d>\"") does not make an address.
            if (pieces[i].lastIndexOf('@') > pieces[i].lastIndexOf('"')) {
                addressPiece = i;
                break;
            }
        }
        if (addressPiece < 0) {
            // A phrase with no address: maybe the first half of a name with
            // an unquoted comma. Keep it for the next mailbox.
            finishCarriedPhrase();
            const QByteArray phrase = joinPhrase(tokens.words);
            m_carriedPhrase = phrase.isEmpty() ? tokens.comment : phrase;
            if (atEnd)
                finishCarriedPhrase();
            return;
        }
        finishCarriedPhrase();
        QByteArray phrase;
        for (qsizetype i = 0; i < pieces.size(); ++i) {
            if (i == addressPiece)
                continue;
            if (!phrase.isEmpty())
                phrase.append(' ');
            phrase.append(pieces[i]);
        }
        QString name = decodePhrase(phrase);
        if (name.isEmpty())
            name = decodePhrase(tokens.comment);
        addMailbox({ name, QString::fromUtf8(pieces[addressPiece]) });
    }

    QByteArrayView m_raw;
    QByteArrayView m_fallback;
    qsizetype m_pos = 0;
    MailboxTokens m_current;
    QByteArray m_carriedPhrase;
    bool m_inGroup = false;
    AddressGroup m_group;
    AddressList m_result;
};

bool needsQuoting(const QString &name)
{
    if (name.startsWith(u' ') || name.endsWith(u' '))
        return true;
    for (QChar c : name) {
        if (c.unicode() < 0x20 || QStringView(u"()<>[]:;@\\,.\"").contains(c))
            return true;
    }
    return false;
}

} // namespace

QList<MailAddress> AddressList::allMailboxes() const
{
    QList<MailAddress> all;
    qsizetype nextAddress = 0;
    for (const AddressGroup &group : groups) {
        const qsizetype until = std::min(group.position, addresses.size());
        while (nextAddress < until)
            all.append(addresses[nextAddress++]);
        all.append(group.members);
    }
    while (nextAddress < addresses.size())
        all.append(addresses[nextAddress++]);
    return all;
}

AddressList parseAddressList(QByteArrayView raw, QByteArrayView fallbackCharset)
{
    return AddressParser(raw, fallbackCharset).parse();
}

QString formatAddress(const MailAddress &address)
{
    if (address.name.isEmpty())
        return address.address;
    QString name = address.name;
    if (needsQuoting(name)) {
        name.replace(u'\\', QStringLiteral("\\\\"));
        name.replace(u'"', QStringLiteral("\\\""));
        name = QLatin1Char('"') + name + QLatin1Char('"');
    }
    if (address.address.isEmpty())
        return name;
    return name + QStringLiteral(" <") + address.address + QLatin1Char('>');
}

} // namespace quire::mime
