#include "ui/plaintext.h"

namespace Ui {

QString plainToolTip(const QString &text)
{
    if (text.isEmpty())
        return {};
    // Escaped, then marked as rich text so that the escapes are read as such.
    QString html = text.toHtmlEscaped();
    html.replace(u'\n', QStringLiteral("<br>"));
    return QStringLiteral("<p>%1</p>").arg(html);
}

} // namespace Ui
