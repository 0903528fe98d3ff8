#include "core/mime/Tnef.h"

#include "core/mime/Charset.h"
#include "core/mime/TnefReader.h"

#include <optional>

namespace quire::mime {

namespace {

using namespace quire::mime::tnef;

// More files than any real winmail.dat carries; stops a crafted blob of
// empty attachments from building a huge list.
constexpr qsizetype kMaxAttachments = 1000;

// PT_STRING8 values are in the sender's Windows code page
// (attOemCodepage); the names ICU knows for the common ones.
QByteArray charsetForCodepage(std::uint32_t codepage)
{
    switch (codepage) {
    case 0:
        return {};
    case 65001:
        return "utf-8";
    case 20866:
        return "koi8-r";
    case 21866:
        return "koi8-u";
    case 932:
        return "shift_jis";
    case 936:
        return "gbk";
    case 949:
        return "euc-kr";
    case 950:
        return "big5";
    default:
        if (codepage >= 28591 && codepage <= 28605)
            return "iso-8859-" + QByteArray::number(codepage - 28590);
        return "windows-" + QByteArray::number(codepage);
    }
}

QByteArrayView beforeNul(QByteArrayView bytes)
{
    const qsizetype nul = bytes.indexOf('\0');
    return nul >= 0 ? bytes.first(nul) : bytes;
}

QString string8(QByteArrayView bytes, const QByteArray &charset)
{
    return decodeCharset(beforeNul(bytes), charset).trimmed();
}

QString utf16String(QByteArrayView bytes)
{
    QString s = QString::fromUtf16(reinterpret_cast<const char16_t *>(bytes.data()), bytes.size() / 2);
    const qsizetype nul = s.indexOf(QChar(0));
    if (nul >= 0)
        s.truncate(nul);
    return s.trimmed();
}

QString propertyString(const Property &property, const QByteArray &charset)
{
    if (property.type == type::Unicode)
        return utf16String(property.value);
    if (property.type == type::String8)
        return string8(property.value, charset);
    return {};
}

// What one attachment said about itself, collected over its attributes
// (the data may come before the name: data-before-name.tnef).
struct PendingAttachment {
    QString longFileName;
    QString title;
    QString shortFileName;
    QString displayName;
    QString mimeTag;
    QByteArray attributeData; // attAttachData
    QByteArray propertyData; // PR_ATTACH_DATA_BIN / _OBJ
    bool propertyDataIsObject = false;
    std::uint32_t method = 0;

    TnefAttachment finish() const
    {
        TnefAttachment out;
        // Same precedence as MimeKit: the long name, then the legacy title
        // (often an 8.3 name), then PR_ATTACH_FILENAME, then the display name.
        for (const QString *candidate : { &longFileName, &title, &shortFileName, &displayName }) {
            if (!candidate->isEmpty()) {
                out.fileName = *candidate;
                break;
            }
        }
        if (out.fileName.isEmpty())
            out.fileName = QStringLiteral("Untitled Attachment");
        out.mimeType = mimeTag.toLatin1().toLower();
        if (method == kAttachMethodEmbeddedMessage)
            out.mimeType = "application/ms-tnef"; // the object is the embedded message's own TNEF stream
        else if (!out.mimeType.contains('/'))
            out.mimeType = "application/octet-stream";
        // attAttachData holds the file only for by-value attachments; for
        // embedded messages and OLE objects it is a placeholder and the
        // real content is the PR_ATTACH_DATA_OBJ property.
        const bool byValue = method == 0 || method == kAttachMethodByValue;
        if (!attributeData.isEmpty() && (byValue || propertyData.isEmpty()))
            out.data = attributeData;
        else if (propertyDataIsObject)
            out.data = propertyData.size() > 16 ? propertyData.mid(16) : QByteArray(); // skip the interface id
        else
            out.data = propertyData;
        return out;
    }
};

class TnefUnpacker
{
public:
    TnefContent run(QByteArrayView data)
    {
        AttributeReader reader(data);
        if (!reader.hasSignature())
            return {};
        m_content.valid = true;
        Attribute attribute;
        while (reader.next(attribute)) {
            if (attribute.level == std::uint8_t(Level::Message))
                readMessageAttribute(attribute);
            else if (!readAttachmentAttribute(attribute))
                break;
        }
        flushAttachment();
        finishBody();
        return std::move(m_content);
    }

private:
    void readMessageAttribute(const Attribute &attribute)
    {
        switch (attribute.id) {
        case attr::OemCodepage:
            if (attribute.data.size() >= 4) {
                const auto *b = reinterpret_cast<const unsigned char *>(attribute.data.data());
                m_charset = charsetForCodepage(b[0] | b[1] << 8 | b[2] << 16 | std::uint32_t(b[3]) << 24);
            }
            break;
        case attr::Body:
            m_legacyBody = string8(attribute.data, m_charset);
            break;
        case attr::MapiProps:
            readProperties(attribute.data, [this](const Property &p) { readMessageProperty(p); });
            break;
        default:
            break;
        }
    }

