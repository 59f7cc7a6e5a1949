#include "ui/videos/videodownloads.h"

#include "core/auth/accountservice.h"
#include "core/downloads/downloadmanager.h"
#include "core/portal/conditions.h"
#include "ui/conditionsdialog.h"
#include "ui/translations.h"
#include "ui/widgets/messagebar.h"

#include <QDir>
#include <QJsonDocument>
#include <QTimer>

namespace Ui {

namespace {

// The queue answers in milliseconds; after this long something is wrong.
constexpr int QueueAnswerTimeoutMs = 15000;
// How long a download's confirmation stays up.
constexpr int NoticeHideMs = 10000;

QString what(const Catalogue::Video &video, const Catalogue::Rendition &rendition)
{
    return rendition.label.isEmpty() ? video.title : video.title + QStringLiteral(" — ") + rendition.label;
}

} // namespace

VideoDownloads::VideoDownloads(Downloads::DownloadManager *downloads, Auth::AccountService *account,
                               MessageBar &notice, const QString &folder, QObject *parent)
    : QObject(parent),
      m_downloads(downloads),
      m_account(account),
      m_notice(notice),
      m_folder(folder),
      m_timeout(new QTimer(this))
{
    m_timeout->setSingleShot(true);
    m_timeout->setInterval(QueueAnswerTimeoutMs);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        if (m_awaiting.isEmpty())
            return;
        m_notice.showMessage(MessageBar::Kind::Error, [name = m_awaiting.constLast().what] {
            return tr("“%1” could not be added to the download queue. The queue did not answer; "
                      "the log file says why.")
                .arg(name);
        });
        m_awaiting.clear();
    });
    if (m_downloads)
        connect(m_downloads, &Downloads::DownloadManager::changed, this, &VideoDownloads::downloadChanged);
    if (m_account)
        connect(m_account, &Auth::AccountService::stateChanged, this, &VideoDownloads::accountStateChanged);
}

std::optional<std::pair<Catalogue::Video, QString>> VideoDownloads::pending() const
{
    if (!m_pending)
        return std::nullopt;
    return std::make_pair(m_pending->video, m_pending->rendition.id);
}

void VideoDownloads::request(const Catalogue::Video &video, const Catalogue::Rendition &rendition)
{
    if (!m_downloads) {
        m_notice.showMessage(MessageBar::Kind::Error,
                             [] { return tr("Downloads are not available because no portal is set."); });
        return;
    }
    const Pending download {video, rendition};
    const auto state = m_account ? m_account->state() : Auth::AccountService::State::SignedOut;
    if (state == Auth::AccountService::State::SignedIn) {
        queue(download);
        return;
    }
    m_pending = download;
    const auto cancel = [this] {
        m_pending.reset();
        m_notice.dismiss();
    };
    if (state == Auth::AccountService::State::Restoring) {
        m_notice.showMessage(
            MessageBar::Kind::Information,
            [name = what(video, rendition)] {
                return tr("“%1” will be queued as soon as your sign-in has been renewed.").arg(name);
            },
            [] { return tr("Cancel"); }, cancel);
        return;
    }
    m_notice.showMessage(
        MessageBar::Kind::Information,
        [name = what(video, rendition)] {
            return tr("Sign in to download “%1”. It will be queued as soon as you are signed in.").arg(name);
        },
        [] { return tr("Cancel"); }, cancel);
    emit signInRequested();
}

void VideoDownloads::accountStateChanged()
{
    if (!m_account)
        return;
    if (m_account->state() == Auth::AccountService::State::SignedIn) {
        signedIn();
    } else if (m_account->state() == Auth::AccountService::State::SignedOut && m_pending) {
        // A renewal that failed: now a sign-in is needed after all.
        m_notice.showMessage(
            MessageBar::Kind::Information,
            [name = what(m_pending->video, m_pending->rendition)] {
                return tr("Sign in to download “%1”. It will be queued as soon as you are signed in.")
                    .arg(name);
            },
            [] { return tr("Cancel"); },
            [this] {
                m_pending.reset();
                m_notice.dismiss();
            });
        emit signInRequested();
    }
}

void VideoDownloads::signedIn()
{
    if (!m_pending)
        return;
    const Pending download = *m_pending;
    m_pending.reset();
    queue(download);
}

