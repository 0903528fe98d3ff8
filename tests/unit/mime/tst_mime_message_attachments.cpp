// Attachment lists, TNEF, safe file names and never overwriting on save.
#include "MessageTestSupport.h"
#include "core/mime/Attachments.h"
#include "core/mime/MessageParser.h"
#include "core/mime/Tnef.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace quire::mime;

namespace {

struct FileNameRow {
    const char *name;
    QString input;
    QString expected;
};

QString withChar(const char *before, char16_t c, const char *after)
{
    return QString::fromUtf8(before) + QChar(c) + QString::fromUtf8(after);
}

const FileNameRow kFileNameRows[] = {
    { "plain", QStringLiteral("report.pdf"), QStringLiteral("report.pdf") },
    { "unicode_kept", QStringLiteral("été 2024.pdf"), QStringLiteral("été 2024.pdf") },
    { "dot_dot_path", QStringLiteral("../../.bashrc"), QStringLiteral("___.bashrc") },
    { "absolute_path", QStringLiteral("/etc/passwd"), QStringLiteral("_etc_passwd") },
    { "windows_path", QStringLiteral("C:\\Windows\\system.ini"), QStringLiteral("C__Windows_system.ini") },
    { "dotdot_inside", QStringLiteral("a..b"), QStringLiteral("a_b") },
    { "con", QStringLiteral("CON"), QStringLiteral("_CON") },
    { "con_txt", QStringLiteral("con.txt"), QStringLiteral("_con.txt") },
    { "lpt9_with_extensions", QStringLiteral("lpt9.tar.gz"), QStringLiteral("_lpt9.tar.gz") },
    { "com0_is_fine", QStringLiteral("com10.txt"), QStringLiteral("com10.txt") },
    { "nul_bytes", withChar("evil", u'\0', ".exe.txt"), QStringLiteral("evil_.exe.txt") },
    { "control_chars", QStringLiteral("a\tb\nc\x7f.txt"), QStringLiteral("a_b_c_.txt") },
    { "bidi_override", withChar("invoice", u'\u202e', "fdp.exe"), QStringLiteral("invoice_fdp.exe") },
    { "bidi_isolate", withChar("x", u'\u2067', "y.txt"), QStringLiteral("x_y.txt") },
    { "trailing_dots_spaces", QStringLiteral("file.exe. . "), QStringLiteral("file.exe") },
    { "hidden_dotfile", QStringLiteral(".profile"), QStringLiteral("profile") },
    { "empty", QString(), QStringLiteral("attachment") },
    { "only_dots", QStringLiteral("...."), QStringLiteral("attachment") },
    { "windows_reserved_chars", QStringLiteral("a<b>c:d\"e|f?g*h.txt"), QStringLiteral("a_b_c_d_e_f_g_h.txt") },
};

class FileNameTest : public ::testing::TestWithParam<FileNameRow>
{
};

TEST_P(FileNameTest, Sanitizes)
{
    EXPECT_EQ(sanitizeFileName(GetParam().input), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(Rows, FileNameTest, ::testing::ValuesIn(kFileNameRows),
    [](const auto &info) { return std::string(info.param.name); });

TEST(FileNames, CapsLengthKeepingTheExtension)
{
    const QString name = QString(10000, u'a') + QStringLiteral(".pdf");
    const QString safe = sanitizeFileName(name);
    EXPECT_EQ(safe.size(), kMaxFileNameLength);
    EXPECT_TRUE(safe.endsWith(u".pdf"));
}

TEST(FileNames, CapsLengthWithoutSplittingSurrogates)
{
    QString name;
    for (int i = 0; i < 5000; ++i)
        name += QString::fromUtf8("\xF0\x9F\x98\x80"); // U+1F600, two UTF-16 units
    const QString safe = sanitizeFileName(name);
    EXPECT_LE(safe.size(), kMaxFileNameLength);
    EXPECT_FALSE(safe.back().isHighSurrogate());
}

// Hostile names as a sender would write them (RFC 2231 percent-encoding lets
// a header carry NUL and any other byte), saved the way a user saves them:
// every file lands inside the chosen directory, under one path component,
// and can actually be created.
TEST(FileNames, HostileAttachmentNamesAreSavedInsideTheDirectory)
{
    const QByteArray cjk = QString(10000, QChar(0x6587)).toUtf8().toPercentEncoding(); // 文 x 10,000
    const QByteArray emoji = QString::fromUtf8("\xF0\x9F\x98\x80").repeated(5000).toUtf8().toPercentEncoding();
    const QList<QByteArray> encodedNames = { "..%2F..%2F.bashrc", "%2Fetc%2Fpasswd", "CON", "con.txt", "nul.tar.gz",
        "evil%00.exe.txt", "%00", "invoice%E2%80%AEfdp.exe", "%E2%81%A7x%E2%81%A9.txt", QByteArray(10000, 'a') + ".pdf",
        cjk + ".pdf", emoji, "..", ".", "%2E%2E%5C%2E%2E%5Cboot.ini", "a%0D%0Ab.txt" };
    QByteArray source = "Content-Type: multipart/mixed; boundary=b\r\n\r\n";
    for (const QByteArray &name : encodedNames)
        source += "--b\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename*=utf-8''"
            + name + "\r\n\r\nX\r\n";
    source += "--b--\r\n";
    const MimeMessage message = parseMessage(source);
    const QList<AttachmentInfo> attachments = listAttachments(message);
    ASSERT_EQ(attachments.size(), encodedNames.size());

    QTemporaryDir root;
    ASSERT_TRUE(root.isValid());
    ASSERT_TRUE(QDir(root.path()).mkpath(QStringLiteral("a/b/save")));
    const QDir target(root.filePath(QStringLiteral("a/b/save")));
    for (const AttachmentInfo &attachment : attachments) {
        const QString path = uniqueSavePath(target, attachment.fileName);
        const QFileInfo info(path);
        EXPECT_EQ(info.absolutePath(), target.absolutePath()) << path.toStdString();
        EXPECT_FALSE(info.fileName().startsWith(u'.')) << path.toStdString();
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            << path.left(300).toStdString() << ": " << file.errorString().toStdString();
        EXPECT_EQ(file.write(attachmentData(message, attachment)), 1);
    }
    // Everything is in the save directory and nothing anywhere else.
    EXPECT_EQ(target.entryList(QDir::Files | QDir::Hidden | QDir::System).size(), encodedNames.size());
    QDirIterator all(root.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (all.hasNext())
        EXPECT_EQ(QFileInfo(all.next()).absolutePath(), target.absolutePath());
}

// Linux and macOS limit a name to 255 bytes, not characters: a CJK name of
// kMaxFileNameLength characters is 600 bytes of UTF-8.
TEST(FileNames, CapsLengthInBytesForMultibyteNames)
{
    for (const QString &name : { QString(10000, QChar(0x6587)) + QStringLiteral(".pdf"),
             QString::fromUtf8("\xF0\x9F\x98\x80").repeated(5000) }) {
        const QString safe = sanitizeFileName(name);
        EXPECT_LE(safe.toUtf8().size(), kMaxFileNameBytes);
        EXPECT_FALSE(safe.back().isHighSurrogate());
    }
    EXPECT_TRUE(sanitizeFileName(QString(10000, QChar(0x6587)) + QStringLiteral(".pdf")).endsWith(u".pdf"));
}

TEST(FileNames, UniqueSavePathNeverOverwrites)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QDir target(dir.path());
    for (int i = 0; i < 3; ++i) {
        const QString path = uniqueSavePath(target, QStringLiteral("report.pdf"));
        EXPECT_FALSE(QFile::exists(path));
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    }
    EXPECT_TRUE(QFile::exists(target.filePath(QStringLiteral("report.pdf"))));
    EXPECT_TRUE(QFile::exists(target.filePath(QStringLiteral("report (1).pdf"))));
    EXPECT_TRUE(QFile::exists(target.filePath(QStringLiteral("report (2).pdf"))));
    EXPECT_TRUE(uniqueSavePath(target, QStringLiteral("../../x")).startsWith(dir.path() + u'/'));
}

TEST(Attachments, ListsNamedAndNonTextParts)
{
    const MimeMessage message = parseMessage(
        "Content-Type: multipart/mixed; boundary=b\n\n--b\n\nbody text\n--b\nContent-Type: application/pdf; "
        "name=\"=?utf-8?q?r=C3=A9sum=C3=A9.pdf?=\"\nContent-Transfer-Encoding: base64\n\naGVsbG8gd29ybGQ=\n--b\n"
        "Content-Type: text/plain\nContent-Disposition: attachment; filename*=utf-8''notes%20%E2%82%AC.txt\n\n"
        "notes\n--b\nContent-Type: message/rfc822\nContent-Disposition: attachment\n\nSubject: fwd\n\nx\n--b--\n");
    const QList<AttachmentInfo> list = listAttachments(message);
    ASSERT_EQ(list.size(), 3);
    EXPECT_EQ(list[0].fileName, u"résumé.pdf");
    EXPECT_EQ(list[0].mimeType, QByteArray("application/pdf"));
    EXPECT_EQ(list[0].size, 11);
    EXPECT_EQ(list[0].partNumber, QByteArray("2"));
    EXPECT_EQ(attachmentData(message, list[0]), QByteArray("hello world"));
    EXPECT_EQ(list[1].fileName, u"notes €.txt");
    EXPECT_EQ(list[2].fileName, u"fwd.eml");
}

TEST(Attachments, SkipsSignaturesAndBodies)
{
    const MimeMessage message = parseMessage(
        "Content-Type: multipart/signed; boundary=s; protocol=\"application/pgp-signature\"\n\n--s\n"
        "Content-Type: multipart/alternative; boundary=a\n\n--a\n\nplain\n--a\nContent-Type: text/html\n\n<p>x</p>\n"
        "--a--\n--s\nContent-Type: application/pgp-signature\n\n-----BEGIN PGP SIGNATURE-----\n--s--\n");
    EXPECT_TRUE(listAttachments(message).isEmpty());
}

TEST(Attachments, UnreadableTnefIsListedAsItself)
{
    const MimeMessage message = parseMessage("Content-Type: application/ms-tnef; name=winmail.dat\n"
                                             "Content-Transfer-Encoding: base64\n\nbm90IHRuZWY=\n");
    const QList<AttachmentInfo> list = listAttachments(message);
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list[0].fileName, u"winmail.dat");
}

// --- TNEF blobs built here, so damaged shapes can be tested precisely.

QByteArray le16(quint16 v)
{
    const char bytes[] = { char(v & 0xFF), char(v >> 8) };
    return QByteArray(bytes, 2);
}

QByteArray le32(quint32 v)
{
    return le16(quint16(v & 0xFFFF)) + le16(quint16(v >> 16));
}

QByteArray tnefAttribute(char level, quint32 id, const QByteArray &data)
{
    quint16 checksum = 0;
    for (char c : data)
        checksum = quint16(checksum + quint8(c));
    return QByteArray(1, level) + le32(id) + le32(quint32(data.size())) + data + le16(checksum);
}

QByteArray tnefStream(const QByteArray &attributes)
{
    return le32(0x223E9F78) + le16(0x0001) + attributes;
}

QByteArray paddedValue(const QByteArray &value)
{
    QByteArray out = le32(quint32(value.size())) + value;
    while (out.size() % 4)
        out.append('\0');
    return out;
}

// One variable-size property (string or binary) in a property list.
QByteArray variableProperty(quint16 type, quint16 id, const QByteArray &value)
{
    return le16(type) + le16(id) + le32(1) + paddedValue(value);
}

QByteArray propertyList(const QList<QByteArray> &properties)
{
    QByteArray out = le32(quint32(properties.size()));
    for (const QByteArray &p : properties)
        out += p;
    return out;
}

QByteArray utf16Bytes(const QString &s)
{
    return QByteArray(reinterpret_cast<const char *>(s.utf16()), (s.size() + 1) * 2); // with the terminator
}

QByteArray byValueFile(const QByteArray &title, const QByteArray &data, const QByteArray &properties = {})
{
    QByteArray out = tnefAttribute(2, 0x00069002, QByteArray(14, '\0')) + tnefAttribute(2, 0x00018010, title + '\0')
        + tnefAttribute(2, 0x0006800F, data);
    if (!properties.isEmpty())
        out += tnefAttribute(2, 0x00069005, properties);
    return out;
}

TEST(Tnef, ListsFilesInStreamOrderWithLongAndUnicodeNames)
{
    const QString unicodeName = QStringLiteral("Отчёт 季度 ✓.pdf");
    const QByteArray blob = tnefStream(byValueFile("REPORT~1.PDF", "pdf-bytes",
                                           propertyList({ variableProperty(0x001F, 0x3707, utf16Bytes(unicodeName)),
                                               variableProperty(0x001E, 0x370E, "application/pdf") }))
        + byValueFile("notes.txt", "hello"));
    const TnefContent tnef = unpackTnef(blob);
    ASSERT_TRUE(tnef.valid);
    ASSERT_EQ(tnef.attachments.size(), 2);
    EXPECT_EQ(tnef.attachments[0].fileName, unicodeName);
    EXPECT_EQ(tnef.attachments[0].mimeType, QByteArray("application/pdf"));
    EXPECT_EQ(tnef.attachments[0].data, QByteArray("pdf-bytes"));
    EXPECT_EQ(tnef.attachments[1].fileName, u"notes.txt");
    EXPECT_EQ(tnef.attachments[1].mimeType, QByteArray("application/octet-stream"));
    EXPECT_EQ(tnef.attachments[1].data, QByteArray("hello"));
}

TEST(Tnef, NoAttachmentsAndNotTnef)
{
    const TnefContent empty = unpackTnef(tnefStream(tnefAttribute(1, 0x00089006, le32(0x00010000))));
    EXPECT_TRUE(empty.valid);
    EXPECT_TRUE(empty.attachments.isEmpty());
    EXPECT_FALSE(unpackTnef("not tnef at all").valid);
    EXPECT_FALSE(unpackTnef(QByteArray()).valid);
    EXPECT_FALSE(unpackTnef(le32(0x223E9F78)).valid); // no legacy key
}

TEST(Tnef, HtmlBodyIsDisplayedNotListedAndRtfOnlyBodyIsOffered)
{
    const QByteArray html = "<p>Hi</p>";
    const TnefContent withHtml = unpackTnef(
        tnefStream(tnefAttribute(1, 0x00069003, propertyList({ variableProperty(0x0102, 0x1013, html) }))));
    EXPECT_EQ(withHtml.htmlBody, u"<p>Hi</p>");
    EXPECT_TRUE(withHtml.attachments.isEmpty());

    // "MELA": RTF stored without compression (MS-OXRTFCP 2.1.3.1).
    const QByteArray rtf = "{\\rtf1 hi}";
    const QByteArray stored
        = le32(quint32(rtf.size() + 12)) + le32(quint32(rtf.size())) + le32(0x414C454D) + le32(0) + rtf;
    const TnefContent withRtf = unpackTnef(
        tnefStream(tnefAttribute(1, 0x00069003, propertyList({ variableProperty(0x0102, 0x1009, stored) }))));
    EXPECT_EQ(withRtf.rtfBody, rtf);
    ASSERT_EQ(withRtf.attachments.size(), 1);
    EXPECT_EQ(withRtf.attachments[0].fileName, u"body.rtf");
    EXPECT_EQ(withRtf.attachments[0].data, rtf);
}

TEST(Tnef, DecompressesLzfuRtf)
{
    // Two literals then a back-reference to dictionary offset 0 (the
    // preamble's "{\rtf1") of length 6, then the end marker.
    // Control 0x0C: bits (low first) literal, literal, reference, reference.
    // The first reference is offset 0, length 4 + 2; the second points at
    // the write position (207 + 8), which marks the end.
    const quint16 endMarker = quint16((207 + 8) << 4);
    const QByteArray body = QByteArray("\x0C"
                                       "ab"
                                       "\x00\x04",
                                5)
        + char(endMarker >> 8) + char(endMarker & 0xFF);
    const QByteArray compressed = le32(quint32(body.size() + 12)) + le32(8) + le32(0x75465A4C) + le32(0) + body;
    const TnefContent tnef = unpackTnef(
        tnefStream(tnefAttribute(1, 0x00069003, propertyList({ variableProperty(0x0102, 0x1009, compressed) }))));
    EXPECT_EQ(tnef.rtfBody, QByteArray("ab{\\rtf1"));
}

TEST(Tnef, EveryTruncationIsSafeAndKeepsWhatCameBefore)
{
    const QByteArray blob = tnefStream(byValueFile("a.txt", "first")
        + byValueFile("b.txt", "second", propertyList({ variableProperty(0x001E, 0x3707, "b-long.txt") })));
    const int full = int(unpackTnef(blob).attachments.size());
    ASSERT_EQ(full, 2);
    for (qsizetype cut = 0; cut <= blob.size(); ++cut) {
        const TnefContent tnef = unpackTnef(blob.first(cut));
        EXPECT_LE(tnef.attachments.size(), full) << cut;
        if (cut > blob.size() / 2) {
            EXPECT_EQ(tnef.attachments.value(0).fileName, u"a.txt") << cut;
        }
    }
}

TEST(Tnef, HugeDeclaredLengthsStopReadingWithoutAllocating)
{
    // An attribute claiming 4 GB after one good file.
    QByteArray blob = tnefStream(byValueFile("ok.txt", "ok"));
    blob += char(2) + le32(0x0006800F) + le32(0xFFFFFFF0) + "short";
    TnefContent tnef = unpackTnef(blob);
    ASSERT_EQ(tnef.attachments.size(), 1);
    EXPECT_EQ(tnef.attachments[0].fileName, u"ok.txt");

    // A property list claiming 2^32-1 properties, and a string claiming 4 GB:
    // the name falls back to the legacy title.
    const QByteArray lyingCount = le32(0xFFFFFFFF) + le16(0x001E) + le16(0x3707) + le32(1) + le32(0xFFFFFFF0) + "x";
    tnef = unpackTnef(tnefStream(byValueFile("TITLE.TXT", "data", lyingCount)));
    ASSERT_EQ(tnef.attachments.size(), 1);
    EXPECT_EQ(tnef.attachments[0].fileName, u"TITLE.TXT");

    // A multi-valued property with a huge value count.
    const QByteArray manyValues = le32(1) + le16(0x1003) + le16(0x3705) + le32(0x7FFFFFFF) + le32(1);
    tnef = unpackTnef(tnefStream(byValueFile("m.txt", "data", manyValues)));
    ASSERT_EQ(tnef.attachments.size(), 1);
    EXPECT_EQ(tnef.attachments[0].fileName, u"m.txt");

    // RTF whose header claims a huge raw size is bounded by its input.
    const QByteArray rtf = le32(0xFFFFFFFF) + le32(0xFFFFFFFF) + le32(0x75465A4C) + le32(0) + QByteArray(64, '\xFF');
    tnef
        = unpackTnef(tnefStream(tnefAttribute(1, 0x00069003, propertyList({ variableProperty(0x0102, 0x1009, rtf) }))));
    EXPECT_LE(tnef.rtfBody.size(), 64 * 8 * 17);
}

TEST(Tnef, BadChecksumsAndUnnamedFilesAreTolerated)
{
    QByteArray file = byValueFile("", "data");
    file[file.size() - 1] = char(file[file.size() - 1] ^ 0x55); // corrupt the last checksum
    const TnefContent tnef = unpackTnef(tnefStream(file + "garbage"));
    ASSERT_EQ(tnef.attachments.size(), 1);
    EXPECT_EQ(tnef.attachments[0].fileName, u"Untitled Attachment");
    EXPECT_EQ(tnef.attachments[0].data, QByteArray("data"));
}

TEST(Tnef, AttachmentCountIsCapped)
{
    QByteArray attributes;
    for (int i = 0; i < 1500; ++i)
        attributes += tnefAttribute(2, 0x00069002, QByteArray());
    EXPECT_EQ(unpackTnef(tnefStream(attributes)).attachments.size(), 1000);
}

} // namespace
