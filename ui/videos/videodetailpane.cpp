#include "ui/videos/videodetailpane.h"

#include "core/portal/accounttypes.h"
#include "ui/plaintext.h"
#include "ui/player/shotlistmodel.h"
#include "ui/player/shotlistpanel.h"
#include "ui/uiresources.h"
#include "ui/videos/videoformat.h"
#include "ui/videos/videostates.h"
#include "ui/videos/videothumbnails.h"
#include "ui/widgets/datetimetext.h"

#include <QBoxLayout>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Ui {

namespace {

// A scroll area as wide at least as what it holds: it scrolls up and down
// only, and what reached past its right edge could not be read.
class FittingScrollArea final : public QScrollArea
{
public:
    using QScrollArea::QScrollArea;

    QSize minimumSizeHint() const override
    {
        QSize size = QScrollArea::minimumSizeHint();
        if (const QWidget *content = widget())
            size.setWidth(content->minimumSizeHint().width() + verticalScrollBar()->sizeHint().width()
                          + 2 * frameWidth());
        return size;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // What it holds changed its needs (another video, another language).
        if (watched == widget() && event->type() == QEvent::LayoutRequest)
            updateGeometry();
        return QScrollArea::eventFilter(watched, event);
    }
};

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

} // namespace

VideoDetailPane::VideoDetailPane(VideoThumbnails &thumbnails, QWidget *parent)
    : QWidget(parent),
      m_thumbnails(thumbnails),
      m_stack(new QStackedWidget(this)),
      m_messagePage(new QWidget(this)),
      m_message(new QLabel(m_messagePage)),
      m_retry(new QPushButton(m_messagePage)),
      m_scroll(new FittingScrollArea(this))
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
    m_retry->setText(tr("&Try Again"));
    m_retry->setAccessibleName(tr("Try Again"));
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
    m_stateLabels.clear();
    m_shots = nullptr;
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
        facts << tr("Published %1").arg(DateTimeText::moment(video.publishedAt));
    if (video.durationMs > 0)
        facts << VideoFormat::duration(video.durationMs);
    if (!video.location.isEmpty())
        facts << video.location;
    auto *meta = textLabel(facts.join(QStringLiteral(" · ")), content, QStringLiteral("detailFacts"));
    layout->addWidget(meta);

    // What a producer came for, before anything to read.
    addActions(layout, video);
    addRenditionTable(layout, video);

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
    addFact(tr("Recorded:"), DateTimeText::moment(recorded), QStringLiteral("detailRecorded"));
    addFact(tr("Language:"),
            VideoFormat::languageName(video.json.value(QStringLiteral("language")).toString()),
            QStringLiteral("detailLanguage"));
    addFact(tr("Tags:"), video.tags.join(QStringLiteral(", ")), QStringLiteral("detailTags"));
    addFact(tr("Credit:"), video.credit, QStringLiteral("detailCredit"));
    layout->addLayout(form);

    addShotList(layout, video);
    layout->addStretch();

    QWidget *old = m_scroll->takeWidget();
    m_scroll->setWidget(content);
    m_content = content;
    if (old)
        old->deleteLater();
    m_scroll->verticalScrollBar()->setValue(0);
    applyDownloadState();
    updateStates();
}

namespace {

// The Preview and Download buttons with the usage terms beside them, or
// under them when the pane is too narrow for the terms to be read beside.
class ActionsRow final : public QWidget
{
public:
    explicit ActionsRow(QWidget *parent)
        : QWidget(parent), m_buttons(new QHBoxLayout), m_row(new QBoxLayout(QBoxLayout::LeftToRight, this))
    {
        m_row->setContentsMargins(0, 0, 0, 0);
        m_row->setSpacing(8);
        m_buttons->setSpacing(8);
        m_row->addLayout(m_buttons);
        m_row->setAlignment(m_buttons, Qt::AlignLeft | Qt::AlignTop);
    }

    QHBoxLayout *buttons() const { return m_buttons; }

