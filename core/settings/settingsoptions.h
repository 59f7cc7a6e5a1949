#pragma once

#include "core/util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Settings {

class AppSettings;

// One setting a person may change, by name, as `mmdesk-cli settings` and the
// settings dialog show it: its value as text, what it accepts, and a setter
// that refuses anything else with a message saying what would be right.
struct Option
{
    // What kind of value it is, for a form to pick its control.
    enum class Kind { Url, Number, Switch, Choice, Folder, Text };

    QString name; // "downloads.connections"
    Kind kind = Kind::Number;
    QString label; // "Connections per download", for a form
    QString description;
    int minimum = 0; // Number
    int maximum = 0;
    // Number: when set, the word get() gives and set() takes for 0, which
    // then means this and not a count ("auto"); a form shows it in words.
    QString zeroWord;
    QStringList choices; // Choice: the values get() returns and set() takes
    // Read at the next start of the desktop application, not at once.
    bool needsRestart = false;
    QString accepts; // "1 to 16", "on or off", ...
    QString defaultText;
    bool emptyIsDefault = false; // "" restores the default (a folder, the portal)
    std::function<QString(const AppSettings &)> get;
    std::function<Util::Result<void>(AppSettings &, const QString &)> set;
};

class Options final
{
    Q_DECLARE_TR_FUNCTIONS(Settings::Options)

public:
    // Every option, in the order they are listed.
    static const QList<Option> &all();
    // nullptr for an unknown name.
    static const Option *find(const QString &name);
    // Reads the labels, descriptions and messages again in the language of
    // the translators installed now (they are read once, on first use).
    static void retranslate();
    // Puts the option back to its default.
    static Util::Result<void> reset(AppSettings &settings, const Option &option);
};

} // namespace Settings
