#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace Ui {

// Installs the application's own translation and Qt's for the given language
// ("en", "fr"), or for the system locale when language is empty. English is
// the source language, so a missing translation falls back to it.
class Translations final
{
public:
    static QStringList available() { return {QStringLiteral("en"), QStringLiteral("fr")}; }
    // Returns the language actually installed ("en" when nothing matched).
    static QString install(QCoreApplication &app, const QString &language);
    // The language the last install() put in place: "en" or "fr".
    static QString current();
};

} // namespace Ui
