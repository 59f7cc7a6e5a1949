#include "core/util/logging.h"

Q_LOGGING_CATEGORY(lcApp, "mmdesk.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSettings, "mmdesk.settings", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPortal, "mmdesk.portal", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "mmdesk.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDownloads, "mmdesk.downloads", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLibrary, "mmdesk.library", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNews, "mmdesk.news", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCatalogue, "mmdesk.catalogue", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "mmdesk.storage", QtInfoMsg)
