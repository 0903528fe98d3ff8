#include "ui/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace quire::ui {

namespace {

const QString kSettingKey = QStringLiteral("ui/language");
const QString kTranslations = QStringLiteral(":/i18n");
const QString kPseudo = QStringLiteral("pseudo");

Language *g_instance = nullptr;

} // namespace

QList<LanguageChoice> availableLanguages()
{
    // Names in their own language: whoever cannot read the current one must
    // still find theirs. The pseudo-locale is for translators and has no name.
    return {
        { QStringLiteral("en"), QStringLiteral("English") },
        { QStringLiteral("de"), QStringLiteral("Deutsch") },
        { QStringLiteral("ru"), QStringLiteral("Русский") },
    };
}

QString languageSetting(const QSettings &settings)
{
    return settings.value(kSettingKey).toString();
}

void setLanguageSetting(QSettings &settings, const QString &code)
{
    if (code.isEmpty())
        settings.remove(kSettingKey);
    else
        settings.setValue(kSettingKey, code);
}

Language::Language(QObject *parent)
    : QObject(parent)
{
    g_instance = this;
}

Language::~Language()
{
    removeTranslators();
    if (g_instance == this)
        g_instance = nullptr;
}

Language *Language::instance()
{
    return g_instance;
}

void Language::applyStartupChoice(const QSettings &settings)
{
    const QString forced = qEnvironmentVariable("QUIRE_LANGUAGE");
    apply(forced.isEmpty() ? languageSetting(settings) : forced);
}

void Language::removeTranslators()
{
    for (QTranslator **translator : { &m_quire, &m_qt }) {
        if (!*translator)
            continue;
        QCoreApplication::removeTranslator(*translator);
        delete *translator;
        *translator = nullptr;
    }
}

void Language::apply(const QString &code)
{
    removeTranslators();
    m_current = code;
    const bool pseudo = code == kPseudo;
    const QLocale locale = code.isEmpty() || pseudo ? QLocale::system() : QLocale(code);
    QLocale::setDefault(locale);

    m_quire = new QTranslator(this);
    bool loaded = pseudo ? m_quire->load(QStringLiteral("quire_pseudo.qm"), kTranslations)
                         : m_quire->load(locale, QStringLiteral("quire"), QStringLiteral("_"), kTranslations);
    // A language Quire does not speak gets English, with English plurals.
    if (!loaded)
        loaded = m_quire->load(QStringLiteral("quire_en.qm"), kTranslations);
    m_effective = pseudo ? kPseudo : m_quire->language().section(QLatin1Char('_'), 0, 0);
    if (loaded)
        QCoreApplication::installTranslator(m_quire);

    if (!pseudo) {
        m_qt = new QTranslator(this);
        if (m_qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(m_qt);
    }
    Q_EMIT changed();
}

} // namespace quire::ui
