#include "tests/support/ServerEnvFile.h"

#include <QFile>

QHash<QString, QString> readServerEnvFile(const QString &path, QString *error)
{
    QHash<QString, QString> vars;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        if (error)
            *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return vars;
    }
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0 || line.startsWith(u'#'))
            continue;
        QString value = line.mid(eq + 1);
        if (value.size() >= 2 && value.startsWith(u'\'') && value.endsWith(u'\''))
            value = value.mid(1, value.size() - 2).replace(QStringLiteral("'\\''"), QStringLiteral("'"));
        vars.insert(line.left(eq), value);
    }
    return vars;
}
