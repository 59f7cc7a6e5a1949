#include "ui/savesearchdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ui {

SaveSearchDialog::SaveSearchDialog(Watch::WatchStore &store, Watch::SavedSearch search, QWidget *parent)
    : QDialog(parent),
      m_store(store),
      m_search(std::move(search)),
      m_intro(new QLabel(this)),
      m_nameLabel(new QLabel(this)),
      m_name(new QLineEdit(this)),
      m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("saveSearchDialog"));
    m_intro->setWordWrap(true);
    m_name->setObjectName(QStringLiteral("searchName"));
    m_name->setText(m_search.text.isEmpty() ? m_search.tag : m_search.text);
    m_name->selectAll();
    m_nameLabel->setBuddy(m_name);
    auto *form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    if (m_search.scope == Watch::SavedSearch::Scope::Videos) {
        m_download = new QComboBox(this);
        m_download->setObjectName(QStringLiteral("autoDownload"));
        for (const char *choice : {"", "best", "mxf", "mov", "mp4"})
            m_download->addItem(QString(), QString::fromLatin1(choice));
        m_downloadLabel = new QLabel(this);
        m_downloadLabel->setBuddy(m_download);
        form->addRow(m_downloadLabel, m_download);
        m_maxHeight = new QComboBox(this);
        m_maxHeight->setObjectName(QStringLiteral("autoMaxHeight"));
        for (const int lines : {0, 2160, 1080, 720, 576})
            m_maxHeight->addItem(QString(), lines);
        m_maxHeightLabel = new QLabel(this);
        m_maxHeightLabel->setBuddy(m_maxHeight);
        form->addRow(m_maxHeightLabel, m_maxHeight);
        m_maxSize = new QDoubleSpinBox(this);
        m_maxSize->setObjectName(QStringLiteral("autoMaxSize"));
        m_maxSize->setRange(0, 1000);
        m_maxSize->setDecimals(1);
        m_maxSize->setSingleStep(0.5);
        m_maxSizeLabel = new QLabel(this);
        m_maxSizeLabel->setBuddy(m_maxSize);
        form->addRow(m_maxSizeLabel, m_maxSize);
        m_offHours = new QCheckBox(this);
        m_offHours->setObjectName(QStringLiteral("autoOffHours"));
        form->addRow(QString(), m_offHours);
        // The limits say what is taken; with "Only tell me" nothing is.
        const auto follow = [this] {
            const bool downloads = !m_download->currentData().toString().isEmpty();
            for (QWidget *limit :
                 {static_cast<QWidget *>(m_maxHeight), static_cast<QWidget *>(m_maxSize),
                  static_cast<QWidget *>(m_maxHeightLabel), static_cast<QWidget *>(m_maxSizeLabel),
                  static_cast<QWidget *>(m_offHours)})
                limit->setEnabled(downloads);
        };
        connect(m_download, &QComboBox::currentIndexChanged, this, follow);
        follow();
    }
    m_problem->setObjectName(QStringLiteral("saveSearchProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SaveSearchDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    retranslate();
}

void SaveSearchDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SaveSearchDialog::retranslate()
{
    setWindowTitle(tr("Save Search"));
    m_intro->setText(tr("After each sync you are told what is new for this search."));
    m_nameLabel->setText(tr("&Name:"));
    m_name->setAccessibleName(tr("Name of the saved search"));
    if (m_download) {
        const QStringList choices {tr("Only tell me"), tr("Download the best rendition"),
                                   tr("Download the largest MXF"), tr("Download the largest MOV"),
                                   tr("Download the largest MP4")};
        for (int i = 0; i < choices.size() && i < m_download->count(); ++i)
            m_download->setItemText(i, choices.at(i));
        m_downloadLabel->setText(tr("New &videos:"));
        m_download->setAccessibleName(tr("What to do with new videos"));
        m_maxHeightLabel->setText(tr("Largest &picture:"));
        m_maxHeight->setAccessibleName(tr("Largest picture downloaded"));
        for (int i = 0; i < m_maxHeight->count(); ++i) {
            const int lines = m_maxHeight->itemData(i).toInt();
            m_maxHeight->setItemText(i, lines == 0 ? tr("Any") : tr("%1 lines").arg(lines));
        }
        m_maxSizeLabel->setText(tr("Largest &file:"));
        m_maxSize->setAccessibleName(tr("Largest file downloaded, in gigabytes"));
        m_maxSize->setSpecialValueText(tr("Any size"));
        m_maxSize->setSuffix(tr(" GB"));
        m_offHours->setText(tr("Download only in the hours &without a bandwidth limit"));
        m_offHours->setToolTip(tr("New videos wait for the hours the bandwidth limit (Settings) leaves "
                                  "unlimited, such as the night. Without such hours they download at once."));
        m_maxSize->setToolTip(
            tr("Renditions larger than this are passed over (1 GB = 1,000,000,000 bytes)."));
    }
}

void SaveSearchDialog::accept()
{
    Watch::SavedSearch search = m_search;
    search.name = m_name->text();
    if (m_download) {
        search.autoDownload = m_download->currentData().toString();
        if (!search.autoDownload.isEmpty()) {
            search.autoMaxHeight = m_maxHeight->currentData().toInt();
            search.autoMaxBytes = qRound64(m_maxSize->value() * 1e9);
            search.autoOffHours = m_offHours->isChecked();
        }
    }
    auto added = m_store.add(search);
    if (!added) {
        m_problem->setText(added.error().message);
        m_problem->show();
        m_name->setFocus();
        return;
    }
    emit saved(added.value());
    QDialog::accept();
}

} // namespace Ui
