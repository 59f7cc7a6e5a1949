#pragma once

#include "core/catalogue/video.h"
#include "ui/player/framerate.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Ui {

// Where shots come from, for a block pasted into a rundown or a script.
struct ScriptSource
{
    QString title;
    QString credit;
    QString usageTerms;
    FrameRate rate;
};

// Shots or soundbites as a block ready for a rundown: the video's title,
// then per shot its in and out timecode and duration, the speaker and the
// quote (or what the shot shows), then the credit and the usage terms; as
// plain text and as HTML (a table, every text escaped) for editors that take
// it.
class ScriptBlock final
{
    Q_DECLARE_TR_FUNCTIONS(Ui::ScriptBlock)

public:
    QString text;
    QString html;

    static ScriptBlock of(const QList<Catalogue::ShotlistEntry> &shots, const ScriptSource &source);
    // Puts both forms on the clipboard.
    void copy() const;
};

} // namespace Ui
