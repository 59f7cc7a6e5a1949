#pragma once

#include <QString>

namespace Library {

// XML 1.0 cannot carry most C0 control characters, U+FFFE/U+FFFF or unpaired
// surrogates, yet they turn up in text pasted into a newsroom system and in
// file names. QXmlStreamWriter writes them as they are, which makes the
// document unreadable; exports drop them instead.
QString xmlSafeText(const QString &text);
bool isXmlSafe(const QString &text);

} // namespace Library
