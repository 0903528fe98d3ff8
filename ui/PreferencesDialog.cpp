#include "ui/PreferencesDialog.h"

#include "ui/AppSettings.h"
#include "ui/Language.h"
#include "ui/ViewSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace quire::ui {

namespace {

const QString kPseudo = QStringLiteral("pseudo");
constexpr int kMaxCacheMiB = 1024 * 1024; // 1 TiB
constexpr int kMaxCheckMinutes = 24 * 60;

} // namespace

PreferencesDialog::PreferencesDialog(bool trayAvailable, QWidget *parent)
    : QDialog(parent)
    , m_trayAvailable(trayAvailable)
    , m_messagesGroup(new QGroupBox)
    , m_formatLabel(new QLabel)
    , m_format(new QComboBox)
    , m_remoteLabel(new QLabel)
    , m_remote(new QComboBox)
    , m_sendersLabel(new QLabel)
    , m_senders(new QListWidget)
    , m_forget(new QPushButton)
    , m_forgetAll(new QPushButton)
    , m_mailGroup(new QGroupBox)
    , m_cacheLabel(new QLabel)
    , m_cacheLimit(new QSpinBox)
    , m_intervalLabel(new QLabel)
    , m_interval(new QSpinBox)
    , m_notifications(new QCheckBox)
    , m_noTray(new QLabel)
    , m_languageGroup(new QGroupBox)
    , m_languageLabel(new QLabel)
    , m_language(new QComboBox)
    , m_effectNote(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    m_format->setObjectName(QStringLiteral("format"));
    m_remote->setObjectName(QStringLiteral("remoteContentPolicy"));
    m_senders->setObjectName(QStringLiteral("remoteContentSenders"));
    m_forget->setObjectName(QStringLiteral("forgetSender"));
    m_forgetAll->setObjectName(QStringLiteral("forgetAllSenders"));
    m_cacheLimit->setObjectName(QStringLiteral("cacheSizeLimit"));
    m_interval->setObjectName(QStringLiteral("checkInterval"));
    m_notifications->setObjectName(QStringLiteral("notifications"));
    m_language->setObjectName(QStringLiteral("language"));

    m_format->addItem(QString(), false);
    m_format->addItem(QString(), true);
    m_remote->addItem(QString(), int(ViewSettings::RemoteContentPolicy::Ask));
    m_remote->addItem(QString(), int(ViewSettings::RemoteContentPolicy::Block));
    m_remote->addItem(QString(), int(ViewSettings::RemoteContentPolicy::Always));
    m_senders->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_senders->setMaximumHeight(110);
    m_cacheLimit->setRange(0, kMaxCacheMiB);
    m_cacheLimit->setSingleStep(256);
    m_interval->setRange(1, kMaxCheckMinutes);
    m_noTray->setWordWrap(true);
    m_noTray->setVisible(!m_trayAvailable);
    m_notifications->setEnabled(m_trayAvailable);
    m_effectNote->setWordWrap(true);

    m_language->addItem(QString(), QString());
    for (const LanguageChoice &choice : availableLanguages())
        m_language->addItem(choice.name, choice.code);

    auto *senderButtons = new QVBoxLayout;
    senderButtons->addWidget(m_forget);
    senderButtons->addWidget(m_forgetAll);
    senderButtons->addStretch(1);
    auto *senderRow = new QHBoxLayout;
    senderRow->addWidget(m_senders, 1);
    senderRow->addLayout(senderButtons);
    auto *messages = new QFormLayout(m_messagesGroup);
    messages->addRow(m_formatLabel, m_format);
    messages->addRow(m_remoteLabel, m_remote);
    messages->addRow(m_sendersLabel, senderRow);
    m_formatLabel->setBuddy(m_format);
    m_remoteLabel->setBuddy(m_remote);
    m_sendersLabel->setBuddy(m_senders);

    auto *mail = new QFormLayout(m_mailGroup);
    mail->addRow(m_intervalLabel, m_interval);
    mail->addRow(m_cacheLabel, m_cacheLimit);
    mail->addRow(m_notifications);
    mail->addRow(m_noTray);
    m_intervalLabel->setBuddy(m_interval);
    m_cacheLabel->setBuddy(m_cacheLimit);

    auto *language = new QFormLayout(m_languageGroup);
    language->addRow(m_languageLabel, m_language);
    m_languageLabel->setBuddy(m_language);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messagesGroup);
    layout->addWidget(m_mailGroup);
    layout->addWidget(m_languageGroup);
    layout->addWidget(m_effectNote);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_senders, &QListWidget::itemSelectionChanged, this, &PreferencesDialog::updateSenderButtons);
    connect(m_forget, &QPushButton::clicked, this, [this] {
        qDeleteAll(m_senders->selectedItems());
        updateSenderButtons();
    });
    connect(m_forgetAll, &QPushButton::clicked, this, [this] {
        m_senders->clear();
        updateSenderButtons();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &PreferencesDialog::apply);

    load();
    retranslateUi();
}

