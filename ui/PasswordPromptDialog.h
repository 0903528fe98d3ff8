#pragma once

// Asks for an account's password when neither the keyring nor this session
// knows it. "Remember" is offered only when a keyring can keep it.

#include "core/account/PasswordProvider.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;

namespace quire::ui {

class PasswordPromptDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PasswordPromptDialog(const PasswordPrompt &prompt, QWidget *parent = nullptr);

    PasswordAnswer answer() const;

    // The asker PasswordProvider calls: a window-modal prompt over parent that
    // answers when closed, without a nested event loop.
    static PasswordAsker asker(QWidget *parent);

private:
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
};

} // namespace quire::ui
