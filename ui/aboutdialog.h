#pragma once

#include <QDialog>
#include <QUrl>

class QFormLayout;
class QLabel;

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

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QUrl m_portal;
    QLabel *m_title;
    QLabel *m_purpose;
    QLabel *m_portalValue;
    QFormLayout *m_facts;
    QList<QLabel *> m_captions;
};

} // namespace Ui