void PreferencesDialog::load()
{
    m_format->setCurrentIndex(m_format->findData(ViewSettings::preferPlainText()));
    m_remote->setCurrentIndex(m_remote->findData(int(ViewSettings::remoteContentPolicy())));
    m_senders->clear();
    m_senders->addItems(ViewSettings::remoteContentSenders());
    m_cacheLimit->setValue(AppSettings::cacheSizeLimitMiB());
    m_interval->setValue(int(AppSettings::checkInterval().count()));
    m_notifications->setChecked(m_trayAvailable && AppSettings::notificationsEnabled());

    const Language *current = Language::instance();
    const QString code = current ? current->current() : languageSetting(QSettings());
    // The pseudo-locale is for translators: offered only while it is on.
    if (code == kPseudo && m_language->findData(kPseudo) < 0)
        m_language->addItem(QString(), kPseudo);
    m_language->setCurrentIndex(qMax(0, m_language->findData(code)));
    updateSenderButtons();
}

void PreferencesDialog::apply()
{
    ViewSettings::setPreferPlainText(m_format->currentData().toBool());
    ViewSettings::setRemoteContentPolicy(ViewSettings::RemoteContentPolicy(m_remote->currentData().toInt()));
    QStringList senders;
    for (int row = 0; row < m_senders->count(); ++row)
        senders.append(m_senders->item(row)->text());
    ViewSettings::setRemoteContentSenders(senders);
    AppSettings::setCacheSizeLimitMiB(m_cacheLimit->value());
    AppSettings::setCheckInterval(std::chrono::minutes(m_interval->value()));
    // Without a tray the choice cannot be seen, so the stored one stays.
    if (m_trayAvailable)
        AppSettings::setNotificationsEnabled(m_notifications->isChecked());

    const QString code = m_language->currentData().toString();
    Language *language = Language::instance();
    const QString before = language ? language->current() : languageSetting(QSettings());
    if (code != before) {
        QSettings settings;
        setLanguageSetting(settings, code);
        if (language)
            language->apply(code);
    }
    Q_EMIT applied();
}

void PreferencesDialog::updateSenderButtons()
{
    m_forget->setEnabled(!m_senders->selectedItems().isEmpty());
    m_forgetAll->setEnabled(m_senders->count() > 0);
}

void PreferencesDialog::retranslateUi()
{
    setWindowTitle(tr("Preferences"));
    m_messagesGroup->setTitle(tr("Reading"));
    m_formatLabel->setText(tr("&Show messages as:"));
    //: How a message with both an HTML and a plain text version is shown
    m_format->setItemText(0, tr("HTML (formatted)"));
    m_format->setItemText(1, tr("Plain text"));
    m_remoteLabel->setText(tr("&Remote content:"));
    //: Remote content: images and styles a message loads from the internet
    m_remote->setItemText(0, tr("Block and ask with a bar"));
    m_remote->setItemText(1, tr("Always block, never ask"));
    m_remote->setItemText(2, tr("Always load"));
    m_sendersLabel->setText(tr("Se&nders whose remote\ncontent always loads:"));
    m_senders->setAccessibleName(tr("Senders whose remote content always loads"));
    m_forget->setText(tr("&Forget"));
    m_forgetAll->setText(tr("Forget A&ll"));

    m_mailGroup->setTitle(tr("Mail"));
    m_intervalLabel->setText(tr("&Check for new mail every:"));
    //: A spin box suffix: "Check for new mail every 5 min"
    m_interval->setSuffix(tr(" min"));
    m_cacheLabel->setText(tr("&Offline cache limit:"));
    //: A spin box suffix: the offline cache's size in mebibytes
    m_cacheLimit->setSuffix(tr(" MiB"));
    //: The offline cache limit set to 0
    m_cacheLimit->setSpecialValueText(tr("No limit"));
    m_cacheLimit->setToolTip(tr("Message bodies and attachments kept for offline reading. When the cache grows "
                                "beyond the limit, the least recently read ones are removed; folders and message "
                                "lists are always kept."));
    m_notifications->setText(tr("Show a &notification when new mail arrives"));
    m_noTray->setText(tr("This desktop has no system tray, so Quire cannot show notifications."));

    m_languageGroup->setTitle(tr("Language"));
    m_languageLabel->setText(tr("&Language:"));
    //: The language list's first entry: the language the system is set to
    m_language->setItemText(0, tr("System Default"));
    const int pseudo = m_language->findData(kPseudo);
    if (pseudo >= 0)
        m_language->setItemText(pseudo, tr("Pseudo-Locale (for Translators)"));
    m_effectNote->setText(tr("Changes take effect at once, without reconnecting."));
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

} // namespace quire::ui
