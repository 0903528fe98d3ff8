// libFuzzer target: whole-message parsing, display (decoding, sanitising,
// HTML to text), attachment listing and file-name sanitising.
#include "core/mime/Attachments.h"
#include "core/mime/DisplayContent.h"
#include "core/mime/MessageParser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace quire::mime;
    const QByteArray source(reinterpret_cast<const char *>(data), qsizetype(size));
    const MimeMessage message = parseMessage(source);
    DisplayOptions options;
    options.preference = size % 2 ? BodyPreference::Html : BodyPreference::Plain;
    const DisplayContent shown = buildDisplayContent(message, options);
    (void)shown;
    for (const AttachmentInfo &attachment : listAttachments(message)) {
        (void)sanitizeFileName(attachment.fileName);
        (void)attachmentData(message, attachment);
    }
    return 0;
}
