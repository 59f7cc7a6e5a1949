#pragma once

#include <QString>

namespace Util {

// Sends every Qt log message to a file as well as to the previous handler
// (stderr). The file is rotated at a size limit, keeping a few old copies, so a
// long-running session never fills the disk. Nothing secret may be logged:
// tokens and passwords never reach a qDebug() call in this project.
class FileLog final
{
public:
    static constexpr qint64 MaxFileSize = 5 * 1024 * 1024;
    static constexpr int KeptFiles = 3;

    // Starts logging to filePath (its folder is created). Returns false, and
    // leaves logging to stderr only, when the file cannot be opened.
    static bool install(const QString &filePath);
    // Restores the previous handler and closes the file.
    static void uninstall();
    // The file in use, or an empty string.
    static QString currentFile();
};

} // namespace Util
