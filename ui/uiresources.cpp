#include "ui/uiresources.h"

#include <QHash>
#include <QStringList>
#include <QtGlobal>

static void initMmdeskResources()
{
    Q_INIT_RESOURCE(mmdesk);
}

namespace Ui {

void initResources()
{
    static const bool done = [] {
        initMmdeskResources();
        return true;
    }();
    Q_UNUSED(done)
}

namespace {

// What each bundled icon is called in freedesktop icon themes (Breeze,
// Adwaita), first choice first.
QStringList themeNamesFor(const QString &name)
{
    static const QHash<QString, QStringList> names {
        {QStringLiteral("news"), {QStringLiteral("news-subscribe"), QStringLiteral("internet-news-reader")}},
        {QStringLiteral("videos"), {QStringLiteral("video-x-generic")}},
        {QStringLiteral("downloads"), {QStringLiteral("folder-download"), QStringLiteral("download")}},
        {QStringLiteral("library"), {QStringLiteral("folder-videos")}},
        {QStringLiteral("account"), {QStringLiteral("user-identity"), QStringLiteral("avatar-default")}},
        {QStringLiteral("mmdesk"), {QStringLiteral("org.mmdesk.MultimediaDesk")}},
        {QStringLiteral("copy"), {QStringLiteral("edit-copy")}},
    };
    return names.value(name);
}

} // namespace

QIcon icon(const QString &name)
{
    // The desktop's own icon where its theme has one, so that the window
    // matches Breeze, Adwaita or a dark theme; else the bundled drawing.
    for (const QString &themed : themeNamesFor(name)) {
        if (QIcon::hasThemeIcon(themed))
            return QIcon::fromTheme(themed);
    }
    return QIcon(QStringLiteral(":/icons/") + name + QStringLiteral(".svg"));
}

} // namespace Ui
