# Every external dependency with its minimum version, in one place.
# The versions are those of Debian 12 (see packaging/debian-packages.txt).

set(MMDESK_QT_MIN 6.4.2)

find_package(Qt6 ${MMDESK_QT_MIN} REQUIRED COMPONENTS
    Core Network Gui Widgets Svg Multimedia MultimediaWidgets LinguistTools Test)
find_package(Qt6Keychain 0.13.2 REQUIRED)
find_package(CURL 7.88 REQUIRED)
find_package(SQLite3 3.40 REQUIRED)
find_package(OpenSSL 3.0 REQUIRED)
# gzip for the reference portal's JSON answers.
find_package(ZLIB 1.2.13 REQUIRED)
find_package(PkgConfig REQUIRED)
pkg_check_modules(HTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib>=0.11)
pkg_check_modules(XXHASH REQUIRED IMPORTED_TARGET libxxhash>=0.8.1)

qt_standard_project_setup()