    void readMessageProperty(const Property &property)
    {
        if (property.named)
            return;
        switch (property.id) {
        case prop::Body:
            m_content.plainBody = propertyString(property, m_charset);
            break;
        case prop::BodyHtml:
            m_htmlBytes = property.type == type::Unicode ? utf16String(property.value).toUtf8()
                                                         : beforeNul(property.value).toByteArray();
            m_htmlIsUtf8 = property.type == type::Unicode;
            break;
        case prop::RtfCompressed:
            if (property.type == type::Binary)
                m_content.rtfBody = decompressRtf(property.value);
            break;
        case prop::InternetCodepage:
            m_htmlCharset = charsetForCodepage(propertyAsUInt32(property));
            break;
        default:
            break;
        }
    }

    // Returns false when no more attachments may be started.
    bool readAttachmentAttribute(const Attribute &attribute)
    {
        if (attribute.id == attr::AttachRendData) {
            flushAttachment();
            return startAttachment();
        }
        // Attachment attributes before any attAttachRendData still belong
        // to a file; be lenient and start one.
        if (!m_hasPending && !startAttachment())
            return false;
        switch (attribute.id) {
        case attr::AttachTitle:
            m_pending.title = string8(attribute.data, m_charset);
            break;
        case attr::AttachData:
            m_pending.attributeData = attribute.data.toByteArray();
            break;
        case attr::Attachment:
            readProperties(attribute.data, [this](const Property &p) { readAttachmentProperty(p); });
            break;
        default:
            break;
        }
        return true;
    }

    void readAttachmentProperty(const Property &property)
    {
        if (property.named)
            return;
        PendingAttachment &a = m_pending;
        switch (property.id) {
        case prop::AttachLongFilename:
            a.longFileName = propertyString(property, m_charset);
            break;
        case prop::AttachFilename:
            a.shortFileName = propertyString(property, m_charset);
            break;
        case prop::DisplayName:
            a.displayName = propertyString(property, m_charset);
            break;
        case prop::AttachMimeTag:
            a.mimeTag = propertyString(property, m_charset);
            break;
        case prop::AttachMethod:
            a.method = propertyAsUInt32(property);
            break;
        case prop::AttachDataBin:
            if (property.type == type::Binary || property.type == type::Object) {
                a.propertyData = property.value.toByteArray();
                a.propertyDataIsObject = property.type == type::Object;
            }
            break;
        default:
            break;
        }
    }

    bool startAttachment()
    {
        if (m_content.attachments.size() >= kMaxAttachments)
            return false;
        m_pending = PendingAttachment {};
        m_hasPending = true;
        return true;
    }

    void flushAttachment()
    {
        if (m_hasPending)
            m_content.attachments.append(m_pending.finish());
        m_pending = PendingAttachment {};
        m_hasPending = false;
    }

    void finishBody()
    {
        if (!m_htmlBytes.isEmpty())
            m_content.htmlBody
                = m_htmlIsUtf8 ? QString::fromUtf8(m_htmlBytes) : decodeCharset(m_htmlBytes, m_htmlCharset);
        if (m_content.plainBody.isEmpty())
            m_content.plainBody = m_legacyBody;
        if (m_content.htmlBody.isEmpty() && !m_content.rtfBody.isEmpty())
            m_content.attachments.append({ QStringLiteral("body.rtf"), "application/rtf", m_content.rtfBody });
    }

    TnefContent m_content;
    // A plain member and a flag rather than std::optional: g++ 12 at -O3
    // reports a false maybe-uninitialized inside optional's Qt members.
    PendingAttachment m_pending;
    bool m_hasPending = false;
    QByteArray m_charset;
    QByteArray m_htmlBytes;
    QByteArray m_htmlCharset;
    bool m_htmlIsUtf8 = false;
    QString m_legacyBody;
};

} // namespace

bool isTnefType(QByteArrayView mimeType, const QString &fileName)
{
    return mimeType.compare("application/ms-tnef", Qt::CaseInsensitive) == 0
        || mimeType.compare("application/vnd.ms-tnef", Qt::CaseInsensitive) == 0
        || fileName.compare(u"winmail.dat", Qt::CaseInsensitive) == 0;
}

TnefContent unpackTnef(QByteArrayView data)
{
    return TnefUnpacker().run(data);
}

} // namespace quire::mime
