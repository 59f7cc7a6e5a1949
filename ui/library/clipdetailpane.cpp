#include "ui/library/clipdetailpane.h"

#include "core/catalogue/video.h"
#include "core/library/librarystore.h"
#include "ui/emptystatepage.h"
#include "ui/library/librarymodel.h"
#include "ui/library/thumbnailprovider.h"
#include "ui/plaintext.h"
#include "ui/player/framerate.h"
#include "ui/player/shotlistmodel.h"
#include "ui/player/shotlistpanel.h"
#include "ui/widgets/datetimetext.h"
#include "ui/widgets/pathfield.h"

#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Ui {

namespace {

QLabel *valueLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    // Wrapped labels report a wide size hint; the pane decides the width.
    label->setMinimumWidth(1);
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    return label;
}

QString longDate(const QDateTime &when)
{
    return when.isValid() ? DateTimeText::longDateTime(when) : ClipDetailPane::tr("unknown");
}

QString orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("—") : text;
}

QString formatLine(const Library::Clip &clip)
{
    QStringList parts;
    if (!clip.container.isEmpty())
        parts << clip.container.toUpper();
    if (!clip.videoCodec.isEmpty())
        parts << clip.videoCodec;
    if (clip.width > 0 && clip.height > 0)
        parts << ClipDetailPane::tr("%1×%2").arg(clip.width).arg(clip.height);
    if (!clip.frameRate.isEmpty()) {
        QString rate = clip.frameRate;
        if (const qsizetype slash = rate.indexOf(u'/'); slash > 0) {
            const double value = rate.left(slash).toDouble() / std::max(1.0, rate.mid(slash + 1).toDouble());
            rate = QLocale().toString(value, 'f', 2);
        }
        parts << ClipDetailPane::tr("%1 fps").arg(rate);
    }
    if (clip.durationMs > 0)
        parts << LibraryModel::formatDuration(clip.durationMs);
    parts << LibraryModel::formatSize(clip.sizeBytes);
    return parts.join(QStringLiteral(" · "));
}

QString statusLine(const Library::Clip &clip)
{
    using Library::Status;
    const QString checked = clip.lastVerifiedAt.isValid() ? longDate(clip.lastVerifiedAt) : QString();
    switch (clip.status) {
    case Status::Ok:
        return ClipDetailPane::tr("Verified: matched its SHA-256 checksum on %1").arg(checked);
    case Status::Missing:
        return ClipDetailPane::tr("Missing: not found at this place when checked on %1. Relink it if it was "
                                  "moved.")
            .arg(checked);
    case Status::Corrupt:
        return ClipDetailPane::tr(
                   "Damaged: no longer matched its SHA-256 checksum on %1. Download it again or "
                   "restore it from a backup.")
            .arg(checked);
    case Status::Unverified:
        return checked.isEmpty()
            ? ClipDetailPane::tr("Not verified yet: use Verify to check the file against its checksum")
            : ClipDetailPane::tr("Not verified since it was relinked (last check %1)").arg(checked);
    }
    return {};
}

} // namespace

