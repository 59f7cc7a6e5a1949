#pragma once

#include "core/news/newsitem.h"

#include <QString>

namespace News {

// An article as Markdown (CommonMark): its title, date, place, tags, summary,
// body and source, with the credit line of the portal's conditions of use
// when one is given (portal articles), for `mmdesk-cli news export --markdown`. The body is the
// sanitised fragment (HtmlSanitiser's output, well-formed and of a few
// elements), so each element has one Markdown form; text that Markdown would
// read as markup is escaped.
QString articleMarkdown(const NewsItem &item, const QString &sourceName, const QString &creditLine = {});

} // namespace News
