#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace News {
class FeedFetcher;
}

namespace Ui {

// "Add Feed…": the address of an RSS or Atom feed and, optionally, a name.
// Add fetches it at once; a page that is not a feed, or a host that does not
// answer, is said in the dialog, which keeps what was typed. Accepted once
// the feed is followed and its entries kept; feedId() then names it.
class AddFeedDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddFeedDialog)

public:
    AddFeedDialog(News::FeedFetcher &fetcher, QWidget *parent = nullptr);

    qint64 feedId() const { return m_feedId; }
    QLineEdit *urlEdit() const { return m_url; }
    QLabel *statusLabel() const { return m_status; }

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    News::FeedFetcher &m_fetcher;
    QLineEdit *m_url;
    QLineEdit *m_name;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_add = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_urlLabel = nullptr;
    QLabel *m_nameLabel = nullptr;
    qint64 m_feedId = 0;
};

} // namespace Ui
