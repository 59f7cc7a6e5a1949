#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QPointer>
#include <QString>

#include <functional>

class QMenuBar;
class QShortcut;
class QTreeWidget;

namespace Ui {

// Gives a key the words the shortcuts list shows for it. `text` is marked
// for translation with QT_TRANSLATE_NOOP(context, ...) and translated when
// the list opens, so that it speaks the language of that moment.
void describeShortcut(QShortcut *shortcut, const char *context, const char *text);

// Help → Keyboard Shortcuts: every key of the window, read from the actions
// and shortcuts the window holds when the list opens, so that the list
// cannot drift from what the keys do. An action names itself by its text; a
// QShortcut by what describeShortcut() gave it.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    // Where to look: the menus (their actions, wherever they live), and a
    // widget with everything under it (a section, the player).
    struct Source
    {
        std::function<QString()> title;
        QPointer<QMenuBar> menus;
        QPointer<QObject> root;
    };
    struct Entry
    {
        QString group;
        QString description; // empty: the key does not say what it does
        QKeySequence keys;
        const QObject *owner = nullptr; // the QAction or QShortcut
    };

    explicit ShortcutsDialog(const QList<Source> &sources, QWidget *parent = nullptr);

    // Each key once, under the first source that holds it.
    static QList<Entry> collect(const QList<Source> &sources);
    static QString keysText(const QKeySequence &keys);
    // What the list says a shortcut does, in the current language; empty
    // when nobody said.
    static QString description(const QShortcut *shortcut);
    QTreeWidget *list() const { return m_list; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();

    QList<Source> m_sources;
    QTreeWidget *m_list;
};

} // namespace Ui
