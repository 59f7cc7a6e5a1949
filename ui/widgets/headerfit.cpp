#include "ui/widgets/headerfit.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QHeaderView>
#include <QStyleOptionHeader>

namespace Ui {

namespace {

void widen(QHeaderView *header)
{
    if (!header->model())
        return;
    for (int section = 0; section < header->count(); ++section) {
        if (header->isSectionHidden(section)
            || header->sectionResizeMode(section) != QHeaderView::Interactive)
            continue;
        if (section == header->count() - 1 && header->stretchLastSection())
            continue;
        const int needed = headerSectionNeeds(*header, section);
        if (header->sectionSize(section) < needed)
            header->resizeSection(section, needed);
    }
}

// Watches the header for a new language, its model for new titles.
class TitleWatch final : public QObject
{
public:
    explicit TitleWatch(QHeaderView *header) : QObject(header), m_header(header)
    {
        header->installEventFilter(this);
        connect(header, &QHeaderView::sectionCountChanged, this, [this] { widen(m_header); });
        connect(header, &QHeaderView::sortIndicatorChanged, this, [this] { widen(m_header); });
        if (QAbstractItemModel *model = header->model())
            connect(model, &QAbstractItemModel::headerDataChanged, this, [this] { widen(m_header); });
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_header
            && (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange
                || event->type() == QEvent::StyleChange || event->type() == QEvent::Show))
            widen(m_header);
        return QObject::eventFilter(watched, event);
    }

private:
    QHeaderView *m_header;
};

} // namespace

int headerSectionNeeds(const QHeaderView &header, int section)
{
    QStyleOptionHeader option;
    option.initFrom(&header);
    option.section = section;
    option.orientation = header.orientation();
    option.text =
        header.model() ? header.model()->headerData(section, header.orientation()).toString() : QString();
    option.textAlignment = Qt::AlignLeft | Qt::AlignVCenter;
    if (header.isSortIndicatorShown() && header.sortIndicatorSection() == section)
        option.sortIndicator = header.sortIndicatorOrder() == Qt::AscendingOrder
            ? QStyleOptionHeader::SortDown
            : QStyleOptionHeader::SortUp;
    option.fontMetrics = header.fontMetrics();
    const QSize size = header.style()->sizeFromContents(QStyle::CT_HeaderSection, &option, QSize(), &header);
    // Some styles leave the arrow out of the size: room for it all the same.
    const int arrow = option.sortIndicator != QStyleOptionHeader::None
        ? header.style()->pixelMetric(QStyle::PM_HeaderMarkSize, &option, &header)
        : 0;
    return size.width() + arrow;
}

void keepHeaderTitlesWhole(QHeaderView *header)
{
    static const char *const Watched = "mmdeskTitlesWhole";
    if (!header || header->property(Watched).toBool())
        return;
    header->setProperty(Watched, true);
    new TitleWatch(header);
    widen(header);
}

} // namespace Ui
