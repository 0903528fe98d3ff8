#pragma once

// Printers so that failing rows show readable values, and the corpus lookup
// shared by the tests that read ../shared/corpus.

#include <QByteArray>
#include <QDateTime>
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
inline void PrintTo(const QDateTime &value, std::ostream *os)
{
    *os << (value.isValid() ? value.toString(Qt::ISODate).toStdString() : std::string("invalid"));
}

namespace quire::mime::test {

// QUIRE_CORPUS_DIR as set by ctest; empty when the corpus is not there.
inline QString corpusDir()
{
    const char *fromEnvironment = std::getenv("QUIRE_CORPUS_DIR");
    QString dir = fromEnvironment ? QString::fromLocal8Bit(fromEnvironment)
                                  : QStringLiteral(QUIRE_SOURCE_DIR "/../shared/corpus");
    return dir;
}

} // namespace quire::mime::test
