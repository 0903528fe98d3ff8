#include "ui/MessageSourceDialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QStringDecoder>
#include <QVBoxLayout>

namespace quire::ui {

MessageSourceDialog::MessageSourceDialog(const QByteArray &source, const QString &subject, QWidget *parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit)
{
    setWindowTitle(subject.isEmpty() ? tr("Message Source") : tr("Message Source: %1").arg(subject));
    m_text->setReadOnly(true);
    m_text->setAccessibleName(tr("Message source"));
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setPlainText(sourceText(source));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    resize(800, 600);
}

QString MessageSourceDialog::sourceText(const QByteArray &source)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(source);
    if (utf8.hasError())
        text = QString::fromLatin1(source);
    // CRLF as one line break; a lone CR stays visible as a break too.
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return text;
}

} // namespace quire::ui
