#include "ui/player/scriptblock.h"

#include "ui/player/timecode.h"
#include "ui/videos/videoformat.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

namespace Ui {

ScriptBlock ScriptBlock::of(const QList<Catalogue::ShotlistEntry> &shots, const ScriptSource &source)
{
    QStringList lines;
    QString rows;
    if (!source.title.isEmpty())
        lines << source.title;
    for (const Catalogue::ShotlistEntry &shot : shots) {
        const QString in = Timecode::normalised(shot.tcIn, source.rate);
        const QString out = Timecode::normalised(shot.tcOut, source.rate);
        const auto inFrame = Timecode::toFrame(shot.tcIn, source.rate);
        const auto outFrame = Timecode::toFrame(shot.tcOut, source.rate);
        const QString length = inFrame && outFrame && *outFrame > *inFrame
            // Whole seconds, as a rundown counts them.
            ? VideoFormat::duration(1000
                                    * qRound64(double(*outFrame - *inFrame) / source.rate.framesPerSecond()))
            : QString();
        const QString span = out.isEmpty() ? tr("IN %1").arg(in) : tr("IN %1 OUT %2").arg(in, out);
        const QString timing = length.isEmpty() ? span : tr("%1 DUR %2").arg(span, length);
        QString who;
        if (shot.soundbite) {
            const QString speaker = shot.speaker.isEmpty() ? tr("unnamed speaker") : shot.speaker;
            who = shot.language.isEmpty()
                ? tr("SOUNDBITE %1").arg(speaker)
                : tr("SOUNDBITE %1 (%2)").arg(speaker, VideoFormat::languageName(shot.language));
        }
        lines << (who.isEmpty() ? timing : timing + QStringLiteral("  ") + who);
        lines << shot.description;
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                    .arg(in.toHtmlEscaped(), out.toHtmlEscaped(), length.toHtmlEscaped(), who.toHtmlEscaped(),
                         shot.description.toHtmlEscaped());
    }
    if (!source.credit.isEmpty())
        lines << tr("Credit: %1").arg(source.credit);
    if (!source.usageTerms.isEmpty())
        lines << tr("Terms: %1").arg(source.usageTerms);

    ScriptBlock block;
    block.text = lines.join(u'\n') + u'\n';
    QString html;
    if (!source.title.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>").arg(source.title.toHtmlEscaped());
    html +=
        QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>%6</table>")
            .arg(tr("In"), tr("Out"), tr("Dur"), tr("Speaker"), tr("Shot or quote"), rows);
    if (!source.credit.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("Credit: %1").arg(source.credit).toHtmlEscaped());
    if (!source.usageTerms.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("Terms: %1").arg(source.usageTerms).toHtmlEscaped());
    block.html = html;
    return block;
}

void ScriptBlock::copy() const
{
    auto *data = new QMimeData;
    data->setText(text);
    data->setHtml(html);
    QGuiApplication::clipboard()->setMimeData(data);
}

} // namespace Ui
