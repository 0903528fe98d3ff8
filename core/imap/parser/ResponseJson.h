#pragma once

#include "core/imap/parser/Response.h"

#include <QJsonObject>

// Response -> JSON, the schema of `quire-cli parse` (docs/cli.md). Members
// that are absent or empty are left out, so objects stay short.
namespace quire::imap {

QJsonObject toJson(const Response &response);
QJsonObject toJson(const Envelope &envelope);
QJsonObject toJson(const BodyStructure &body);
QJsonObject toJson(const ResponseCode &code);

} // namespace quire::imap
