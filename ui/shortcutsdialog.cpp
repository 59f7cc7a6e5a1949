#include "ui/shortcutsdialog.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Ui {

namespace {

QString actionDescription(const QAction *action)
{
    // "&Save Frame as PNG…" reads "Save Frame as PNG…": the mnemonic is the menu's business.
    static const QRegularExpression mnemonic(QStringLiteral("&(?!&)"));
    QString text = action->text();
    text.remove(mnemonic);
    return text;
}

void menuActions(const QList<QAction *> &actions, QList<QAction *> &out)
{
    for (QAction *action : actions) {
        if (action->menu())
            menuActions(action->menu()->actions(), out);
        else
            out << action;
    }
}

constexpr char ContextProperty[] = "mmdeskShortcutContext";
constexpr char TextProperty[] = "mmdeskShortcutText";

} // namespace

void describeShortcut(QShortcut *shortcut, const char *context, const char *text)
{
    shortcut->setProperty(ContextProperty, QByteArray(context));
    shortcut->setProperty(TextProperty, QByteArray(text));
}

QString ShortcutsDialog::description(const QShortcut *shortcut)
{
    const QByteArray context = shortcut->property(ContextProperty).toByteArray();
    const QByteArray text = shortcut->property(TextProperty).toByteArray();
    if (text.isEmpty())
        return shortcut->whatsThis();
    return QCoreApplication::translate(context.constData(), text.constData());
}

ShortcutsDialog::ShortcutsDialog(const QList<Source> &sources, QWidget *parent)
    : QDialog(parent), m_sources(sources), m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    m_list->setObjectName(QStringLiteral("shortcutList"));
    m_list->setColumnCount(2);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(560, 620);
    fill();
}

QString ShortcutsDialog::keysText(const QKeySequence &keys)
{
    return keys.toString(QKeySequence::NativeText);
}

QList<ShortcutsDialog::Entry> ShortcutsDialog::collect(const QList<Source> &sources)
{
    QList<Entry> entries;
    QSet<const QObject *> seen;
    const auto add = [&](const QString &group, const QObject *owner, const QString &description,
                         const QList<QKeySequence> &keys) {
        if (seen.contains(owner))
            return;
        seen.insert(owner);
        for (const QKeySequence &key : keys) {
            if (!key.isEmpty())
                entries << Entry {group, description, key, owner};
        }
    };
    for (const Source &source : sources) {
        const QString title = source.title();
        if (source.menus) {
            QList<QAction *> actions;
            menuActions(source.menus->actions(), actions);
            for (const QAction *action : std::as_const(actions))
                add(title, action, actionDescription(action), action->shortcuts());
        }
        if (!source.root)
            continue;
        for (const QAction *action : source.root->findChildren<QAction *>())
            add(title, action, actionDescription(action), action->shortcuts());
        for (const QShortcut *shortcut : source.root->findChildren<QShortcut *>())
            add(title, shortcut, description(shortcut), shortcut->keys());
    }
    return entries;
}

void ShortcutsDialog::fill()
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_list->setHeaderLabels({tr("Action"), tr("Keys")});
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->clear();
    QTreeWidgetItem *group = nullptr;
    for (const Entry &entry : collect(m_sources)) {
        if (!group || group->text(0) != entry.group) {
            group = new QTreeWidgetItem(m_list, {entry.group});
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
            group->setFlags(Qt::ItemIsEnabled);
        }
        auto *item = new QTreeWidgetItem(m_list, {entry.description, keysText(entry.keys)});
        item->setData(1, Qt::AccessibleTextRole, entry.keys.toString(QKeySequence::PortableText));
    }
}

void ShortcutsDialog::changeEvent(QEvent *event)
{
    // After the actions have taken their new texts.
    if (event->type() == QEvent::LanguageChange)
        QMetaObject::invokeMethod(this, &ShortcutsDialog::fill, Qt::QueuedConnection);
    QDialog::changeEvent(event);
}

} // namespace Ui
