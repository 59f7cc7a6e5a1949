#pragma once

#include <QStringView>

// The namespace URIs feeds use, compared with QXmlStreamReader's
// namespaceUri(): what matters is the URI, never the prefix a feed chose.
namespace News::FeedNs {

inline constexpr QStringView Atom10 = u"http://www.w3.org/2005/Atom";
inline constexpr QStringView Atom03 = u"http://purl.org/atom/ns#";
inline constexpr QStringView Rss10 = u"http://purl.org/rss/1.0/";
inline constexpr QStringView Rss090 = u"http://my.netscape.com/rdf/simple/0.9/";
// RSS 2.0 under a namespace: a few early Userland feeds.
inline constexpr QStringView Rss20Userland = u"http://backend.userland.com/rss2";
inline constexpr QStringView Rdf = u"http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline constexpr QStringView DublinCore = u"http://purl.org/dc/elements/1.1/";
inline constexpr QStringView DublinCoreTerms = u"http://purl.org/dc/terms/";
inline constexpr QStringView Content = u"http://purl.org/rss/1.0/modules/content/";
inline constexpr QStringView Media = u"http://search.yahoo.com/mrss/";
inline constexpr QStringView ITunes = u"http://www.itunes.com/dtds/podcast-1.0.dtd";
inline constexpr QStringView Xhtml = u"http://www.w3.org/1999/xhtml";
inline constexpr QStringView Xml = u"http://www.w3.org/XML/1998/namespace";

} // namespace News::FeedNs
