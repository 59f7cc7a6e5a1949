# Desktop integration files and the Debian package (CPack).
include(GNUInstallDirs)

set(MMDESK_APP_ID org.mmdesk.MultimediaDesk)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/${MMDESK_APP_ID}.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/${MMDESK_APP_ID}.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/mmdesk.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
    RENAME ${MMDESK_APP_ID}.svg)

set(CPACK_PACKAGE_NAME mmdesk)
set(CPACK_PACKAGE_VENDOR "Multimedia Desk")
set(CPACK_PACKAGE_CONTACT "Multimedia Desk maintainers <maintainers@multimedia-desk.example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION video)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, gstreamer1.0-plugins-good, gstreamer1.0-plugins-bad, gstreamer1.0-libav")
include(CPack)
