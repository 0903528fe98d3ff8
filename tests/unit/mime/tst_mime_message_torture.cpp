// RFC 3501 section numbering on the two classic MIME torture tests. The
// expected lists were produced independently of Quire by walking Python's
// email package tree with IMAP's numbering rules.
#include "MessageTestSupport.h"
#include "core/mime/MessageParser.h"

#include <gtest/gtest.h>

using namespace quire::mime;
using namespace quire::mime::test;

namespace {

QStringList expectedFrom(const char *text)
{
    return QString::fromLatin1(text).trimmed().split(u'\n');
}

// Mark Crispin's UW MIME torture test.
const char kCrispinTorture[] = R"(
- multipart/mixed
1 text/plain
2 message/rfc822
2 multipart/alternative
2.1 text/plain
2.2 multipart/mixed
2.2.1 text/richtext
2.3 application/andrew-inset
3 message/rfc822
3.1 audio/basic
4 audio/basic
5 image/pbm
6 message/rfc822
6 multipart/mixed
6.1 multipart/mixed
6.1.1 text/plain
6.1.2 audio/x-sun
6.2 multipart/mixed
6.2.1 image/gif
6.2.2 image/gif
6.2.3 application/x-be2
6.2.4 application/atomicmail
6.3 audio/x-sun
7 message/rfc822
7 multipart/mixed
7.1 text/plain
7.2 image/pgm
7.3 text/plain
8 message/rfc822
8 multipart/mixed
8.1 text/plain
8.2 image/pbm
9 message/rfc822
9.1 application/postscript
10 image/gif
11 message/rfc822
11 multipart/mixed
11.1 audio/basic
11.2 audio/basic
12 message/rfc822
12 multipart/mixed
12.1 application/postscript
12.2 text/plain
12.3 message/rfc822
12.3 multipart/mixed
12.3.1 text/plain
12.3.2 multipart/parallel
12.3.2.1 image/gif
12.3.2.2 audio/basic
12.3.3 application/atomicmail
12.3.4 message/rfc822
12.3.4.1 audio/x-sun
)";

// Ryan Finnie's MIME torture test.
const char kFinnieTorture[] = R"(
- multipart/mixed
1 text/plain
2 message/rfc822
2.1 text/plain
3 message/rfc822
3 multipart/mixed
3.1 text/plain
3.2 message/rfc822
3.2 multipart/mixed
3.2.1 text/plain
3.2.2 application/x-gzip
4 message/rfc822
4.1 application/x-gzip
5 message/rfc822
5 multipart/mixed
5.1 text/plain
5.2 application/x-gzip
6 message/rfc822
6 multipart/mixed
6.1 text/plain
6.2 application/x-gzip
7 message/rfc822
7 multipart/mixed
7.1 text/html
7.2 text/plain
8 message/rfc822
8 multipart/mixed
8.1 text/plain
8.2 text/plain
9 message/rfc822
9 multipart/mixed
9.1 text/html
9.2 text/html
10 message/rfc822
10 multipart/signed
10.1 multipart/mixed
10.1.1 multipart/related
10.1.1.1 multipart/alternative
10.1.1.1.1 text/plain
10.1.1.1.2 text/html
10.1.1.2 image/png
10.1.2 image/gif
10.2 application/pgp-signature
11 message/rfc822
11 multipart/alternative
11.1 text/plain
11.2 multipart/related
11.2.1 text/html
11.2.2 image/gif
)";

void checkTorture(const char *relativePath, const char *expected)
{
    const QString root = messageCorpusDir();
    if (root.isEmpty())
        GTEST_SKIP() << "QUIRE_CORPUS_DIR not set or missing";
    const QByteArray source = readBytes(root + u'/' + QString::fromLatin1(relativePath));
    ASSERT_FALSE(source.isEmpty()) << relativePath;
    const MimeMessage message = parseMessage(source);
    EXPECT_EQ(partStructure(message), expectedFrom(expected));
    EXPECT_FALSE(message.limitReached);
}

TEST(MimeTorture, CrispinNumbersLikeImap)
{
    checkTorture("thunderbird/mailnews-test-data/mime-torture", kCrispinTorture);
}

TEST(MimeTorture, FinnieNumbersLikeImap)
{
    checkTorture("postal-mime/fixtures/mimetorture.eml", kFinnieTorture);
}

} // namespace
