#pragma once

#include <QHash>
#include <QString>

// Reads the env file that tools/imap-server/start writes (NAME='value' lines,
// a quote inside a value written as '\''), for integration tests.
QHash<QString, QString> readServerEnvFile(const QString &path, QString *error = nullptr);
