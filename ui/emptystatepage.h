#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Ui {

// A section's page while it has nothing to show: an icon, a heading and a
// sentence that says what will appear here and how it gets there. The texts
// are its owner's: the owner says them again with setTexts() in its own
// retranslate(), which runs before this page hears of a new language.
class EmptyStatePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyStatePage)

public:
    EmptyStatePage(const QString &iconName, const QString &heading, const QString &explanation,
                   QWidget *parent = nullptr);

    void setTexts(const QString &heading, const QString &explanation);
    // The one thing to do from here ("Import Folder…"), as a button under the
    // explanation (actionTriggered()); an empty text hides it.
    void setActionText(const QString &text);
    QPushButton *actionButton() const { return m_action; }
    QString heading() const;
    QString explanation() const;

signals:
    void actionTriggered();

private:
    QPushButton *m_action;
    QLabel *m_icon;
    QLabel *m_heading;
    QLabel *m_explanation;
};

} // namespace Ui
