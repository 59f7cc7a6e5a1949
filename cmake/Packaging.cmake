# Desktop integration files and the Debian package (CPack): `cpack -G DEB` in a
# build folder, after the build, makes build/<preset>/mmdesk_<version>_<arch>.deb.
#
# The package holds mmdesk and mmdesk-cli. The reference portal (mmdesk-portal)
# stays out: it is a demo and test server with development endpoints (the
# outbox of e-mailed codes, fault injection) that has no place on a user's
# computer, and it is built only with the tests.
include(GNUInstallDirs)

set(MMDESK_APP_ID org.mmdesk.MultimediaDesk)
set(MMDESK_PACKAGING_DIR ${PROJECT_SOURCE_DIR}/packaging)
set(MMDESK_PACKAGING_BINARY_DIR ${PROJECT_BINARY_DIR}/packaging)

# cpack packages what the build made and never starts a build of its own: by
# default it first builds every target, which inside a test run would relink
# programs that other tests are running at that moment.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)

install(FILES ${MMDESK_PACKAGING_DIR}/linux/${MMDESK_APP_ID}.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${MMDESK_PACKAGING_DIR}/linux/${MMDESK_APP_ID}.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# Icons for the hicolor theme: the SVG as it is, and a PNG at every size a
# desktop asks for, drawn from it at build time with Qt Svg (see iconrender.cpp).
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/mmdesk.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
    RENAME ${MMDESK_APP_ID}.svg)

add_executable(mmdesk-iconrender ${MMDESK_PACKAGING_DIR}/linux/iconrender.cpp)
target_link_libraries(mmdesk-iconrender PRIVATE mmdesk_common Qt6::Gui Qt6::Svg)
set_target_properties(mmdesk-iconrender PROPERTIES
    RUNTIME_OUTPUT_DIRECTORY ${MMDESK_PACKAGING_BINARY_DIR})

set(MMDESK_ICON_SIZES 16 22 24 32 48 64 128 256)
set(icon_files)
foreach(size IN LISTS MMDESK_ICON_SIZES)
    set(icon_dir ${MMDESK_PACKAGING_BINARY_DIR}/icons/${size}x${size})
    set(icon ${icon_dir}/${MMDESK_APP_ID}.png)
    # In the sanitizer build the tool is instrumented too; Qt's one-off
    # allocations at exit are no reason to fail a build.
    add_custom_command(OUTPUT ${icon}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${icon_dir}
        COMMAND ${CMAKE_COMMAND} -E env ASAN_OPTIONS=detect_leaks=0
            $<TARGET_FILE:mmdesk-iconrender> ${PROJECT_SOURCE_DIR}/resources/icons/mmdesk.svg ${size} ${icon}
        DEPENDS mmdesk-iconrender ${PROJECT_SOURCE_DIR}/resources/icons/mmdesk.svg
        COMMENT "Drawing the ${size}x${size} icon"
        VERBATIM)
    list(APPEND icon_files ${icon})
    install(FILES ${icon} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()

# Manual pages and the changelog, compressed as Debian policy asks: gzip -9,
# without the name and time stamp (-n), so that two builds give the same bytes.
find_program(MMDESK_GZIP gzip REQUIRED)
set(compressed_files)
function(mmdesk_gzip source compressed)
    cmake_path(GET compressed PARENT_PATH dir)
    cmake_path(REMOVE_EXTENSION compressed LAST_ONLY OUTPUT_VARIABLE plain)
    add_custom_command(OUTPUT ${compressed}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${dir}
        COMMAND ${CMAKE_COMMAND} -E copy ${source} ${plain}
        COMMAND ${MMDESK_GZIP} -9nf ${plain}
        DEPENDS ${source}
        VERBATIM)
    set(compressed_files ${compressed_files} ${compressed} PARENT_SCOPE)
endfunction()

foreach(page mmdesk.1 mmdesk-cli.1)
    mmdesk_gzip(${MMDESK_PACKAGING_DIR}/linux/${page} ${MMDESK_PACKAGING_BINARY_DIR}/man/${page}.gz)
    install(FILES ${MMDESK_PACKAGING_BINARY_DIR}/man/${page}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endforeach()

install(FILES ${MMDESK_PACKAGING_DIR}/linux/mmdesk-cli.bash-completion
    DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
    RENAME mmdesk-cli)

# What Debian asks of every package: the copyright and the changelog.
set(MMDESK_DOC_DIR ${CMAKE_INSTALL_DATADIR}/doc/mmdesk)
mmdesk_gzip(${MMDESK_PACKAGING_DIR}/debian/changelog ${MMDESK_PACKAGING_BINARY_DIR}/doc/changelog.gz)
install(FILES ${MMDESK_PACKAGING_BINARY_DIR}/doc/changelog.gz ${MMDESK_PACKAGING_DIR}/debian/copyright
    DESTINATION ${MMDESK_DOC_DIR})

add_custom_target(mmdesk_packaging_files ALL DEPENDS ${icon_files} ${compressed_files})

set(CPACK_PACKAGE_NAME mmdesk)
set(CPACK_PACKAGE_VENDOR "Multimedia Desk")
set(CPACK_PACKAGE_CONTACT "Multimedia Desk maintainers <maintainers@multimedia-desk.example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# The extended description as Debian shows it: lines of at most 80 characters.
set(CPACK_PACKAGE_DESCRIPTION [=[
Multimedia Desk is a desktop client for media professionals who work with a
broadcast news portal: read the news feed (also offline), preview clips with
their timecoded shot lists, and queue resumable downloads of broadcast-quality
renditions that land, checked against the portal's SHA-256, in a local clip
library.
.
mmdesk-cli offers the same for scripts, with JSON output and stable exit codes.]=])
set(CPACK_GENERATOR DEB)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION video)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# dpkg-shlibdeps finds the libraries the programs link; what Qt loads as
# plugins it cannot see: the SVG icon engine and image format (libqt6svg6)
# draw every icon of the window.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6 (>= ${MMDESK_QT_MIN})")
# A keychain for the sign-in, GStreamer for the preview player, and Qt's own
# French strings (dialog buttons), which the application loads from disk.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, gstreamer1.0-plugins-good, gstreamer1.0-plugins-bad, gstreamer1.0-libav, qt6-translations-l10n")
include(CPack)
