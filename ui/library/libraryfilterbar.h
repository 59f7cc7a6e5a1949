#pragma once

#include "core/library/librarystore.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace Ui {

// What narrows the library down: a search field that searches as the
// person types (after a short pause; Esc clears it) and filters by date,
// tag, format, collection and status, with the number of clips found.
class LibraryFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryFilterBar)

public:
    explicit LibraryFilterBar(QWidget *parent = nullptr);

    // The filters only: the model decides the order.
    Library::Query query() const;
    QString searchText() const;
    bool hasFilters() const;
    QLineEdit *searchField() const { return m_search; }

    void setCount(qint64 count);
    void setCollections(const QList<Library::Collection> &collections);
    void setStatusFilter(std::optional<Library::Status> status);
    void clearAll();

signals:
    void queryChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void sayCount();
    void periodChanged();
    void filtersChanged();
    void clearFilters(bool search);

    QLineEdit *m_search;
    QLabel *m_count;
    QComboBox *m_dateField;
    QComboBox *m_period;
    QDateEdit *m_from;
    QLabel *m_dash;
    QDateEdit *m_to;
    QLineEdit *m_tag;
    QComboBox *m_format;
    QComboBox *m_collection;
    QComboBox *m_status;
    QToolButton *m_clear;
    QTimer *m_typing;
    qint64 m_countValue = -1; // none said yet
};

} // namespace Ui
