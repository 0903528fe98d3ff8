#include "ui/FolderIcons.h"

#include <QApplication>
#include <QFile>
#include <QStyle>

namespace quire::ui {

QIcon themedIcon(const QString &name)
{
    const QString bundled = QStringLiteral(":/icons/%1.svg").arg(name);
    if (QFile::exists(bundled))
        return QIcon::fromTheme(name, QIcon(bundled));
    return QIcon::fromTheme(name);
}

QIcon folderIcon(model::SpecialUse use)
{
    switch (use) {
    case model::SpecialUse::Inbox:
        return themedIcon(QStringLiteral("mail-folder-inbox"));
    case model::SpecialUse::Sent:
        return themedIcon(QStringLiteral("mail-folder-sent"));
    case model::SpecialUse::Drafts:
        return themedIcon(QStringLiteral("mail-folder-drafts"));
    case model::SpecialUse::Trash:
        return themedIcon(QStringLiteral("user-trash"));
    case model::SpecialUse::Junk:
        return themedIcon(QStringLiteral("mail-mark-junk"));
    case model::SpecialUse::Archive:
        return themedIcon(QStringLiteral("mail-folder-archive"));
    case model::SpecialUse::All:
        return themedIcon(QStringLiteral("mail-folder-all"));
    case model::SpecialUse::Flagged:
        return themedIcon(QStringLiteral("mail-flagged"));
    case model::SpecialUse::None:
        break;
    }
    return themedIcon(QStringLiteral("folder"));
}

QIcon accountIcon()
{
    return QIcon::fromTheme(
        QStringLiteral("network-server"), QApplication::style()->standardIcon(QStyle::SP_DriveNetIcon));
}

} // namespace quire::ui