ClipDetailPane::ClipDetailPane(Library::LibraryStore &store, ThumbnailProvider *thumbnails, QWidget *parent)
    : QWidget(parent),
      m_store(store),
      m_thumbnails(thumbnails),
      m_stack(new QStackedWidget(this)),
      m_thumbnail(new QLabel(this)),
      m_title(valueLabel(QStringLiteral("detailTitle"), this)),
      m_published(valueLabel(QStringLiteral("detailPublished"), this)),
      m_downloaded(valueLabel(QStringLiteral("detailDownloaded"), this)),
      m_location(valueLabel(QStringLiteral("detailLocation"), this)),
      m_credit(valueLabel(QStringLiteral("detailCredit"), this)),
      m_usage(valueLabel(QStringLiteral("detailUsage"), this)),
      m_format(valueLabel(QStringLiteral("detailFormat"), this)),
      m_path(new PathField(this)),
      m_status(valueLabel(QStringLiteral("detailStatus"), this)),
      m_delivery(valueLabel(QStringLiteral("detailDelivery"), this)),
      m_description(valueLabel(QStringLiteral("detailDescription"), this)),
      m_shotModel(new ShotlistModel(this)),
      m_shotlist(new ShotlistPanel(m_shotModel, this)),
      m_portalTags(valueLabel(QStringLiteral("detailPortalTags"), this)),
      m_userTags(new QLineEdit(this)),
      m_note(new QPlainTextEdit(this)),
      m_collections(new QListWidget(this)),
      m_newCollection(new QPushButton(this)),
      m_none(new EmptyStatePage(QStringLiteral("library"), QString(), QString(), this))
{
    setObjectName(QStringLiteral("clipDetailPane"));
    // The page's measure is for a whole section; the pane may be narrower.
    if (auto *explanation = m_none->findChild<QLabel *>(QStringLiteral("emptyStateExplanation")))
        explanation->setMinimumWidth(200);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("detailScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(buildDetails());
    m_stack->addWidget(m_none);
    m_stack->addWidget(scroll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    if (m_thumbnails) {
        connect(m_thumbnails, &ThumbnailProvider::thumbnailReady, this, [this](const QString &videoId) {
            if (m_clip && m_clip->videoId == videoId)
                showThumbnail();
        });
    }
    connect(m_userTags, &QLineEdit::editingFinished, this, &ClipDetailPane::saveTags);
    connect(m_collections, &QListWidget::itemChanged, this, &ClipDetailPane::collectionToggled);
    connect(m_newCollection, &QPushButton::clicked, this, &ClipDetailPane::newCollection);
    m_note->installEventFilter(this);
    retranslate();
}

void ClipDetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ClipDetailPane::retranslate()
{
    m_none->setTexts(tr("No clip selected"), tr("Select a clip to see its description, shot list and file."));
    m_title->setAccessibleName(tr("Title"));
    m_published->setAccessibleName(tr("Published"));
    m_downloaded->setAccessibleName(tr("Downloaded"));
    m_location->setAccessibleName(tr("Location"));
    m_credit->setAccessibleName(tr("Credit"));
    m_usage->setAccessibleName(tr("Usage terms"));
    m_format->setAccessibleName(tr("Technical format"));
    m_status->setAccessibleName(tr("File status"));
    m_delivery->setAccessibleName(tr("Watch folder"));
    m_description->setAccessibleName(tr("Description"));
    m_portalTags->setAccessibleName(tr("Portal tags"));
    m_path->setAccessibleName(tr("File"));
    m_userTags->setAccessibleName(tr("Your tags"));
    m_userTags->setPlaceholderText(tr("Add tags, separated by commas"));
    m_userTags->setToolTip(tr("Saved when you press Enter or leave the field"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(
        tr("A note for yourself and your colleagues: where it aired, rights cleared, …"));
    m_note->setToolTip(tr("Saved when you leave the field"));
    m_collections->setAccessibleName(tr("Collections"));
    m_collections->setAccessibleDescription(tr("Check a collection to put the clip in it"));
    m_newCollection->setText(tr("New Collection…"));
    m_newCollection->setAccessibleName(tr("New Collection…"));
    const QStringList rows {tr("Published:"), tr("Downloaded:"), tr("Location:"),
                            tr("Credit:"),    tr("Usage:"),      tr("Format:"),
                            tr("File:"),      tr("Status:"),     tr("Watch folder:")};
    for (int i = 0; i < rows.size() && i < m_rowLabels.size(); ++i)
        m_rowLabels.at(i)->setText(rows.at(i));
    m_shotlistHeading->setText(tr("Shot list"));
    m_tagsHeading->setText(tr("Tags"));
    m_noteHeading->setText(tr("Note"));
    m_collectionsHeading->setText(tr("Collections"));
    // What is typed in the tags and the note stays as it is.
    sayClip();
    if (QListWidgetItem *hint = m_collections->count() == 1 ? m_collections->item(0) : nullptr;
        hint && hint->flags() == Qt::NoItemFlags) {
        const QSignalBlocker quiet(m_collections);
        hint->setText(tr("No collections yet"));
    }
}

QWidget *ClipDetailPane::buildDetails()
{
    auto *details = new QWidget(this);
    m_thumbnail->setObjectName(QStringLiteral("detailThumbnail"));
    m_thumbnail->setFixedSize(ThumbnailSize);
    m_thumbnail->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_path->setObjectName(QStringLiteral("detailPath"));
    m_userTags->setObjectName(QStringLiteral("userTagsEdit"));
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 4 + 12);
    m_collections->setObjectName(QStringLiteral("collectionList"));
    m_collections->setMaximumHeight(m_collections->fontMetrics().lineSpacing() * 6 + 12);
    m_newCollection->setObjectName(QStringLiteral("newCollectionButton"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Named by retranslate(), in this order.
    m_form = form;
    for (QWidget *field :
         std::initializer_list<QWidget *> {m_published, m_downloaded, m_location, m_credit, m_usage, m_format,
                                           m_path, m_status, m_delivery}) {
        auto *label = new QLabel(details);
        label->setBuddy(field);
        form->addRow(label, field);
        m_rowLabels << label;
    }

    const auto heading = [details] {
        auto *label = new QLabel(details);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        return label;
    };
    auto *collectionsRow = new QHBoxLayout;
    collectionsRow->addStretch();
    collectionsRow->addWidget(m_newCollection);

    auto *layout = new QVBoxLayout(details);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_thumbnail, 0, Qt::AlignHCenter);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_description);
    layout->addSpacing(6);
    m_shotlistHeading = heading();
    layout->addWidget(m_shotlistHeading);
    layout->addWidget(m_shotlist);
    m_shotlist->setObjectName(QStringLiteral("detailShotlist"));
    m_shotlist->setHeadingVisible(false);
    m_shotlist->setFitToContents(true);
    layout->addSpacing(6);
    m_tagsHeading = heading();
    m_tagsHeading->setBuddy(m_userTags);
    layout->addWidget(m_tagsHeading);
    layout->addWidget(m_portalTags);
    layout->addWidget(m_userTags);
    m_noteHeading = heading();
    m_noteHeading->setBuddy(m_note);
    layout->addWidget(m_noteHeading);
    layout->addWidget(m_note);
    m_collectionsHeading = heading();
    m_collectionsHeading->setBuddy(m_collections);
    layout->addWidget(m_collectionsHeading);
    layout->addWidget(m_collections);
    layout->addLayout(collectionsRow);
    layout->addStretch(1);
    return details;
}

void ClipDetailPane::showClip(qint64 id)
{
    commitEdits();
    m_clip.reset();
    if (id > 0) {
        const auto found = m_store.find(id);
        if (!found)
            emit errorOccurred(
                tr("The clip could not be read from the library: %1").arg(found.error().message));
        else if (found.value())
            m_clip = *found.value();
    }
    fill();
}

void ClipDetailPane::reload()
{
    if (!m_clip)
        return;
    const bool editingNote = m_note->hasFocus();
    const QString note = m_note->toPlainText();
    const qint64 id = m_clip->id;
    const auto found = m_store.find(id);
    m_clip = found && found.value() ? std::optional<Library::Clip>(*found.value()) : std::nullopt;
    fill();
    // A task finishing must not throw away what is being typed.
    if (editingNote && m_clip)
        m_note->setPlainText(note);
}

void ClipDetailPane::fill()
{
    m_stack->setCurrentIndex(m_clip ? 1 : 0);
    if (!m_clip)
        return;
    const Library::Clip &clip = *m_clip;
    m_location->setText(orDash(clip.location));
    m_credit->setText(orDash(clip.credit));
    m_usage->setText(orDash(clip.usageTerms));
    m_path->setPath(QDir::toNativeSeparators(clip.filePath));
    m_description->setText(clip.description);
    m_description->setVisible(!clip.description.isEmpty());
    sayClip();
    m_userTags->setText(clip.userTags.join(QStringLiteral(", ")));
    {
        const QSignalBlocker blocker(m_note);
        m_note->setPlainText(clip.note);
    }
    showThumbnail();
    showCollections();
}

void ClipDetailPane::sayClip()
{
    if (!m_clip)
        return;
    const Library::Clip &clip = *m_clip;
    const auto video = Catalogue::Video::fromJson(QJsonDocument::fromJson(clip.metadataJson).object());
    m_title->setText(clip.title.isEmpty() ? tr("(untitled)") : clip.title);
    m_published->setText(longDate(clip.publishedAt));
    m_downloaded->setText(longDate(clip.downloadedAt));
    m_format->setText(formatLine(clip));
    m_status->setText(statusLine(clip));
    const QList<Catalogue::ShotlistEntry> shots = video ? video->shotlist : QList<Catalogue::ShotlistEntry>();
    const FrameRate rate = FrameRate::parse(clip.frameRate).value_or(FrameRate());
    m_shotModel->setShotlist(shots, rate);
    m_shotlist->setEmpty(shots.isEmpty());
    m_shotlist->setScriptSource(ScriptSource {clip.title, clip.credit, clip.usageTerms, rate});
    showDelivery();
    m_portalTags->setText(clip.tags.isEmpty()
                              ? tr("No portal tags")
                              : tr("From the portal: %1").arg(clip.tags.join(QStringLiteral(", "))));
    if (m_thumbnails)
        m_thumbnail->setAccessibleName(m_thumbnails->has(clip.videoId) ? tr("Thumbnail")
                                                                       : tr("No thumbnail yet"));
}

void ClipDetailPane::showDelivery()
{
    const auto state = m_store.delivery(m_clip ? m_clip->id : 0);
    const bool shown = m_clip && state && state.value();
    m_form->setRowVisible(m_delivery, shown);
    if (!shown)
        return;
    const Library::DeliveryState &delivery = *state.value();
    if (delivery.isDelivered())
        m_delivery->setText(
            tr("Delivered as %1 on %2")
                .arg(QDir::toNativeSeparators(delivery.deliveredPath), longDate(delivery.deliveredAt)));
    else if (!delivery.problem.isEmpty())
        m_delivery->setText(tr("Not delivered yet to %1: %2")
                                .arg(QDir::toNativeSeparators(delivery.folder), delivery.problem));
    else
        m_delivery->setText(tr("Being copied to %1").arg(QDir::toNativeSeparators(delivery.folder)));
}

void ClipDetailPane::showThumbnail()
{
    if (!m_clip)
        return;
    if (!m_thumbnails) {
        m_thumbnail->setPixmap(ThumbnailProvider::placeholder(ThumbnailSize));
        return;
    }
    if (m_thumbnails->wants(m_clip->videoId)) {
        const auto video = Catalogue::Video::fromJson(QJsonDocument::fromJson(m_clip->metadataJson).object());
        m_thumbnails->request(m_clip->videoId, video ? video->thumbnailUrl : QUrl());
    }
    m_thumbnail->setPixmap(m_thumbnails->thumbnail(m_clip->videoId, ThumbnailSize));
    m_thumbnail->setAccessibleName(m_thumbnails->has(m_clip->videoId) ? tr("Thumbnail")
                                                                      : tr("No thumbnail yet"));
}

void ClipDetailPane::showCollections()
{
    const QSignalBlocker blocker(m_collections);
    m_collections->clear();
    if (!m_clip)
        return;
    const auto all = m_store.collections();
    const auto mine = m_store.collectionsOf(m_clip->id);
    if (!all || !mine) {
        emit errorOccurred(tr("The collections could not be read: %1")
                               .arg(!all ? all.error().message : mine.error().message));
        return;
    }
    for (const Library::Collection &collection : all.value()) {
        auto *item = new QListWidgetItem(collection.name, m_collections);
        item->setData(Qt::UserRole, collection.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(mine.value().contains(collection.id) ? Qt::Checked : Qt::Unchecked);
    }
    if (all.value().isEmpty()) {
        auto *hint = new QListWidgetItem(tr("No collections yet"), m_collections);
        hint->setFlags(Qt::NoItemFlags);
    }
}

void ClipDetailPane::commitEdits()
{
    if (!m_clip)
        return;
    if (m_userTags->isModified())
        saveTags();
    saveNote();
}

void ClipDetailPane::saveTags()
{
    if (!m_clip)
        return;
    m_userTags->setModified(false);
    QStringList tags;
    for (const QString &part : m_userTags->text().split(u',', Qt::SkipEmptyParts)) {
        const QString tag = part.simplified();
        if (!tag.isEmpty() && !tags.contains(tag, Qt::CaseInsensitive))
            tags << tag;
    }
    if (tags == m_clip->userTags)
        return;
    if (const auto saved = m_store.setUserTags(m_clip->id, tags); !saved) {
        emit errorOccurred(tr("Your tags could not be saved: %1").arg(saved.error().message));
        return;
    }
    m_clip->userTags = tags;
    m_userTags->setText(tags.join(QStringLiteral(", ")));
    emit clipEdited(m_clip->id);
}

void ClipDetailPane::saveNote()
{
    if (!m_clip)
        return;
    const QString note = m_note->toPlainText().trimmed();
    if (note == m_clip->note.trimmed())
        return;
    if (const auto saved = m_store.setNote(m_clip->id, note); !saved) {
        emit errorOccurred(tr("Your note could not be saved: %1").arg(saved.error().message));
        return;
    }
    m_clip->note = note;
    emit clipEdited(m_clip->id);
}

bool ClipDetailPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_note && event->type() == QEvent::FocusOut)
        saveNote();
    return QWidget::eventFilter(watched, event);
}

void ClipDetailPane::collectionToggled(QListWidgetItem *item)
{
    // The "No collections yet" line changes only its words (a new language).
    if (!m_clip || !(item->flags() & Qt::ItemIsUserCheckable))
        return;
    const qint64 collectionId = item->data(Qt::UserRole).toLongLong();
    const bool add = item->checkState() == Qt::Checked;
    const auto changed = add ? m_store.addToCollection(collectionId, {m_clip->id})
                             : m_store.removeFromCollection(collectionId, {m_clip->id});
    if (!changed) {
        emit errorOccurred(
            tr("The collection “%1” could not be changed: %2").arg(item->text(), changed.error().message));
        showCollections();
        return;
    }
    emit collectionsChanged();
}

void ClipDetailPane::newCollection()
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("newCollectionDialog"));
    dialog->setWindowTitle(tr("New collection"));
    dialog->setLabelText(tr("Name of the new collection; the clip is put in it:"));
    dialog->setInputMode(QInputDialog::TextInput);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this, &ClipDetailPane::createCollection);
    dialog->open();
}

void ClipDetailPane::createCollection(const QString &name)
{
    if (!m_clip || name.trimmed().isEmpty())
        return;
    const auto created = m_store.createCollection(name.trimmed());
    if (!created) {
        emit errorOccurred(
            tr("The collection “%1” could not be created: %2").arg(name.trimmed(), created.error().message));
        return;
    }
    if (const auto added = m_store.addToCollection(created.value().id, {m_clip->id}); !added)
        emit errorOccurred(
            tr("The clip could not be put in “%1”: %2").arg(name.trimmed(), added.error().message));
    showCollections();
    emit collectionsChanged();
}

} // namespace Ui
