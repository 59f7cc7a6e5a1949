#include "core/settings/settingsoptions.h"

#include "core/downloads/bandwidthschedule.h"
#include "core/network/proxysetting.h"
#include "core/portal/portalurl.h"
#include "core/settings/appsettings.h"

#include <QDir>

namespace Settings {

namespace {

Util::Error invalid(const QString &name, const QString &value, const QString &accepts)
{
    return Util::makeError(
        QStringLiteral("invalid_value"),
        Options::tr("“%1” is not a value for %2, which takes %3.").arg(value, name, accepts));
}

std::optional<bool> parseSwitch(const QString &text)
{
    const QString value = text.trimmed().toLower();
    if (value == u"on" || value == u"true" || value == u"yes" || value == u"1")
        return true;
    if (value == u"off" || value == u"false" || value == u"no" || value == u"0")
        return false;
    return std::nullopt;
}

std::optional<int> parseNumber(const QString &text, int lowest, int highest)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < lowest || value > highest)
        return std::nullopt;
    return value;
}

QStringList houseFormats()
{
    return {QStringLiteral("largest"), QStringLiteral("mxf"), QStringLiteral("mov"), QStringLiteral("mp4")};
}

QString onOff(bool on)
{
    return on ? QStringLiteral("on") : QStringLiteral("off");
}

Option numberOption(const char *name, QString label, QString description, int lowest, int highest,
                    int fallback, int (AppSettings::*get)() const, void (AppSettings::*set)(int))
{
    Option option;
    option.name = QLatin1String(name);
    option.kind = Option::Kind::Number;
    option.label = std::move(label);
    option.minimum = lowest;
    option.maximum = highest;
    option.description = std::move(description);
    option.accepts = Options::tr("a whole number from %1 to %2").arg(lowest).arg(highest);
    option.defaultText = QString::number(fallback);
    option.get = [get](const AppSettings &s) {
        return QString::number((s.*get)());
    };
    option.set = [name = option.name, accepts = option.accepts, lowest, highest,
                  set](AppSettings &s, const QString &text) -> Util::Result<void> {
        const auto value = parseNumber(text, lowest, highest);
        if (!value)
            return invalid(name, text, accepts);
        (s.*set)(*value);
        return {};
    };
    return option;
}

// A folder, as a full path; "" leaves it to the setter (a default, or none).
Option folderOption(const char *name, QString label, QString description, QString (AppSettings::*get)() const,
                    void (AppSettings::*set)(const QString &))
{
    Option option;
    option.name = QLatin1String(name);
    option.kind = Option::Kind::Folder;
    option.label = std::move(label);
    option.description = std::move(description);
    option.get = [get](const AppSettings &s) {
        return QDir::toNativeSeparators((s.*get)());
    };
    option.set = [name = option.name, set](AppSettings &s, const QString &text) -> Util::Result<void> {
        const QString path = QDir::fromNativeSeparators(text.trimmed());
        if (!path.isEmpty() && !QDir::isAbsolutePath(path))
            return Util::makeError(
                QStringLiteral("invalid_value"),
                Options::tr("%1 takes a full path (starting with /); “%2” is not one.").arg(name, text));
        (s.*set)(path);
        return {};
    };
    return option;
}

Option switchOption(const char *name, QString label, QString description, bool (AppSettings::*get)() const,
                    void (AppSettings::*set)(bool))
{
    Option option;
    option.name = QLatin1String(name);
    option.kind = Option::Kind::Switch;
    option.label = std::move(label);
    option.description = std::move(description);
    option.accepts = Options::tr("on or off");
    option.defaultText = onOff(false);
    option.get = [get](const AppSettings &s) {
        return onOff((s.*get)());
    };
    option.set = [name = option.name, accepts = option.accepts,
                  set](AppSettings &s, const QString &text) -> Util::Result<void> {
        const auto value = parseSwitch(text);
        if (!value)
            return invalid(name, text, accepts);
        (s.*set)(*value);
        return {};
    };
    return option;
}

