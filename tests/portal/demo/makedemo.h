#pragma once

#include <QStringList>

namespace Demo {

// `mmdesk-portal make-demo DIR [--big SIZE] [--force] [--videos N] [--news N] [--jobs N]`:
// writes the demo content folder the reference portal serves (news and video manifests, news
// images, video thumbnails, proxies and renditions made with ffmpeg). `arguments` are the ones
// after "make-demo". Reports progress and errors on stderr; returns the process exit code.
int makeDemo(const QStringList &arguments);

} // namespace Demo
