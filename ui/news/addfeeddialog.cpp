#include "ui/news/addfeeddialog.h"

#include "core/news/feedfetcher.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ui {

AddFeedDialog::AddFeedDialog(News::FeedFetcher &fetcher, QWidget *parent)
    : QDialog(parent),
      m_fetcher(fetcher),
      m_url(new QLineEdit(this)),
      m_name(new QLineEdit(this)),
      m_status(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("addFeedDialog"));
    m_url->setObjectName(QStringLiteral("feedUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://www.example.org/news/rss.xml"));
    m_name->setObjectName(QStringLiteral("feedName"));
    m_status->setObjectName(QStringLiteral("feedStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_add = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    QPushButton *add = m_add;
    add->setObjectName(QStringLiteral("addFeedButton"));
    add->setEnabled(false);

    m_urlLabel = new QLabel(this);
    m_urlLabel->setBuddy(m_url);
    m_nameLabel = new QLabel(this);
    m_nameLabel->setBuddy(m_name);
    m_intro = new QLabel(this);
    auto *form = new QFormLayout;
    form->addRow(m_urlLabel, m_url);
    form->addRow(m_nameLabel, m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_url, &QLineEdit::textChanged, this,
            [add](const QString &text) { add->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddFeedDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
}

void AddFeedDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AddFeedDialog::retranslate()
{
    setWindowTitle(tr("Add Feed"));
    m_intro->setText(tr("Follow an RSS or Atom feed beside the portal's news. It is fetched at once "
                        "and then with every refresh."));
    m_urlLabel->setText(tr("&Address:"));
    m_url->setAccessibleName(tr("Feed address"));
    m_nameLabel->setText(tr("&Name (optional):"));
    m_name->setPlaceholderText(tr("The feed's own title"));
    m_name->setAccessibleName(tr("Feed name"));
    m_add->setText(tr("&Add"));
    m_add->setAccessibleName(tr("Add"));
}

void AddFeedDialog::accept()
{
    QString address = m_url->text().trimmed();
    if (!address.contains(QStringLiteral("://")))
        address.prepend(QStringLiteral("https://"));
    const QUrl url(address, QUrl::StrictMode);
    m_buttons->setEnabled(false);
    m_status->setText(tr("Fetching %1…").arg(url.toString()));
    const QPointer<AddFeedDialog> self(this);
    m_fetcher.add(url, m_name->text(), [self](News::FeedOutcome outcome) {
        if (!self)
            return;
        self->m_buttons->setEnabled(true);
        if (!outcome.error.isEmpty() || outcome.feedId == 0) {
            self->m_status->setText(
                outcome.notAFeed ? tr("%1 Check the address: it should be the feed itself, often ending "
                                      "in .xml, .rss or /feed.")
                                       .arg(outcome.error)
                                 : outcome.error);
            return;
        }
        self->m_feedId = outcome.feedId;
        self->QDialog::accept();
    });
}

} // namespace Ui