QList<Option> makeOptions()
{
    QList<Option> list;

    Option portal;
    portal.name = QStringLiteral("portal.url");
    portal.kind = Option::Kind::Url;
    portal.label = Options::tr("Portal address");
    portal.needsRestart = true;
    portal.description =
        Options::tr("The portal's API address, used when none is given on the command line.");
    portal.accepts = Options::tr("an https:// address (http:// only for this computer), or \"\" for none");
    portal.emptyIsDefault = true;
    portal.get = [](const AppSettings &s) {
        return s.portalUrl().toString();
    };
    portal.set = [](AppSettings &s, const QString &text) -> Util::Result<void> {
        if (text.trimmed().isEmpty()) {
            s.setPortalUrl({});
            return {};
        }
        auto url = Portal::PortalUrl::parse(text.trimmed());
        if (!url)
            return url.error();
        s.setPortalUrl(url.value());
        return {};
    };
    list << portal;

    list << numberOption("portal.max-response-mib", Options::tr("Largest portal answer (MiB)"),
                         Options::tr("The largest answer read from the portal's API, in MiB; a longer one is "
                                     "refused."),
                         1, 1024, 16, &AppSettings::portalMaxResponseMiB,
                         &AppSettings::setPortalMaxResponseMiB);
    list.last().needsRestart = true;

    Option language;
    language.name = QStringLiteral("ui.language");
    language.kind = Option::Kind::Choice;
    language.label = Options::tr("Language");
    language.choices = {QStringLiteral("system"), QStringLiteral("en"), QStringLiteral("fr")};
    // The desktop application switches its language at once.
    language.needsRestart = false;
    language.description = Options::tr("The language of the interface: the system's, English or French.");
    language.accepts = Options::tr("system, en or fr");
    language.defaultText = QStringLiteral("system");
    language.get = [](const AppSettings &s) {
        return s.uiLanguage().isEmpty() ? QStringLiteral("system") : s.uiLanguage();
    };
    language.set = [accepts = language.accepts](AppSettings &s, const QString &text) -> Util::Result<void> {
        const QString value = text.trimmed().toLower();
        if (value == u"system" || value.isEmpty())
            s.setUiLanguage({});
        else if (value == u"en" || value == u"fr")
            s.setUiLanguage(value);
        else
            return invalid(QStringLiteral("ui.language"), text, accepts);
        return {};
    };
    list << language;

    Option folder = folderOption("downloads.folder", Options::tr("Download folder"),
                                 Options::tr("Where downloads are saved unless another folder is given."),
                                 &AppSettings::downloadFolder, &AppSettings::setDownloadFolder);
    folder.accepts = Options::tr("a folder, or \"\" for the default");
    folder.defaultText = QDir::toNativeSeparators(AppSettings::defaultDownloadFolder());
    folder.emptyIsDefault = true;
    list << folder;

    Option deliverTo = folderOption(
        "downloads.deliver-to", Options::tr("Deliver verified files to"),
        Options::tr("A watch folder (an edit or playout ingest folder) that gets a copy of each verified "
                    "download, with its EBUCore sidecar when sidecars are on. The copy appears there whole, "
                    "under its final name, only once it is written."),
        &AppSettings::deliveryFolder, &AppSettings::setDeliveryFolder);
    deliverTo.accepts = Options::tr("a folder, or \"\" for none");
    list << deliverTo;

    Option bandwidth;
    bandwidth.name = QStringLiteral("downloads.bandwidth");
    bandwidth.kind = Option::Kind::Text;
    bandwidth.label = Options::tr("Bandwidth limit");
    bandwidth.description =
        Options::tr("The total download rate, all day or in the hours given (unlimited outside "
                    "them), such as 20M 07:00-19:00; empty for no limit.");
    bandwidth.accepts =
        Options::tr("a rate such as 20M, optionally with hours such as 07:00-19:00, or \"\" for none");
    bandwidth.emptyIsDefault = true;
    bandwidth.get = [](const AppSettings &s) {
        return s.bandwidthSchedule();
    };
    bandwidth.set = [](AppSettings &s, const QString &text) -> Util::Result<void> {
        auto schedule = Downloads::BandwidthSchedule::parse(text);
        if (!schedule)
            return schedule.error();
        s.setBandwidthSchedule(schedule.value().toString());
        return {};
    };
    list << bandwidth;

    Option house;
    house.name = QStringLiteral("downloads.house-format");
    house.kind = Option::Kind::Choice;
    house.label = Options::tr("House format");
    house.choices = houseFormats();
    house.description = Options::tr("What Download takes of a video: the largest picture, or the best of one "
                                    "container (MXF, MOV or MP4) where the video has it, else the largest.");
    house.accepts = Options::tr("largest, mxf, mov or mp4");
    house.defaultText = QStringLiteral("largest");
    house.get = [](const AppSettings &s) {
        return s.houseFormat();
    };
    house.set = [accepts = house.accepts](AppSettings &s, const QString &text) -> Util::Result<void> {
        const QString value = text.trimmed().toLower();
        if (!houseFormats().contains(value))
            return invalid(QStringLiteral("downloads.house-format"), text, accepts);
        s.setHouseFormat(value);
        return {};
    };
    list << house;

    Option connections = numberOption(
        "downloads.connections", Options::tr("Connections per download"),
        Options::tr("How many connections a large download uses: auto starts with 4 and opens more, up "
                    "to 16, while more make it faster, as on a host that caps each connection; a number "
                    "is kept for the whole download."),
        1, 16, 4, &AppSettings::connectionsPerFile, &AppSettings::setConnectionsPerFile);
    connections.minimum = AppSettings::AutomaticConnections;
    connections.zeroWord = QStringLiteral("auto");
    connections.accepts = Options::tr("auto, or a whole number from 1 to 16");
    connections.defaultText = connections.zeroWord;
    connections.get = [](const AppSettings &s) {
        const int count = s.connectionsPerFile();
        return count == AppSettings::AutomaticConnections ? QStringLiteral("auto") : QString::number(count);
    };
    connections.set = [accepts = connections.accepts](AppSettings &s,
                                                      const QString &text) -> Util::Result<void> {
        if (text.trimmed().toLower() == u"auto") {
            s.setConnectionsPerFile(AppSettings::AutomaticConnections);
            return {};
        }
        const auto count = parseNumber(text, 1, 16);
        if (!count)
            return invalid(QStringLiteral("downloads.connections"), text, accepts);
        s.setConnectionsPerFile(*count);
        return {};
    };
    connections.needsRestart = true;
    list << connections;
    list << numberOption("downloads.concurrent", Options::tr("Downloads at once"),
                         Options::tr("How many downloads of the queue transfer at the same time; the "
                                     "others wait their turn."),
                         1, 10, 3, &AppSettings::concurrentDownloads, &AppSettings::setConcurrentDownloads);
    list << switchOption("library.sidecars", Options::tr("Write EBUCore sidecars"),
                         Options::tr("Write an EBUCore sidecar beside each verified download."),
                         &AppSettings::writeSidecars, &AppSettings::setWriteSidecars);
    list << switchOption("library.hash-history", Options::tr("Keep ASC MHL hash histories"),
                         Options::tr("Keep an ASC MHL hash history in each download folder."),
                         &AppSettings::keepHashHistory, &AppSettings::setKeepHashHistory);
    Option proxy;
    proxy.name = QStringLiteral("network.proxy");
    proxy.kind = Option::Kind::Text;
    proxy.label = Options::tr("Proxy");
    proxy.description = Options::tr("How Multimedia Desk reaches the portal and the media hosts: the "
                                    "system's proxy (http_proxy, https_proxy, no_proxy), none, or a "
                                    "proxy of its own.");
    proxy.accepts = Options::tr("system, none, or an address such as http://proxy.example.org:3128 or "
                                "socks5://127.0.0.1:1080");
    proxy.defaultText = QStringLiteral("system");
    proxy.get = [](const AppSettings &s) {
        return s.proxy();
    };
    proxy.set = [](AppSettings &s, const QString &text) -> Util::Result<void> {
        auto parsed = Network::ProxySetting::parse(text);
        if (!parsed)
            return parsed.error();
        s.setProxy(parsed.value().toString());
        return {};
    };
    proxy.needsRestart = true;
    list << proxy;
    list << switchOption("network.offline", Options::tr("Work offline"),
                         Options::tr("Ask nothing of the portal, the feeds or the media hosts: read what "
                                     "is kept on this computer; the download queue waits with its "
                                     "partial files until this is turned off."),
                         &AppSettings::workOffline, &AppSettings::setWorkOffline);
    list << switchOption("ui.close-to-tray", Options::tr("Keep working in the tray"),
                         Options::tr("Closing the window while downloads run leaves Multimedia Desk "
                                     "downloading in the system tray."),
                         &AppSettings::closeToTray, &AppSettings::setCloseToTray);
    list.last().defaultText = onOff(true);
    list << numberOption(
        "news.refresh-minutes", Options::tr("News refresh (minutes)"),
        Options::tr("How often the News section fetches what changed, in minutes (0: only on "
                    "demand)."),
        0, 24 * 60, 15, &AppSettings::newsRefreshMinutes, &AppSettings::setNewsRefreshMinutes);
    return list;
}

} // namespace

namespace {

QList<Option> &options()
{
    static QList<Option> list = makeOptions();
    return list;
}

} // namespace

const QList<Option> &Options::all()
{
    return options();
}

void Options::retranslate()
{
    // Element by element, so that what find() returned stays where it was.
    QList<Option> &list = options();
    QList<Option> fresh = makeOptions();
    for (qsizetype i = 0; i < list.size() && i < fresh.size(); ++i)
        list[i] = std::move(fresh[i]);
}

const Option *Options::find(const QString &name)
{
    for (const Option &option : all()) {
        if (option.name == name)
            return &option;
    }
    return nullptr;
}

Util::Result<void> Options::reset(AppSettings &settings, const Option &option)
{
    return option.set(settings, option.emptyIsDefault ? QString() : option.defaultText);
}

} // namespace Settings
