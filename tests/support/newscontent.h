#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace TestSupport {

// One article of a test's content folder, as the reference portal reads it
// (DIR/news/<id>.json): n names it ("n-07"), picks its language (every fourth
// is French) and kind (every fifth a speech). Its body carries script, an
// event handler and a javascript: link that a client must never keep.
QJsonObject newsArticle(int n, const QString &title, const QDateTime &publishedAt,
                        const QDateTime &updatedAt);

// The file of article n in a content folder.
QString newsFile(const QString &contentDir, int n);

// Writes an article (newsArticle or another object with an "id") into the
// content folder; false when it could not be written.
bool writeNewsArticle(const QString &contentDir, const QJsonObject &article);

} // namespace TestSupport
