#pragma once

#include <QString>

class QObject;

namespace Ui::FileActions {

// Opens the file with the application the desktop associates with it.
// Returns why it could not, for people, or an empty string.
QString open(const QString &path);

// Shows the file selected in the desktop's file manager (the
// org.freedesktop.FileManager1 D-Bus service, as Nautilus, Dolphin and
// Nemo offer it), or else opens its folder. Returns why it could not, or
// an empty string; a D-Bus call that fails later falls back to the folder.
QString showInFolder(const QString &path, QObject *context);

} // namespace Ui::FileActions
