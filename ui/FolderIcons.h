#pragma once

// Icons for folders and message actions: the desktop's icon theme first,
// then Quire's own (resources/icons, compiled in), so every folder kind has
// a distinct icon even without a theme.

#include "core/model/ModelRoles.h"

#include <QIcon>

namespace quire::ui {

// A themed icon by its freedesktop name, falling back to :/icons/<name>.svg.
QIcon themedIcon(const QString &name);
QIcon folderIcon(model::SpecialUse use);
QIcon accountIcon();

} // namespace quire::ui
