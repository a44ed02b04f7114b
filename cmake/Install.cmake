# Desktop integration files and the Debian package. The binaries install themselves (app/).
set(TWOSTEP_APP_ID io.github.twostep.Twostep)
set(resources ${PROJECT_SOURCE_DIR}/resources)

install(FILES ${resources}/desktop/${TWOSTEP_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${resources}/desktop/${TWOSTEP_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${resources}/icons/${TWOSTEP_APP_ID}.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size IN ITEMS 16 24 32 48 64 128 256)
    install(FILES ${resources}/icons/hicolor/${size}x${size}/${TWOSTEP_APP_ID}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
install(FILES ${resources}/completion/twostep-cli.bash DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        RENAME twostep-cli)
# Desktop search: GNOME Shell's search provider (started by D-Bus activation, in the tray) and KRunner's runner.
install(FILES ${resources}/desktop/${TWOSTEP_APP_ID}.search-provider.ini
        DESTINATION ${CMAKE_INSTALL_DATADIR}/gnome-shell/search-providers)
# Its Exec needs the absolute path, known only at install time (CPack installs under /usr).
install(CODE "set(TWOSTEP_SEARCH_EXEC \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/twostep\")
    configure_file(${resources}/desktop/${TWOSTEP_APP_ID}.SearchProvider.service.in
                   ${CMAKE_BINARY_DIR}/${TWOSTEP_APP_ID}.SearchProvider.service @ONLY)")
install(FILES ${CMAKE_BINARY_DIR}/${TWOSTEP_APP_ID}.SearchProvider.service DESTINATION ${CMAKE_INSTALL_DATADIR}/dbus-1/services)
install(FILES ${resources}/desktop/${TWOSTEP_APP_ID}.krunner.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/krunner/dbusplugins)

# Man pages are installed gzipped, as Debian expects.
find_program(GZIP_EXECUTABLE gzip REQUIRED)
foreach(page IN ITEMS twostep.1 twostep-cli.1)
    add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/man/${page}.gz
                       COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/man
                       COMMAND ${GZIP_EXECUTABLE} -9nc ${PROJECT_SOURCE_DIR}/docs/man/${page} > ${CMAKE_BINARY_DIR}/man/${page}.gz
                       DEPENDS ${PROJECT_SOURCE_DIR}/docs/man/${page} VERBATIM)
    list(APPEND man_pages ${CMAKE_BINARY_DIR}/man/${page}.gz)
endforeach()
add_custom_target(twostep_man_pages ALL DEPENDS ${man_pages})
install(FILES ${man_pages} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME twostep)
set(CPACK_PACKAGE_VENDOR "Twostep developers")
set(CPACK_PACKAGE_CONTACT "Twostep developers <twostep@users.noreply.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop authenticator (virtual MFA device)")
set(CPACK_PACKAGE_DESCRIPTION "Twostep reads TOTP/HOTP QR codes from screenshots, the clipboard or the screen,
shows AWS's two enrollment codes at once, keeps secrets in an encrypted vault and copies the current
code at each sign-in. Includes the twostep-cli command.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The camera reaches Qt Multimedia through GStreamer (v4l2src is in plugins-good).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-image-formats-plugins, gstreamer1.0-plugins-good")
include(CPack)
