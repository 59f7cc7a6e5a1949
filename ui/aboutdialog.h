#pragma once

#include <QDialog>
#include <QUrl>

namespace Settings {
class Paths;
}

namespace Ui {

// Name, version and purpose of the application, the portal it talks to and
// where it keeps its files, so that a person can find them when asked to.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    AboutDialog(const Settings::Paths &paths, const QUrl &portal, QWidget *parent = nullptr);
};

} // namespace Ui
