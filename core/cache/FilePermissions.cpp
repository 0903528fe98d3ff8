#include "core/cache/FilePermissions.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace quire::cache {

namespace {

constexpr QFileDevice::Permissions privateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions privateDirectory = privateFile | QFileDevice::ExeOwner;

} // namespace

Result<void> makePrivateDirectory(const QString &path)
{
    if (!QDir().mkpath(path))
        return Error { CacheError::OpenFailed, QStringLiteral("cannot create directory %1").arg(path) };
    if (!QFile::setPermissions(path, privateDirectory))
        return Error { CacheError::OpenFailed, QStringLiteral("cannot make directory %1 private").arg(path) };
    return {};
}

Result<void> createPrivateFile(const QString &path)
{
    if (!QFile::exists(path)) {
        QFile file(path);
        // Created with 0600 already (less the umask), so there is no moment
        // when others could open it.
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, privateFile))
            return Error { CacheError::OpenFailed,
                QStringLiteral("cannot create %1: %2").arg(path, file.errorString()) };
    }
    if (!setPrivateFilePermissions(path))
        return Error { CacheError::OpenFailed, QStringLiteral("cannot make %1 private").arg(path) };
    return {};
}

bool setPrivateFilePermissions(const QString &path)
{
    return QFile::setPermissions(path, privateFile);
}

Result<void> writePrivateFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error { CacheError::WriteFailed, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()) };
    // QSaveFile keeps an existing file's mode and otherwise uses 0666 & ~umask;
    // set the temporary file's mode before any data is in it.
    if (!file.setPermissions(privateFile))
        return Error { CacheError::WriteFailed, QStringLiteral("cannot make %1 private").arg(path) };
    if (file.write(data) != data.size() || !file.commit())
        return Error { CacheError::WriteFailed, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()) };
    return {};
}

} // namespace quire::cache
