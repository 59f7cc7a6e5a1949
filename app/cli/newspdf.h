#pragma once

#include <QString>

namespace News {
struct NewsItem;
}

namespace Cli {

// Writes an article as a PDF page set: the same text as the Markdown export,
// laid out on A4 with the pictures kept in the cache at `imageFolder` (a
// placeholder line names any that is not). Needs a QGuiApplication (the
// command line makes one on the offscreen platform for this). Returns what
// went wrong, or an empty string.
QString writeArticlePdf(const News::NewsItem &item, const QString &sourceName, const QString &creditLine,
                        const QString &imageFolder, const QString &file);

// Whether these arguments ask for a PDF, so that main() makes a
// QGuiApplication (fonts, layout) instead of a QCoreApplication.
bool wantsPdf(int argc, char **argv);

} // namespace Cli
