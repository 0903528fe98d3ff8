#pragma once

// Edit › Preferences…: how messages show (plain or HTML, remote content and
// the senders allowed), the offline cache's size, how often to check for
// mail, the language and new-mail notifications. It edits copies; Apply and
// OK write them (ViewSettings, AppSettings, the language setting) and emit
// applied(), and the window puts them into effect at once.

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace quire::ui {

class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    // trayAvailable: whether the desktop has a system tray; without one the
    // notification choice is shown but cannot be switched on.
    explicit PreferencesDialog(bool trayAvailable, QWidget *parent = nullptr);

    // Writes every setting and applies the language when it changed.
    void apply();

Q_SIGNALS:
    void applied();

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void retranslateUi();
    void updateSenderButtons();

    bool m_trayAvailable;
    QGroupBox *m_messagesGroup;
    QLabel *m_formatLabel;
    QComboBox *m_format;
    QLabel *m_remoteLabel;
    QComboBox *m_remote;
    QLabel *m_sendersLabel;
    QListWidget *m_senders;
    QPushButton *m_forget;
    QPushButton *m_forgetAll;
    QGroupBox *m_mailGroup;
    QLabel *m_cacheLabel;
    QSpinBox *m_cacheLimit;
    QLabel *m_intervalLabel;
    QSpinBox *m_interval;
    QCheckBox *m_notifications;
    QLabel *m_noTray;
    QGroupBox *m_languageGroup;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_effectNote;
    QDialogButtonBox *m_buttons;
};

} // namespace quire::ui
