#include "ui/videos/videodetailpane.h"

#include "core/portal/accounttypes.h"
#include "ui/plaintext.h"
#include "ui/videos/videoformat.h"
#include "ui/videos/videothumbnails.h"

#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Ui {

namespace {

const QSize PictureSize(320, 180);

QLabel *textLabel(const QString &text, QWidget *parent, const QString &objectName = {})
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    return label;
}

QString languageName(const QString &code)
{
    const QLocale locale(code);
    if (code.isEmpty() || locale.language() == QLocale::C)
        return code;
    const QString name = QLocale().languageToString(locale.language());
    return name.isEmpty() ? code : name;
}

} // namespace

VideoDetailPane::VideoDetailPane(VideoThumbnails &thumbnails, QWidget *parent)
    : QWidget(parent),
      m_thumbnails(thumbnails),
      m_stack(new QStackedWidget(this)),
      m_messagePage(new QWidget(this)),
      m_message(new QLabel(m_messagePage)),
      m_retry(new QPushButton(m_messagePage)),
      m_scroll(new QScrollArea(this))
{
    setObjectName(QStringLiteral("videoDetail"));
    m_message->setObjectName(QStringLiteral("detailMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(24);
    m_message->setTextFormat(Qt::PlainText);
    m_retry->setObjectName(QStringLiteral("detailRetryButton"));
    connect(m_retry, &QPushButton::clicked, this, &VideoDetailPane::retryRequested);
    auto *messageLayout = new QVBoxLayout(m_messagePage);
    messageLayout->addStretch();
    messageLayout->addWidget(m_message);
    messageLayout->addWidget(m_retry, 0, Qt::AlignHCenter);
    messageLayout->addStretch();
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_stack->addWidget(m_messagePage);
    m_stack->addWidget(m_scroll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    setMinimumWidth(PictureSize.width() + 60);

    connect(&m_thumbnails, &VideoThumbnails::thumbnailReady, this, &VideoDetailPane::updateThumbnail);
    showNothing();
    retranslate();
}

void VideoDetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void VideoDetailPane::retranslate()
{
    setAccessibleName(tr("Video details"));
    m_retry->setText(tr("&Try again"));
    m_retry->setAccessibleName(tr("Try again"));
    sayMessage();
    if (m_video && m_stack->currentWidget() == m_scroll) {
        // Made again in the new language, where the person was reading.
        const int position = m_scroll->verticalScrollBar()->value();
        build(*m_video);
        m_content->adjustSize();
        m_scroll->verticalScrollBar()->setValue(position);
        QTimer::singleShot(0, this, [this, position] { m_scroll->verticalScrollBar()->setValue(position); });
    }
}

void VideoDetailPane::sayMessage()
{
    switch (m_messageKind) {
    case MessageKind::Nothing:
        m_message->setText(tr("Select a video to see its shot list, its renditions and how to use it."));
        break;
    case MessageKind::Loading:
        m_message->setText(tr("Loading the video’s details…"));
        break;
    case MessageKind::Problem:
        // The caller's words.
        break;
    }
}

void VideoDetailPane::showNothing()
{
    m_video.reset();
    m_messageKind = MessageKind::Nothing;
    sayMessage();
    m_retry->hide();
    m_stack->setCurrentWidget(m_messagePage);
}

void VideoDetailPane::showLoading()
{
    m_video.reset();
    m_messageKind = MessageKind::Loading;
    sayMessage();
    m_retry->hide();
    m_stack->setCurrentWidget(m_messagePage);
}

void VideoDetailPane::showProblem(const QString &message)
{
    m_video.reset();
    m_messageKind = MessageKind::Problem;
    m_message->setText(message);
    m_retry->show();
    m_stack->setCurrentWidget(m_messagePage);
}

QString VideoDetailPane::message() const
{
    return m_stack->currentWidget() == m_messagePage ? m_message->text() : QString();
}

void VideoDetailPane::showVideo(const Catalogue::Video &video)
{
    m_video = video;
    build(video);
    m_stack->setCurrentWidget(m_scroll);
}

QLabel *VideoDetailPane::heading(const QString &text, QWidget *parent) const
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setWeight(QFont::DemiBold);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    label->setContentsMargins(0, 10, 0, 2);
    label->setAccessibleName(text);
    return label;
}

void VideoDetailPane::build(const Catalogue::Video &video)
{
    // Rebuilt per video: the pane shows one at a time and rows vary.
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("detailContent"));
    m_downloadButtons.clear();
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(14, 12, 14, 14);
    layout->setSpacing(6);

    m_picture = new QLabel(content);
    m_picture->setObjectName(QStringLiteral("detailPicture"));
    m_picture->setFixedSize(PictureSize);
    m_picture->setAccessibleName(tr("Thumbnail of %1").arg(video.title));
    layout->addWidget(m_picture);
    updateThumbnail(video.thumbnailUrl);

    auto *title = textLabel(video.title, content, QStringLiteral("detailTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    layout->addWidget(title);

    QStringList facts;
    if (video.publishedAt.isValid())
        facts << tr("Published %1").arg(VideoFormat::dateTime(video.publishedAt));
    if (video.durationMs > 0)
        facts << VideoFormat::duration(video.durationMs);
    if (!video.location.isEmpty())
        facts << video.location;
    auto *meta = textLabel(facts.join(QStringLiteral(" · ")), content, QStringLiteral("detailFacts"));
    layout->addWidget(meta);

    auto *actions = new QHBoxLayout;
    m_preview = new QPushButton(tr("&Preview"), content);
    m_preview->setObjectName(QStringLiteral("previewButton"));
    m_preview->setEnabled(video.previewUrl.isValid() && !video.previewUrl.isEmpty());
    m_preview->setToolTip(m_preview->isEnabled() ? tr("Play the low-resolution preview")
                                                 : tr("The portal offers no preview of this video."));
    m_preview->setAccessibleName(tr("Preview"));
    connect(m_preview, &QPushButton::clicked, this, [this] {
        if (m_video)
            emit previewRequested(*m_video);
    });
    m_downloadBest = new QPushButton(tr("Download &best"), content);
    m_downloadBest->setObjectName(QStringLiteral("downloadBestButton"));
    m_downloadBest->setAccessibleName(tr("Download best"));
    if (const auto best = video.bestRendition()) {
        m_downloadBest->setToolTip(
            plainToolTip(tr("%1, %2").arg(best->label, VideoFormat::size(best->sizeBytes))));
        connect(m_downloadBest, &QPushButton::clicked, this, [this, id = best->id] {
            if (!m_video)
                return;
            if (const auto rendition = m_video->rendition(id))
                emit downloadRequested(*m_video, *rendition);
        });
    }
    actions->addWidget(m_preview);
    actions->addWidget(m_downloadBest);
    actions->addStretch();
    layout->addLayout(actions);

    if (!video.description.isEmpty())
        layout->addWidget(textLabel(video.description, content, QStringLiteral("detailDescription")));

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setContentsMargins(0, 6, 0, 0);
    const auto addFact = [&](const QString &label, const QString &value, const QString &name) {
        if (!value.trimmed().isEmpty())
            form->addRow(label, textLabel(value, content, name));
    };
    const QDateTime recorded =
        Portal::parseTimestamp(video.json.value(QStringLiteral("recorded_at")).toString());
    addFact(tr("Recorded:"), VideoFormat::dateTime(recorded), QStringLiteral("detailRecorded"));
    addFact(tr("Language:"), languageName(video.json.value(QStringLiteral("language")).toString()),
            QStringLiteral("detailLanguage"));
    addFact(tr("Tags:"), video.tags.join(QStringLiteral(", ")), QStringLiteral("detailTags"));
    addFact(tr("Credit:"), video.credit, QStringLiteral("detailCredit"));
    addFact(tr("Usage terms:"), video.usageTerms, QStringLiteral("detailUsage"));
    layout->addLayout(form);

    addShotList(layout, video);
    addRenditions(layout, video);
    layout->addStretch();

    QWidget *old = m_scroll->takeWidget();
    m_scroll->setWidget(content);
    m_content = content;
    if (old)
        old->deleteLater();
    m_scroll->verticalScrollBar()->setValue(0);
    applyDownloadState();
}

void VideoDetailPane::addShotList(QVBoxLayout *layout, const Catalogue::Video &video)
{
    QWidget *content = layout->parentWidget();
    layout->addWidget(heading(tr("Shot list"), content));
    if (video.shotlist.isEmpty()) {
        layout->addWidget(textLabel(tr("The portal gives no shot list for this video."), content));
        return;
    }
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(8);
    grid->setColumnStretch(1, 1);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    int row = 0;
    for (const Catalogue::ShotlistEntry &shot : video.shotlist) {
        auto *timecode =
            textLabel(shot.tcOut.isEmpty() ? shot.tcIn : tr("%1 –\n%2").arg(shot.tcIn, shot.tcOut), content,
                      QStringLiteral("shotTimecode"));
        timecode->setWordWrap(false);
        timecode->setFont(mono);
        timecode->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        auto *text = new QWidget(content);
        text->setObjectName(QStringLiteral("shotRow"));
        auto *textLayout = new QVBoxLayout(text);
        textLayout->setContentsMargins(0, 0, 0, 0);
        textLayout->setSpacing(2);
        QString spoken;
        if (shot.soundbite) {
            QStringList who;
            who << (shot.speaker.isEmpty() ? tr("Soundbite") : tr("Soundbite: %1").arg(shot.speaker));
            if (!shot.language.isEmpty())
                who << languageName(shot.language);
            spoken = who.join(QStringLiteral(" · "));
            auto *speaker = textLabel(spoken, text, QStringLiteral("shotSpeaker"));
            QFont font = speaker->font();
            font.setWeight(QFont::DemiBold);
            speaker->setFont(font);
            speaker->setStyleSheet(QStringLiteral("QLabel { color: #1d4f91; }"));
            textLayout->addWidget(speaker);
        }
        textLayout->addWidget(textLabel(shot.description, text, QStringLiteral("shotDescription")));
        text->setAccessibleName(spoken.isEmpty() ? shot.description : spoken + u' ' + shot.description);
        grid->addWidget(timecode, row, 0);
        grid->addWidget(text, row, 1);
        ++row;
    }
    layout->addLayout(grid);
}

void VideoDetailPane::addRenditions(QVBoxLayout *layout, const Catalogue::Video &video)
{
    QWidget *content = layout->parentWidget();
    layout->addWidget(heading(tr("Renditions"), content));
    if (video.renditions.isEmpty()) {
        layout->addWidget(
            textLabel(tr("The portal offers no downloadable rendition of this video."), content));
        return;
    }
    for (const Catalogue::Rendition &rendition : video.renditions) {
        auto *row = new QFrame(content);
        row->setObjectName(QStringLiteral("renditionRow"));
        row->setProperty("renditionId", rendition.id);
        row->setFrameShape(QFrame::StyledPanel);
        auto *rowLayout = new QGridLayout(row);
        rowLayout->setContentsMargins(10, 8, 10, 8);
        rowLayout->setColumnStretch(0, 1);
        auto *label = textLabel(rendition.label.isEmpty() ? rendition.filename : rendition.label, row,
                                QStringLiteral("renditionLabel"));
        QFont font = label->font();
        font.setWeight(QFont::DemiBold);
        label->setFont(font);
        auto *facts =
            textLabel(VideoFormat::renditionFacts(rendition), row, QStringLiteral("renditionFacts"));
        auto *download = new QPushButton(tr("Download"), row);
        download->setObjectName(QStringLiteral("download-") + rendition.id);
        download->setProperty("renditionId", rendition.id);
        download->setAccessibleName(tr("Download %1").arg(label->text()));
        connect(download, &QPushButton::clicked, this, [this, id = rendition.id] {
            if (!m_video)
                return;
            if (const auto r = m_video->rendition(id))
                emit downloadRequested(*m_video, *r);
        });
        m_downloadButtons << download;
        rowLayout->addWidget(label, 0, 0);
        rowLayout->addWidget(facts, 1, 0);
        rowLayout->addWidget(download, 0, 1, 2, 1, Qt::AlignVCenter);
        row->setAccessibleName(label->text() + QStringLiteral(", ") + facts->text());
        layout->addWidget(row);
    }
}

void VideoDetailPane::updateThumbnail(const QUrl &url)
{
    if (!m_picture || !m_video || url != m_video->thumbnailUrl)
        return;
    m_picture->setPixmap(m_thumbnails.thumbnail(url, PictureSize, devicePixelRatioF()));
}

void VideoDetailPane::setDownloadsAvailable(bool available, const QString &reason)
{
    m_downloadsAvailable = available;
    m_downloadsReason = reason;
    applyDownloadState();
}

void VideoDetailPane::applyDownloadState()
{
    if (m_downloadBest) {
        const bool any = m_video && !m_video->renditions.isEmpty();
        m_downloadBest->setEnabled(m_downloadsAvailable && any);
        if (!m_downloadsAvailable)
            m_downloadBest->setToolTip(plainToolTip(m_downloadsReason));
    }
    for (QPushButton *button : std::as_const(m_downloadButtons)) {
        button->setEnabled(m_downloadsAvailable);
        button->setToolTip(m_downloadsAvailable ? QString() : plainToolTip(m_downloadsReason));
    }
}

QPushButton *VideoDetailPane::downloadButton(const QString &renditionId) const
{
    for (QPushButton *button : m_downloadButtons) {
        if (button->property("renditionId").toString() == renditionId)
            return button;
    }
    return nullptr;
}

QStringList VideoDetailPane::shotRows() const
{
    QStringList rows;
    if (!m_content || m_stack->currentWidget() != m_scroll)
        return rows;
    const auto timecodes = m_content->findChildren<QLabel *>(QStringLiteral("shotTimecode"));
    const auto texts = m_content->findChildren<QWidget *>(QStringLiteral("shotRow"));
    for (qsizetype i = 0; i < std::min(timecodes.size(), texts.size()); ++i) {
        QStringList parts {timecodes.at(i)->text().replace(u'\n', u' ')};
        for (const QLabel *label : texts.at(i)->findChildren<QLabel *>())
            parts << label->text();
        rows << parts.join(u' ');
    }
    return rows;
}

QStringList VideoDetailPane::renditionRows() const
{
    QStringList rows;
    if (!m_content || m_stack->currentWidget() != m_scroll)
        return rows;
    for (const QFrame *row : m_content->findChildren<QFrame *>(QStringLiteral("renditionRow"))) {
        const auto *label = row->findChild<QLabel *>(QStringLiteral("renditionLabel"));
        const auto *facts = row->findChild<QLabel *>(QStringLiteral("renditionFacts"));
        rows << label->text() + QStringLiteral(" — ") + facts->text();
    }
    return rows;
}

} // namespace Ui
