#include "ui/translations.h"

#include "core/settings/settingsoptions.h"
#include "core/util/logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Ui {

namespace {

// Translators installed by an earlier call, so that a later one replaces them.
QList<QTranslator *> &installed()
{
    static QList<QTranslator *> list;
    return list;
}

QString &currentLanguage()
{
    static QString language = QStringLiteral("en");
    return language;
}

} // namespace

QString Translations::current()
{
    return currentLanguage();
}

namespace {

QString installTranslators(QCoreApplication &app, const QString &language)
{
    for (QTranslator *translator : std::as_const(installed())) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installed().clear();

    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *own = new QTranslator(&app);
    if (!own->load(locale, QStringLiteral("mmdesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        qCInfo(lcApp) << "no translation for" << locale.name() << "- using English";
        // English is the source language, but its plural forms ("1 download",
        // "2 downloads") come from the English translation file.
        currentLanguage() = QStringLiteral("en");
        if (!own->load(QStringLiteral(":/i18n/mmdesk_en"))) {
            delete own;
            return currentLanguage();
        }
        QCoreApplication::installTranslator(own);
        installed().append(own);
        return currentLanguage();
    }
    QCoreApplication::installTranslator(own);
    installed().append(own);

    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installed().append(qt);
    } else {
        delete qt;
    }
    currentLanguage() = own->language().left(2);
    return currentLanguage();
}

} // namespace

QString Translations::install(QCoreApplication &app, const QString &language)
{
    const QString chosen = installTranslators(app, language);
    // Widgets are told by posted LanguageChange events, which come after this.
    Settings::Options::retranslate();
    return chosen;
}

} // namespace Ui
