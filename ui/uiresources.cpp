#include "ui/uiresources.h"

#include <QtGlobal>

static void initMmdeskResources()
{
    Q_INIT_RESOURCE(mmdesk);
}

namespace Ui {

void initResources()
{
    static const bool done = [] {
        initMmdeskResources();
        return true;
    }();
    Q_UNUSED(done)
}

QIcon icon(const QString &name)
{
    return QIcon(QStringLiteral(":/icons/") + name + QStringLiteral(".svg"));
}

} // namespace Ui
