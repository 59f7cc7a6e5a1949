#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace Ui {

// A file path as a file manager shows one: on one line, elided in the
// middle when it does not fit (the drive or share at the start and the file
// name at the end stay readable), whole in its tool tip, with a Copy button
// that puts the whole path on the clipboard.
class PathField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PathField)

public:
    explicit PathField(QWidget *parent = nullptr);

    // `path` in the platform's own separators; empty clears the field.
    void setPath(const QString &path);
    QString path() const { return m_path; }
    // What the line shows now (elided or whole).
    QString shownText() const;
    QToolButton *copyButton() const { return m_copy; }

    QSize minimumSizeHint() const override;

signals:
    // The path went to the clipboard.
    void copied(const QString &path);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void elide();
    void retranslate();

    QLabel *m_text;
    QToolButton *m_copy;
    QString m_path;
};

} // namespace Ui
