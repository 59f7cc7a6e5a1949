#pragma once

#include <QCoreApplication>
#include <QString>

namespace Downloads {

// File names that come from the portal (a rendition's `filename`, a title)
// are untrusted: they must not climb out of the destination folder, hide,
// carry control characters, or collide with what is already there.
class SafeFileName final
{
public:
    // At most this many bytes of UTF-8: ext4 and most file systems allow 255.
    static constexpr int MaxBytes = 200;

    // A single path component: separators, control characters and characters
    // that other systems forbid become '_'; leading dots and trailing dots or
    // spaces go; "..", "." and Windows' reserved device names are changed;
    // the name is cut (keeping the extension) to MaxBytes. Never empty:
    // `fallback` (itself cleaned) stands in for a name with nothing left.
    static QString clean(const QString &untrusted, const QString &fallback = QStringLiteral("download"));

    // `name` in `folder`, or "stem (2).ext", "stem (3).ext", ... when taken.
    // `taken` answers whether a name is in use (a file, or a download that
    // will land there).
    template<class Taken>
    static QString unique(const QString &name, Taken taken)
    {
        if (!taken(name))
            return name;
        const auto [stem, extension] = split(name);
        for (int n = 2;; ++n) {
            const QString candidate = fit(stem, QStringLiteral(" (%1)").arg(n) + extension);
            if (!taken(candidate))
                return candidate;
        }
    }

    // "clip.tar.gz" -> {"clip.tar", ".gz"}; "README" -> {"README", ""}.
    static std::pair<QString, QString> split(const QString &name);

private:
    // stem + suffix, with the stem shortened so that the whole fits MaxBytes.
    static QString fit(const QString &stem, const QString &suffix);
};

} // namespace Downloads