void VideoDownloads::queue(const Pending &download)
{
    if (!m_conditions) {
        add(download);
        return;
    }
    const QString name = what(download.video, download.rendition);
    m_notice.showMessage(MessageBar::Kind::Information,
                         [] { return tr("Checking the portal's conditions of use…"); });
    m_conditions->check(
        this, [this, download, name](Portal::ApiResult<Portal::ConditionsGate::Outcome> outcome) {
            if (!outcome.ok()) {
                m_notice.showMessage(
                    MessageBar::Kind::Error,
                    [name, reason = outcome.error().message] {
                        return tr("“%1” was not queued: the portal's conditions of use could not be read. %2")
                            .arg(name, reason);
                    },
                    [] { return tr("Try Again"); }, [this, download] { queue(download); });
                return;
            }
            if (outcome.value().verdict == Portal::ConditionsGate::Verdict::NeedsAcceptance)
                askAcceptance(download, *outcome.value().conditions);
            else
                add(download);
        });
}

void VideoDownloads::askAcceptance(const Pending &download, const Portal::Conditions &conditions)
{
    const QString name = what(download.video, download.rendition);
    m_notice.showMessage(MessageBar::Kind::Information, [name] {
        return tr("“%1” will be queued once you accept the portal's conditions of use.").arg(name);
    });
    auto *dialog = new ConditionsDialog(conditions, m_conditions->record().acceptedVersion(),
                                        Translations::current(), m_notice.window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, download, conditions, name] {
        if (const auto saved = m_conditions->accept(conditions); !saved) {
            m_notice.showMessage(MessageBar::Kind::Error, [name, reason = saved.error().message] {
                return tr("“%1” was not queued. %2").arg(name, reason);
            });
            return;
        }
        add(download);
    });
    connect(dialog, &QDialog::rejected, this, [this, download, name] {
        m_notice.showMessage(
            MessageBar::Kind::Information,
            [name] {
                return tr("“%1” was not queued: downloads need the portal's conditions of use "
                          "accepted.")
                    .arg(name);
            },
            [] { return tr("Read Again"); }, [this, download] { queue(download); });
    });
    dialog->open();
}

void VideoDownloads::add(const Pending &download)
{
    const QString name = what(download.video, download.rendition);
    if (m_folder.isEmpty() || !QDir().mkpath(m_folder)) {
        m_notice.showMessage(MessageBar::Kind::Error, [name, folder = QDir::toNativeSeparators(m_folder)] {
            return tr("“%1” cannot be downloaded: the folder %2 cannot be created. Check that "
                      "the disk is there and that you may write to it.")
                .arg(name, folder);
        });
        return;
    }
    QSet<qint64> known;
    for (const Downloads::DownloadRecord &record : m_downloads->downloads()) {
        known.insert(record.id);
        const bool unfinished = record.state == Downloads::State::Queued
            || record.state == Downloads::State::Active || record.state == Downloads::State::Paused;
        if (unfinished && record.videoId == download.video.id
            && record.renditionId == download.rendition.id) {
            m_notice.showMessage(MessageBar::Kind::Information,
                                 [name] { return tr("“%1” is already in the download queue.").arg(name); });
            m_notice.hideAfter(NoticeHideMs);
            return;
        }
    }
    Downloads::DownloadRecord record;
    record.videoId = download.video.id;
    record.renditionId = download.rendition.id;
    record.title = download.video.title;
    record.label = download.rendition.label;
    record.fileName = download.rendition.filename;
    record.destDir = QDir(m_folder).absolutePath();
    record.sizeBytes = download.rendition.sizeBytes;
    record.sha256 = download.rendition.sha256;
    record.metadataJson = Portal::downloadMetadata(
        download.video.json, m_conditions ? m_conditions->record().lastSeen() : std::nullopt);
    m_awaiting.append(Awaiting {record.videoId, record.renditionId, name, known});
    m_timeout->start();
    m_downloads->add(record);
    m_notice.showMessage(MessageBar::Kind::Information,
                         [name] { return tr("Adding “%1” to the download queue…").arg(name); });
}

void VideoDownloads::downloadChanged(const Downloads::DownloadRecord &record)
{
    for (qsizetype i = 0; i < m_awaiting.size(); ++i) {
        const Awaiting &awaiting = m_awaiting.at(i);
        if (awaiting.videoId != record.videoId || awaiting.renditionId != record.renditionId
            || awaiting.known.contains(record.id))
            continue;
        m_notice.showMessage(
            MessageBar::Kind::Information,
            [name = awaiting.what, folder = QDir::toNativeSeparators(record.destDir)] {
                return tr("“%1” is in the download queue. It will be saved in %2.").arg(name, folder);
            });
        m_notice.hideAfter(NoticeHideMs);
        m_awaiting.removeAt(i);
        if (m_awaiting.isEmpty())
            m_timeout->stop();
        emit queued(record);
        return;
    }
}

} // namespace Ui
