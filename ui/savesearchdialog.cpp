#include "ui/savesearchdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
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
      m_name(new QLineEdit(this)),
      m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("saveSearchDialog"));
    setWindowTitle(tr("Save Search"));
    auto *intro = new QLabel(tr("After each sync you are told what is new for this search."), this);
    intro->setWordWrap(true);
    m_name->setObjectName(QStringLiteral("searchName"));
    m_name->setText(m_search.text.isEmpty() ? m_search.tag : m_search.text);
    m_name->selectAll();
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    if (m_search.scope == Watch::SavedSearch::Scope::Videos) {
        m_download = new QComboBox(this);
        m_download->setObjectName(QStringLiteral("autoDownload"));
        m_download->addItem(tr("Only tell me"), QString());
        m_download->addItem(tr("Download the best rendition"), QStringLiteral("best"));
        m_download->addItem(tr("Download the largest MXF"), QStringLiteral("mxf"));
        m_download->addItem(tr("Download the largest MOV"), QStringLiteral("mov"));
        m_download->addItem(tr("Download the largest MP4"), QStringLiteral("mp4"));
        form->addRow(tr("New &videos:"), m_download);
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
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

void SaveSearchDialog::accept()
{
    Watch::SavedSearch search = m_search;
    search.name = m_name->text();
    if (m_download)
        search.autoDownload = m_download->currentData().toString();
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
