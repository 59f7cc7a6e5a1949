#include "tests/support/newscontent.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace TestSupport {

QJsonObject newsArticle(int n, const QString &title, const QDateTime &publishedAt, const QDateTime &updatedAt)
{
    const bool french = n % 4 == 0;
    return QJsonObject {
        {QStringLiteral("id"), QStringLiteral("n-%1").arg(n, 2, 10, QLatin1Char('0'))},
        {QStringLiteral("kind"), n % 5 == 0 ? QStringLiteral("speech") : QStringLiteral("press_release")},
        {QStringLiteral("title"), title},
        {QStringLiteral("summary"),
         french ? QStringLiteral("Déclaration sur la sécurité énergétique")
                : QStringLiteral("Statement on energy security")},
        {QStringLiteral("body_html"),
         QStringLiteral("<p onclick=\"steal()\">Paragraph %1 of the release.</p><script>alert(1)</script>"
                        "<p><a href=\"javascript:alert(2)\">a link</a></p>")
             .arg(n)},
        {QStringLiteral("published_at"), publishedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("updated_at"), updatedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("location"),
         french ? QStringLiteral("Bruxelles, Belgique") : QStringLiteral("Brussels")},
        {QStringLiteral("language"), french ? QStringLiteral("fr") : QStringLiteral("en")},
        {QStringLiteral("tags"), QJsonArray {QStringLiteral("energy"), QStringLiteral("summit")}},
        {QStringLiteral("video_ids"), QJsonArray {}},
        {QStringLiteral("web_url"), QStringLiteral("https://portal.example.org/news/%1").arg(n)},
    };
}

QString newsFile(const QString &contentDir, int n)
{
    return QDir(contentDir).filePath(QStringLiteral("news/n-%1.json").arg(n, 2, 10, QLatin1Char('0')));
}

bool writeNewsArticle(const QString &contentDir, const QJsonObject &article)
{
    const QDir dir(contentDir);
    if (!dir.mkpath(QStringLiteral("news")))
        return false;
    QFile file(dir.filePath(QStringLiteral("news/") + article.value(QStringLiteral("id")).toString()
                            + QStringLiteral(".json")));
    return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(article).toJson()) > 0;
}

} // namespace TestSupport
