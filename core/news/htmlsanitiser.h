#pragma once

#include <QList>
#include <QString>
#include <QUrl>

#include <functional>

namespace News {

// What is kept of an untrusted HTML fragment.
struct SanitisedHtml
{
    QString html; // a well-formed fragment of the allowed elements only
    QString text; // its text for full-text search: one line per paragraph
    QList<QUrl> images; // every picture's address, once each, in order
    QList<QUrl> links; // every link's address, once each, in order
};

// Turns the HTML of an article body or a feed entry, as the web writes it,
// into a fragment a reader can show without running or loading anything it
// did not choose to.
//
// Kept: p, br, h2, h3, blockquote, q, em, strong, ul, ol, li, a (href only)
// and img (src and alt only). Close relatives take their place (b: strong,
// i: em, h1: h2, h4-h6: h3, dir/menu: ul); block containers (div, section,
// table cells...) give way to their text, as paragraphs; any other element
// gives way to its text. Scripts, styles, frames, plugins, forms, SVG, MathML,
// templates and the document head go with everything in them.
//
// Addresses are kept only as absolute http or https URLs with a host, read
// the way browsers read them (webAddress()) and resolved against `base`,
// which must itself be http(s): without it, relative addresses are dropped.
// "//host/x" is resolved like any relative address, so it may name another
// host. A link without a kept address gives way to its text; a picture
// without one is dropped.
//
// The fragment is XML as well as HTML: void elements are written <br/>,
// every element opened is closed in order, attribute values are
// double-quoted, and text and values only use &amp; &lt; &gt; &quot;.
// Characters XML cannot carry (controls, lone surrogates) are removed.
// A list item outside a list gets a list of its own. Nesting is capped at
// MaxDepth elements; deeper tags give way to their text.
class HtmlSanitiser
{
public:
    // The local copy of a picture (a file: URL), or an empty QUrl when there
    // is none yet.
    using LocalImage = std::function<QUrl(const QUrl &remote)>;

    static constexpr int MaxDepth = 100;

    HtmlSanitiser() = delete;

    static SanitisedHtml sanitise(const QString &html, const QUrl &base = {});

    // `html` (what sanitise() wrote, sanitised again on the way) with each
    // picture pointing at its local copy, so a reader never fetches one. A
    // picture not yet kept locally loses its src and keeps its alt text, or
    // is left out when it has none. Only file: URLs are taken from `localImage`.
    static QString withLocalImages(const QString &html, const LocalImage &localImage);
};

} // namespace News
