#pragma once

// Shared by the tst_mime_message tests: reading files and finding the corpus.

#include "core/mime/MimeMessage.h"

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QString>
#include <QStringList>

#include <cstdlib>
#include <ostream>

inline void PrintTo(const QString &value, std::ostream *os)
{
    *os << '"' << value.toStdString() << '"';
}
inline void PrintTo(const QByteArray &value, std::ostream *os)
{
    *os << '"' << value.toStdString() << '"';
}
inline void PrintTo(const QStringList &value, std::ostream *os)
{
    *os << '[' << value.join(QStringLiteral(", ")).toStdString() << ']';
}

namespace quire::mime::test {

// QUIRE_CORPUS_DIR as set by ctest; empty when unset or missing.
inline QString messageCorpusDir()
{
    const char *dir = std::getenv("QUIRE_CORPUS_DIR");
    if (!dir || !QDir(QString::fromLocal8Bit(dir)).exists())
        return {};
    return QDir(QString::fromLocal8Bit(dir)).absolutePath();
}

inline QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every file in the corpus that holds mail: everything except the expected
// answers, licences, provenance notes, TNEF blobs and charset samples.
inline QStringList corpusMessageFiles(const QString &root)
{
    static const QStringList kSkippedSuffixes
        = { QStringLiteral(".json"), QStringLiteral(".xml"), QStringLiteral(".list"), QStringLiteral(".tnef") };
    QStringList files;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString name = it.fileName();
        const QString relative = QDir(root).relativeFilePath(path);
        bool skip = name.startsWith(u"LICENSE") || name.startsWith(u"COPYING") || name == u"SOURCE.txt"
            || name == u"NOTICE" || name.startsWith(u"README") || relative.startsWith(u"gmime/filters/");
        for (const QString &suffix : kSkippedSuffixes)
            skip = skip || name.endsWith(suffix);
        if (!skip)
            files.append(path);
    }
    files.sort();
    return files;
}

// "number type" for every part, depth first, e.g. "2.1 text/plain"; a
// multipart at the top of a message shows as "-".
inline QStringList partStructure(const MimeMessage &message)
{
    QStringList out;
    message.forEachPart([&out](const MimePart &part, int) {
        const QString number = part.partNumber.isEmpty() ? QStringLiteral("-") : QString::fromLatin1(part.partNumber);
        out.append(number + u' ' + QString::fromLatin1(part.contentType.value));
    });
    return out;
}

} // namespace quire::mime::test
