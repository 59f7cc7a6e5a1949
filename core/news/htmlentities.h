#pragma once

#include <QString>
#include <QStringView>

namespace News {

// Where character references are read: attribute values keep "&copy=2" in
// "?a=1&copy=2" as written, the way browsers do, so links keep their query.
enum class ReferenceContext {
    Text,
    Attribute,
};

// `text` with its character references replaced by the characters they name:
// decimal and hexadecimal ones (zero-padded or not, with or without the
// semicolon) and the named ones of HTML that articles use. The Latin-1 names
// and amp/lt/gt/quot are also read without their semicolon, as browsers read
// them; other names need it, and an unknown one stays as written. A number
// that names no character (0, a surrogate, past U+10FFFF) becomes U+FFFD;
// 0x80-0x9F are read as Windows-1252, as browsers read them.
QString decodeCharacterReferences(QStringView text, ReferenceContext context = ReferenceContext::Text);

// Appends `text` with & < > " written as references: nothing in it can then
// open a tag or end an attribute value.
void appendHtmlEscaped(QString &out, QStringView text);

} // namespace News
