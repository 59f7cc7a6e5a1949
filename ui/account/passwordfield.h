#pragma once

#include <QWidget>

class QLineEdit;
class QToolButton;

namespace Ui {

// A password line edit with a "Show"/"Hide" button beside it. The button is
// a real, focusable control so that the choice is reachable by keyboard and
// announced by screen readers. A label's buddy is lineEdit(): the field
// itself takes no focus (its focus proxy is the line edit).
class PasswordField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordField)

public:
    explicit PasswordField(QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_edit; }
    QToolButton *toggleButton() const { return m_toggle; }
    QString text() const;
    void setAccessibleTexts(const QString &name, const QString &description);
    bool isRevealed() const;
    void setRevealed(bool revealed);

signals:
    void textChanged(const QString &text);
    void returnPressed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLineEdit *m_edit;
    QToolButton *m_toggle;
};

} // namespace Ui
