#include "core/mime/Tnef.h"

#include "core/mime/Charset.h"

#include <cstdlib>

extern "C" {
#include <ytnef.h>
}

namespace quire::mime {

namespace {

// libytnef keeps its state in a C struct that must be freed on every path.
class ParsedTnef
{
public:
    explicit ParsedTnef(QByteArrayView data)
        : m_buffer(data.toByteArray())
    {
        TNEFInitialize(&m_tnef);
        m_ok = TNEFParseMemory(reinterpret_cast<BYTE *>(m_buffer.data()), long(m_buffer.size()), &m_tnef) >= 0;
    }
    ~ParsedTnef() { TNEFFree(&m_tnef); }
    ParsedTnef(const ParsedTnef &) = delete;
    ParsedTnef &operator=(const ParsedTnef &) = delete;

    bool ok() const { return m_ok; }
    TNEFStruct &tnef() { return m_tnef; }

private:
    QByteArray m_buffer; // libytnef reads it in place
    TNEFStruct m_tnef {};
    bool m_ok = false;
};

const variableLength *findProperty(MAPIProps *props, ULONG type, ULONG id)
{
    variableLength *found = MAPIFindProperty(props, PROP_TAG(type, id));
    if (found == MAPI_UNDEFINED || found == nullptr || found->data == nullptr || found->size <= 0)
        return nullptr;
    return found;
}

QByteArray bytesOf(const variableLength *v)
{
    return v ? QByteArray(reinterpret_cast<const char *>(v->data), v->size) : QByteArray();
}

QString cString8(QByteArrayView bytes)
{
    const qsizetype nul = bytes.indexOf('\0');
    return decodeCharset(nul >= 0 ? bytes.first(nul) : bytes, "").trimmed();
}

QString unicodeString(QByteArrayView bytes)
{
    // libytnef 2 already converts PT_UNICODE values to UTF-8; older data
    // or other paths may still hand over UTF-16LE.
    if (bytes.size() < 2 || bytes[1] != '\0')
        return cString8(bytes);
    QString s = QString::fromUtf16(reinterpret_cast<const char16_t *>(bytes.data()), bytes.size() / 2);
    const qsizetype nul = s.indexOf(QChar(0));
    if (nul >= 0)
        s.truncate(nul);
    return s.trimmed();
}

// Property strings come as PT_UNICODE or PT_STRING8.
QString stringProperty(MAPIProps *props, ULONG id)
{
    if (const variableLength *v = findProperty(props, PT_UNICODE, id))
        return unicodeString(bytesOf(v));
    if (const variableLength *v = findProperty(props, PT_STRING8, id))
        return cString8(bytesOf(v));
    return {};
}

TnefAttachment readAttachment(Attachment *a)
{
    TnefAttachment out;
    out.fileName = stringProperty(&a->MAPI, PR_ATTACH_LONG_FILENAME);
    if (out.fileName.isEmpty() && a->Title.data && a->Title.size > 0)
        out.fileName = cString8(QByteArrayView(reinterpret_cast<const char *>(a->Title.data), a->Title.size));
    if (out.fileName.isEmpty())
        out.fileName = stringProperty(&a->MAPI, PR_ATTACH_FILENAME);
    if (out.fileName.isEmpty())
        out.fileName = stringProperty(&a->MAPI, PR_DISPLAY_NAME);
    if (out.fileName.isEmpty())
        out.fileName = QStringLiteral("Untitled Attachment");
    out.mimeType = stringProperty(&a->MAPI, PR_ATTACH_MIME_TAG).toLatin1().toLower();
    if (out.mimeType.isEmpty() || !out.mimeType.contains('/'))
        out.mimeType = "application/octet-stream";
    if (a->FileData.data && a->FileData.size > 0) {
        out.data = QByteArray(reinterpret_cast<const char *>(a->FileData.data), a->FileData.size);
    } else if (const variableLength *obj = findProperty(&a->MAPI, PT_OBJECT, PR_ATTACH_DATA_OBJ)) {
        // An embedded object starts with the 16-byte interface id.
        const QByteArray bytes = bytesOf(obj);
        out.data = bytes.size() > 16 ? bytes.mid(16) : QByteArray();
    } else if (const variableLength *bin = findProperty(&a->MAPI, PT_BINARY, PR_ATTACH_DATA_OBJ)) {
        out.data = bytesOf(bin);
    }
    return out;
}

void readBody(TNEFStruct &tnef, TnefContent &content)
{
    MAPIProps *props = &tnef.MapiProperties;
    if (const variableLength *html = findProperty(props, PT_BINARY, PR_BODY_HTML)) {
        content.htmlBody = decodeCharset(bytesOf(html), "");
    } else if (const variableLength *html8 = findProperty(props, PT_STRING8, PR_BODY_HTML)) {
        content.htmlBody = cString8(bytesOf(html8));
    }
    if (!content.htmlBody.isEmpty()) {
        content.attachments.append({ QStringLiteral("body.html"), "text/html", content.htmlBody.toUtf8() });
        return;
    }
    content.plainBody = stringProperty(props, PR_BODY);
    if (content.plainBody.isEmpty() && tnef.body.data && tnef.body.size > 0)
        content.plainBody = cString8(QByteArrayView(reinterpret_cast<const char *>(tnef.body.data), tnef.body.size));
    if (variableLength *rtf = MAPIFindProperty(props, PROP_TAG(PT_BINARY, PR_RTF_COMPRESSED));
        rtf != MAPI_UNDEFINED && rtf && rtf->data && rtf->size > 0) {
        int size = 0;
        BYTE *decompressed = DecompressRTF(rtf, &size);
        if (decompressed) {
            if (size > 0)
                content.attachments.append({ QStringLiteral("body.rtf"), "application/rtf",
                    QByteArray(reinterpret_cast<const char *>(decompressed), size) });
            std::free(decompressed);
        }
    }
}

} // namespace

bool isTnefType(QByteArrayView mimeType, const QString &fileName)
{
    return mimeType.compare("application/ms-tnef", Qt::CaseInsensitive) == 0
        || mimeType.compare("application/vnd.ms-tnef", Qt::CaseInsensitive) == 0
        || fileName.compare(u"winmail.dat", Qt::CaseInsensitive) == 0;
}

TnefContent unpackTnef(QByteArrayView data)
{
    TnefContent content;
    // libytnef reports a wrong signature on stdout, which would corrupt
    // `quire-cli render` output; check it here first.
    static constexpr char kSignature[] = { '\x78', '\x9f', '\x3e', '\x22' };
    if (data.size() < 6 || !data.startsWith(QByteArrayView(kSignature, 4)))
        return content;
    ParsedTnef parsed(data);
    if (!parsed.ok())
        return content;
    content.valid = true;
    for (Attachment *a = parsed.tnef().starting_attach.next; a; a = a->next) {
        TnefAttachment attachment = readAttachment(a);
        content.attachments.append(std::move(attachment));
    }
    readBody(parsed.tnef(), content);
    return content;
}

} // namespace quire::mime