    void setTerms(QWidget *terms)
    {
        m_terms = terms;
        m_row->addWidget(terms, 1);
        arrange();
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QWidget::resizeEvent(event);
        arrange();
    }

private:
    void arrange()
    {
        if (!m_terms)
            return;
        // Beside the buttons only with room for a readable column of terms.
        const int termsWidth =
            std::max(16 * fontMetrics().averageCharWidth() + 20, m_terms->minimumSizeHint().width());
        const int needed = m_buttons->sizeHint().width() + m_row->spacing() + termsWidth;
        m_row->setDirection(width() >= needed ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    }

    QHBoxLayout *m_buttons;
    QBoxLayout *m_row;
    QWidget *m_terms = nullptr;
};

} // namespace

bool VideoDetailPane::event(QEvent *event)
{
    const bool handled = QWidget::event(event);
    // Told when the need changes, not at every relayout: a pane the person
    // widened stays as it is.
    if (event->type() == QEvent::LayoutRequest && minimumSizeHint().width() != m_widthNeeded) {
        m_widthNeeded = minimumSizeHint().width();
        emit widthNeeded(m_widthNeeded);
    }
    return handled;
}

void VideoDetailPane::addActions(QVBoxLayout *layout, const Catalogue::Video &video)
{
    QWidget *content = layout->parentWidget();
    auto *row = new ActionsRow(content);
    row->setObjectName(QStringLiteral("actionsRow"));
    QHBoxLayout *actions = row->buttons();
    m_preview = new QPushButton(tr("&Preview"), row);
    m_preview->setObjectName(QStringLiteral("previewButton"));
    m_preview->setEnabled(video.previewUrl.isValid() && !video.previewUrl.isEmpty());
    m_preview->setToolTip(m_preview->isEnabled() ? tr("Play the low-resolution preview")
                                                 : tr("The portal offers no preview of this video."));
    m_preview->setAccessibleName(tr("Preview"));
    connect(m_preview, &QPushButton::clicked, this, [this] {
        if (m_video)
            emit previewRequested(*m_video);
    });

    // A split button: the house format's rendition at a click, named so that
    // nobody fetches a 147 Mb/s ProRes by surprise; the others in its menu.
    m_downloadBest = new QToolButton(row);
    m_downloadBest->setObjectName(QStringLiteral("downloadBestButton"));
    m_downloadBest->setPopupMode(QToolButton::MenuButtonPopup);
    m_downloadBest->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_downloadBest->setIcon(QIcon::fromTheme(QStringLiteral("download")));
    m_downloadBest->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *menu = new QMenu(m_downloadBest);
    menu->setObjectName(QStringLiteral("downloadMenu"));
    for (const Catalogue::Rendition &rendition : video.renditions) {
        QAction *action = menu->addAction(
            tr("%1 — %2").arg(VideoFormat::renditionName(rendition),
                              rendition.label.isEmpty() ? rendition.filename : rendition.label));
        action->setObjectName(QStringLiteral("downloadAction-") + rendition.id);
        action->setData(rendition.id);
        connect(action, &QAction::triggered, this, [this, id = rendition.id] {
            if (!m_video)
                return;
            if (const auto r = m_video->rendition(id))
                emit downloadRequested(*m_video, *r);
        });
    }
    m_downloadBest->setMenu(menu);
    if (const auto preferred = video.preferredRendition(m_houseFormat)) {
        const QString name = VideoFormat::renditionName(*preferred);
        m_downloadBest->setText(tr("&Download %1").arg(name));
        m_downloadBest->setAccessibleName(tr("Download %1").arg(name));
        m_downloadBest->setProperty("renditionId", preferred->id);
        m_downloadBest->setToolTip(
            plainToolTip(tr("%1, %2").arg(preferred->label.isEmpty() ? preferred->filename : preferred->label,
                                          VideoFormat::size(preferred->sizeBytes))));
        connect(m_downloadBest, &QToolButton::clicked, this, [this, id = preferred->id] {
            if (!m_video)
                return;
            if (const auto rendition = m_video->rendition(id))
                emit downloadRequested(*m_video, *rendition);
        });
    } else {
        m_downloadBest->setText(tr("&Download"));
        m_downloadBest->setAccessibleName(tr("Download"));
    }
    actions->addWidget(m_preview, 0, Qt::AlignTop);
    actions->addWidget(m_downloadBest, 0, Qt::AlignTop);

    // The terms beside the buttons, where they are read before a download;
    // marked as a restriction when they restrict use.
    if (!video.usageTerms.trimmed().isEmpty()) {
        const bool restricts = Catalogue::termsRestrictUse(video.usageTerms);
        auto *callout = new QFrame(row);
        callout->setObjectName(QStringLiteral("usageCallout"));
        callout->setProperty("restricts", restricts);
        // Translucent tints read on light and dark themes alike.
        callout->setStyleSheet(
            restricts ? QStringLiteral("QFrame#usageCallout { background: rgba(200, 40, 40, 38); "
                                       "border: 1px solid rgba(200, 40, 40, 150); border-radius: 4px; }")
                      : QStringLiteral("QFrame#usageCallout { background: rgba(220, 150, 0, 30); "
                                       "border: 1px solid rgba(220, 150, 0, 130); border-radius: 4px; }"));
        auto *calloutLayout = new QVBoxLayout(callout);
        calloutLayout->setContentsMargins(8, 5, 8, 6);
        calloutLayout->setSpacing(2);
        auto *heading = textLabel(restricts ? tr("⚠ Restricted use") : tr("Usage terms"), callout,
                                  QStringLiteral("usageHeading"));
        QFont bold = heading->font();
        bold.setWeight(QFont::DemiBold);
        heading->setFont(bold);
        auto *terms = textLabel(video.usageTerms, callout, QStringLiteral("detailUsage"));
        calloutLayout->addWidget(heading);
        calloutLayout->addWidget(terms);
        callout->setAccessibleName(heading->text() + QStringLiteral(": ") + video.usageTerms);
        row->setTerms(callout);
    } else {
        actions->addStretch();
    }
    layout->addWidget(row);
}

void VideoDetailPane::addRenditionTable(QVBoxLayout *layout, const Catalogue::Video &video)
{
    QWidget *content = layout->parentWidget();
    layout->addWidget(heading(tr("Renditions"), content));
    if (video.renditions.isEmpty()) {
        layout->addWidget(
            textLabel(tr("The portal offers no downloadable rendition of this video."), content));
        return;
    }
    auto *table = new QFrame(content);
    table->setObjectName(QStringLiteral("renditionTable"));
    table->setFrameShape(QFrame::StyledPanel);
    auto *grid = new QGridLayout(table);
    grid->setContentsMargins(8, 6, 8, 6);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(4);
    const QStringList headers {tr("Format"), tr("Codec"),   tr("Raster"), tr("Scan"),
                               tr("fps"),    tr("Bitrate"), tr("Size"),   tr("State")};
    for (int column = 0; column < headers.size(); ++column) {
        auto *label = new QLabel(headers.at(column), table);
        QFont font = label->font();
        font.setWeight(QFont::DemiBold);
        font.setPointSizeF(font.pointSizeF() * 0.9);
        label->setFont(font);
        label->setObjectName(QStringLiteral("renditionHeader"));
        if (column >= 4 && column < 7)
            label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(label, 0, column);
    }
    int row = 1;
    for (const Catalogue::Rendition &rendition : video.renditions) {
        const QString name = rendition.label.isEmpty() ? rendition.filename : rendition.label;
        QStringList codecs;
        if (!rendition.videoCodec.isEmpty())
            codecs << VideoFormat::videoCodec(rendition.videoCodec);
        if (!rendition.audioCodec.isEmpty())
            codecs << VideoFormat::audioCodec(rendition.audioCodec);
        // Short cells, so that the table fits the pane; the full facts are
        // the row's tooltip.
        const QString facts = VideoFormat::renditionFacts(rendition);
        QString rate = VideoFormat::frameRate(rendition.frameRate);
        rate.remove(QStringLiteral(" fps"));
        const QStringList cells {
            rendition.container.toUpper(),
            rendition.videoCodec.isEmpty() ? QString() : VideoFormat::videoCodec(rendition.videoCodec),
            rendition.width > 0 && rendition.height > 0
                ? tr("%1×%2").arg(rendition.width).arg(rendition.height)
                : QString(),
            rendition.frameRate.isEmpty() ? QString()
                : rendition.interlaced    ? tr("i", "interlaced scan")
                                          : tr("p", "progressive scan"),
            rate,
            VideoFormat::bitrate(rendition.bitrateKbps),
            VideoFormat::size(rendition.sizeBytes),
        };
        for (int column = 0; column < cells.size(); ++column) {
            auto *cell = new QLabel(cells.at(column), table);
            cell->setTextFormat(Qt::PlainText);
            cell->setObjectName(QStringLiteral("renditionCell"));
            cell->setToolTip(plainToolTip(name + u'\n' + facts));
            if (column >= 4 && column < 7)
                cell->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            grid->addWidget(cell, row, column);
        }
        auto *state = new QLabel(table);
        state->setTextFormat(Qt::PlainText);
        state->setObjectName(QStringLiteral("renditionState"));
        m_stateLabels.insert(rendition.id, state);
        grid->addWidget(state, row, int(cells.size()));

        // An icon: the split button above carries the word.
        auto *download = new QPushButton(icon(QStringLiteral("downloads")), QString(), table);
        download->setFlat(true);
        download->setProperty("downloadTip", tr("Download %1").arg(VideoFormat::renditionName(rendition)));
        download->setObjectName(QStringLiteral("download-") + rendition.id);
        download->setProperty("renditionId", rendition.id);
        download->setAccessibleName(tr("Download %1").arg(name));
        connect(download, &QPushButton::clicked, this, [this, id = rendition.id] {
            if (!m_video)
                return;
            if (const auto r = m_video->rendition(id))
                emit downloadRequested(*m_video, *r);
        });
        m_downloadButtons << download;
        grid->addWidget(download, row, int(cells.size()) + 1);
        ++row;
    }
    grid->setColumnStretch(int(headers.size()), 1);
    layout->addWidget(table);
}

void VideoDetailPane::addShotList(QVBoxLayout *layout, const Catalogue::Video &video)
{
    QWidget *content = layout->parentWidget();
    if (video.shotlist.isEmpty()) {
        layout->addWidget(heading(tr("Shot list"), content));
        layout->addWidget(textLabel(tr("The portal gives no shot list for this video."), content));
        return;
    }
    // Folds away (and stays so from one video to the next) for someone who
    // only downloads.
    auto *fold = new QToolButton(content);
    fold->setObjectName(QStringLiteral("shotListFold"));
    fold->setCheckable(true);
    fold->setChecked(!m_shotsFolded);
    fold->setAutoRaise(true);
    fold->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    fold->setArrowType(m_shotsFolded ? Qt::RightArrow : Qt::DownArrow);
    const QString foldText = tr("Shot list (%n)", nullptr, int(video.shotlist.size()));
    fold->setText(foldText);
    fold->setAccessibleName(foldText);
    fold->setToolTip(tr("Show or hide the shot list"));
    QFont foldFont = fold->font();
    foldFont.setWeight(QFont::DemiBold);
    foldFont.setPointSizeF(foldFont.pointSizeF() * 1.1);
    fold->setFont(foldFont);
    layout->addWidget(fold, 0, Qt::AlignLeft);
    // The player's shot list: the same lines, selection and Copy for Script.
    auto *model = new ShotlistModel(content);
    const auto best = video.bestRendition();
    const FrameRate rate = best ? FrameRate::parse(best->frameRate).value_or(FrameRate()) : FrameRate();
    model->setShotlist(video.shotlist, rate);
    auto *shots = new ShotlistPanel(model, content);
    shots->setObjectName(QStringLiteral("shotListPanel"));
    shots->setHeadingVisible(false);
    shots->setEmpty(false);
    shots->setScriptSource(ScriptSource {video.title, video.credit, video.usageTerms, rate});
    shots->setFitToContents(true);
    shots->setVisible(!m_shotsFolded);
    m_shots = shots;
    connect(fold, &QToolButton::toggled, this, [this, fold, shots](bool open) {
        m_shotsFolded = !open;
        fold->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        shots->setVisible(open);
    });
    layout->addWidget(shots);
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
        // Disabled, it says why.
        button->setToolTip(m_downloadsAvailable ? button->property("downloadTip").toString()
                                                : plainToolTip(m_downloadsReason));
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
    if (!m_content || !m_shots || m_stack->currentWidget() != m_scroll)
        return rows;
    const QAbstractItemModel *model = m_shots->view()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        rows << tr("%1 – %2 %3")
                    .arg(model->index(row, ShotlistModel::InColumn).data().toString(),
                         model->index(row, ShotlistModel::OutColumn).data().toString(),
                         model->index(row, ShotlistModel::DescriptionColumn).data().toString());
    return rows;
}

QStringList VideoDetailPane::renditionRows() const
{
    QStringList rows;
    if (!m_content || !m_video || m_stack->currentWidget() != m_scroll)
        return rows;
    for (const Catalogue::Rendition &rendition : m_video->renditions)
        rows << (rendition.label.isEmpty() ? rendition.filename : rendition.label) + QStringLiteral(" — ")
                + VideoFormat::renditionFacts(rendition);
    return rows;
}

QString VideoDetailPane::renditionState(const QString &renditionId) const
{
    const QLabel *label = m_stateLabels.value(renditionId);
    return label ? label->text() : QString();
}

void VideoDetailPane::setStates(VideoStates *states)
{
    if (m_states)
        disconnect(m_states, nullptr, this, nullptr);
    m_states = states;
    if (states) {
        connect(states, &VideoStates::changed, this, [this](const QString &videoId) {
            if (m_video && m_video->id == videoId)
                updateStates();
        });
    }
    updateStates();
}

void VideoDetailPane::setHouseFormat(const QString &houseFormat)
{
    if (m_houseFormat == houseFormat)
        return;
    m_houseFormat = houseFormat;
    if (m_video && m_stack->currentWidget() == m_scroll) {
        const int position = m_scroll->verticalScrollBar()->value();
        build(*m_video);
        m_scroll->verticalScrollBar()->setValue(position);
    }
}

void VideoDetailPane::updateStates()
{
    if (!m_video)
        return;
    for (auto it = m_stateLabels.cbegin(); it != m_stateLabels.cend(); ++it) {
        const VideoStates::State state =
            m_states ? m_states->ofRendition(m_video->id, it.key()) : VideoStates::State {};
        it.value()->setText(VideoStates::text(state));
        it.value()->setAccessibleName(VideoStates::words(state));
    }
}

} // namespace Ui
