#pragma once

#include <QLatin1StringView>

// Every settings key in one place. Renaming a key needs a migration step in
// Settings::migrate() and a bump of CurrentVersion.
namespace Settings::Keys {

// 1: the first versioned layout.
// 2: downloads/connections (a starting count, 1-16, that grew by itself)
//    became downloads/connectionsPerFile ("auto", or a count that is kept).
inline constexpr int CurrentVersion = 2;

inline constexpr QLatin1StringView Version {"meta/version"};

inline constexpr QLatin1StringView PortalUrl {"portal/url"};

inline constexpr QLatin1StringView UiLanguage {"ui/language"};
inline constexpr QLatin1StringView UiGeometry {"ui/mainWindowGeometry"};
inline constexpr QLatin1StringView UiState {"ui/mainWindowState"};
inline constexpr QLatin1StringView UiSection {"ui/currentSection"};
inline constexpr QLatin1StringView UiVideosZoom {"ui/videosZoom"};
inline constexpr QLatin1StringView UiCloseToTray {"ui/closeToTray"};

// Format 1 only; read by the migration to format 2.
inline constexpr QLatin1StringView LegacyDownloadConnections {"downloads/connections"};
inline constexpr QLatin1StringView DownloadConnectionsPerFile {"downloads/connectionsPerFile"};
inline constexpr QLatin1StringView DownloadConcurrent {"downloads/concurrent"};
inline constexpr QLatin1StringView DownloadFolder {"downloads/folder"};
inline constexpr QLatin1StringView DownloadBandwidth {"downloads/bandwidth"};
inline constexpr QLatin1StringView DownloadHouseFormat {"downloads/houseFormat"};
inline constexpr QLatin1StringView DownloadDeliverTo {"downloads/deliverTo"};
inline constexpr QLatin1StringView LibrarySidecars {"library/writeSidecars"};
inline constexpr QLatin1StringView LibraryHashHistory {"library/hashHistory"};
inline constexpr QLatin1StringView NewsRefreshMinutes {"news/refreshMinutes"};
inline constexpr QLatin1StringView PortalMaxResponseMiB {"portal/maxResponseMiB"};
inline constexpr QLatin1StringView NetworkProxy {"network/proxy"};
inline constexpr QLatin1StringView NetworkOffline {"network/offline"};

} // namespace Settings::Keys
