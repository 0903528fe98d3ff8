#pragma once

// How quire-cli describes a message as JSON (docs/cli.md, `render`).

#include "core/mime/DisplayContent.h"

#include <QByteArray>
#include <QJsonObject>

namespace quire::cli {

// headers, text, parts, attachments, blockedRemoteResources of a raw message.
QJsonObject renderMessageJson(const QByteArray &raw, const mime::DisplayOptions &options);

} // namespace quire::cli
