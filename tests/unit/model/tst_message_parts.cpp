#include "ModelTestSupport.h"
#include "core/mime/MessageParser.h"
#include "core/model/MessagePartModel.h"
#include "core/model/ModelRoles.h"

namespace quire::model::testing {
namespace {

const QByteArray kMessage = "From: a@example.org\r\n"
                            "Content-Type: multipart/mixed; boundary=outer\r\n\r\n"
                            "--outer\r\n"
                            "Content-Type: multipart/alternative; boundary=inner\r\n\r\n"
                            "--inner\r\nContent-Type: text/plain\r\n\r\nhello\r\n"
                            "--inner\r\nContent-Type: text/html\r\n\r\n<p>hello</p>\r\n"
                            "--inner--\r\n"
                            "--outer\r\n"
                            "Content-Type: application/pdf; name=\"a.pdf\"\r\n"
                            "Content-Disposition: attachment; filename=\"report.pdf\"\r\n"
                            "Content-Transfer-Encoding: base64\r\n\r\nAAAA\r\n"
                            "--outer--\r\n";

TEST(MessagePartModel, ShowsTheMimeTreeOfAParsedMessage)
{
    MessagePartModel model;
    auto tester = attachTester(&model);
    model.setMessage(mime::parseMessage(kMessage));
    ASSERT_EQ(model.rowCount(), 1);
    const QModelIndex root = model.index(0, 0);
    EXPECT_EQ(root.data(PartMimeTypeRole).toByteArray(), QByteArray("multipart/mixed"));
    EXPECT_EQ(root.data(PartNumberRole).toByteArray(), QByteArray());
    ASSERT_EQ(model.rowCount(root), 2);
    const QModelIndex alternative = model.index(0, 0, root);
    EXPECT_EQ(alternative.data(PartNumberRole).toByteArray(), QByteArray("1"));
    ASSERT_EQ(model.rowCount(alternative), 2);
    EXPECT_EQ(model.index(1, 0, alternative).data(PartNumberRole).toByteArray(), QByteArray("1.2"));
    EXPECT_EQ(model.index(1, 0, alternative).data(PartMimeTypeRole).toByteArray(), QByteArray("text/html"));
    EXPECT_FALSE(model.index(0, 0, alternative).data(PartIsAttachmentRole).toBool());
    const QModelIndex pdf = model.index(1, 0, root);
    EXPECT_EQ(pdf.data(PartNumberRole).toByteArray(), QByteArray("2"));
    EXPECT_EQ(pdf.data(PartFileNameRole).toString(), QStringLiteral("report.pdf"));
    EXPECT_EQ(pdf.data(PartDispositionRole).toByteArray(), QByteArray("attachment"));
    EXPECT_TRUE(pdf.data(PartIsAttachmentRole).toBool());
    EXPECT_GT(pdf.data(PartSizeRole).toLongLong(), 0);
    EXPECT_EQ(model.parent(pdf), root);
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(MessagePartModel, ShowsABodyStructureWithImapNumbers)
{
    imap::BodyStructure text { .type = "text", .subtype = "plain", .size = 12 };
    imap::BodyStructure image { .type = "image", .subtype = "png", .id = "<img1>", .size = 4096 };
    image.disposition = imap::BodyDisposition { "INLINE", { { "FILENAME", "logo.png" } } };
    imap::BodyStructure nestedText { .type = "text", .subtype = "plain", .size = 5 };
    imap::BodyStructure message { .type = "message", .subtype = "rfc822", .size = 300 };
    message.children.push_back(nestedText);
    imap::BodyStructure root { .type = "multipart", .subtype = "mixed" };
    root.children = { text, image, message };

    MessagePartModel model;
    auto tester = attachTester(&model);
    model.setBodyStructure(root);
    const QModelIndex top = model.index(0, 0);
    ASSERT_EQ(model.rowCount(top), 3);
    const QModelIndex png = model.index(1, 0, top);
    EXPECT_EQ(png.data(PartNumberRole).toByteArray(), QByteArray("2"));
    EXPECT_EQ(png.data(PartFileNameRole).toString(), QStringLiteral("logo.png"));
    EXPECT_EQ(png.data(PartDispositionRole).toByteArray(), QByteArray("inline"));
    EXPECT_EQ(png.data(PartContentIdRole).toByteArray(), QByteArray("img1"));
    EXPECT_EQ(png.data(PartSizeRole).toLongLong(), 4096);
    EXPECT_TRUE(png.data(PartIsAttachmentRole).toBool());
    const QModelIndex attached = model.index(2, 0, top);
    ASSERT_EQ(model.rowCount(attached), 1);
    EXPECT_EQ(model.index(0, 0, attached).data(PartNumberRole).toByteArray(), QByteArray("3.1"));

    model.setBodyStructure(text);
    EXPECT_EQ(model.index(0, 0).data(PartNumberRole).toByteArray(), QByteArray("1"));
}

} // namespace
} // namespace quire::model::testing
