#pragma once

// Which language the UI speaks. The translations are embedded under :/i18n
// (translations/CMakeLists.txt); Qt's own (qtbase_*.qm, for standard dialogs
// and buttons) come from Qt's translations directory.
//
// The choice, in order: the QUIRE_LANGUAGE environment variable, the
// "ui/language" setting, then the system locale. "pseudo" is the
// pseudo-locale for translators (docs/TRANSLATING.md).
//
// Installing translators makes Qt send QEvent::LanguageChange to every widget;
// long-lived widgets set their texts again in changeEvent() (retranslateUi()).

#include <QList>
#include <QObject>
#include <QString>

class QSettings;
class QTranslator;

namespace quire::ui {

struct LanguageChoice {
    QString code; // "ru", "de", "en", "pseudo"; empty: the system's language
    QString name; // in its own language ("Deutsch"), for a settings menu
};

// The languages Quire ships, English first; not the system default entry.
QList<LanguageChoice> availableLanguages();

// The "ui/language" setting: a code from availableLanguages(), or empty.
QString languageSetting(const QSettings &settings);
void setLanguageSetting(QSettings &settings, const QString &code);

class Language : public QObject
{
    Q_OBJECT
public:
    explicit Language(QObject *parent = nullptr);
    ~Language() override;

    // Loads what settings and environment choose (see above).
    void applyStartupChoice(const QSettings &settings);

    // Switches the whole application to `code` (empty: the system's language):
    // QLocale's default too, so that dates and sizes follow. Takes effect at once.
    void apply(const QString &code);
    // The code last applied; empty for the system's language.
    QString current() const { return m_current; }
    // The language the UI speaks now ("ru", "en", "pseudo"): current(), or the
    // system's language resolved.
    QString effective() const { return m_effective; }

    // The one instance the application uses, or null before main() made it.
    static Language *instance();

Q_SIGNALS:
    void changed();

private:
    void removeTranslators();

    QString m_current;
    QString m_effective;
    QTranslator *m_quire = nullptr;
    QTranslator *m_qt = nullptr;
};

} // namespace quire::ui
