#include "ui/PasswordPromptDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QVBoxLayout>

namespace quire::ui {

PasswordPromptDialog::PasswordPromptDialog(const PasswordPrompt &prompt, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Password for %1").arg(prompt.account.displayName));
    setAccessibleName(windowTitle());
    QString text = tr("Enter the password for %1 on %2.")
                       .arg(prompt.account.userName.toHtmlEscaped(), prompt.account.host.toHtmlEscaped());
    if (prompt.previousAttemptFailed)
        text = tr("<b>The server did not accept the password.</b>") + QStringLiteral("<br>") + text;
    auto *intro = new QLabel(text);
    intro->setWordWrap(true);
    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_remember = new QCheckBox(prompt.keyringAvailable
            ? tr("&Remember password in the system keyring")
            : tr("No keyring is available: the password is kept until Quire quits."));
    m_remember->setAccessibleName(tr("Remember password"));
    m_remember->setEnabled(prompt.keyringAvailable);
    m_remember->setChecked(prompt.keyringAvailable);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout;
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_password->setFocus();
}

PasswordAnswer PasswordPromptDialog::answer() const
{
    return { m_password->text(), m_remember->isEnabled() && m_remember->isChecked() };
}

PasswordAsker PasswordPromptDialog::asker(QWidget *parent)
{
    return [guard = QPointer<QWidget>(parent)](
               const PasswordPrompt &prompt, std::function<void(std::optional<PasswordAnswer>)> answer) {
        auto *dialog = new PasswordPromptDialog(prompt, guard);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &QDialog::finished, dialog, [dialog, answer](int result) {
            if (result == QDialog::Accepted)
                answer(dialog->answer());
            else
                answer(std::nullopt);
        });
        dialog->open();
    };
}

} // namespace quire::ui
