// Attachment lists, TNEF, safe file names and never overwriting on save.
#include "MessageTestSupport.h"
#include "core/mime/Attachments.h"
#include "core/mime/MessageParser.h"

#include <QFile>
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

} // namespace
