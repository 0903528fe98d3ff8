#include "core/model/StringPool.h"

#include <QStringView>

namespace quire::model {

namespace {

// Reply and forward markers in the languages mail clients commonly write.
bool stripReplyPrefix(QStringView &text)
{
    static const char *const prefixes[] = { "re", "fw", "fwd", "aw", "wg", "sv", "vs", "antw", "tr", "rif" };
    for (const char *prefix : prefixes) {
        const QLatin1StringView marker(prefix);
        if (!text.startsWith(marker, Qt::CaseInsensitive))
            continue;
        QStringView rest = text.sliced(marker.size());
        // "Re[2]:" counts replies.
        if (rest.startsWith(u'[')) {
            const qsizetype close = rest.indexOf(u']');
            if (close < 0)
                continue;
            rest = rest.sliced(close + 1);
        }
        if (rest.startsWith(u':') || rest.startsWith(u'\uFF1A')) {
            text = rest.sliced(1).trimmed();
            return true;
        }
    }
    return false;
}

bool stripListTag(QStringView &text)
{
    if (!text.startsWith(u'['))
        return false;
    const qsizetype close = text.indexOf(u']');
    if (close < 0)
        return false;
    text = text.sliced(close + 1).trimmed();
    return true;
}

} // namespace

QString baseSubject(const QString &subject)
{
    QStringView text = QStringView(subject).trimmed();
    while (stripReplyPrefix(text) || stripListTag(text)) { }
    return text.toString().toCaseFolded();
}

} // namespace quire::model
