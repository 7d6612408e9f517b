# CPack settings for `make package`: Debian packages in build/, one per component.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME presso)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR presso)
# Each package's own first description line is its summary: CPack prepends this one
# unless it is CPack's default.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "presso built using CMake")
set(CPACK_PACKAGE_CONTACT "presso maintainers <maintainers@presso.example>")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_BINARY_DIR})
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL server display order barista tools)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# What dpkg-shlibdeps cannot see: Qt plugins and GStreamer elements loaded at run time.
set(qt_gui_runtime "libqt6svg6, fonts-dejavu-core")
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, adduser, init-system-helpers (>= 1.54~)")
set(CPACK_DEBIAN_DISPLAY_PACKAGE_DEPENDS "${qt_gui_runtime}")
set(CPACK_DEBIAN_DISPLAY_PACKAGE_RECOMMENDS "qt6-speech-flite-plugin")
# Call-outs in German, Spanish and Portuguese (flite speaks English only).
set(CPACK_DEBIAN_DISPLAY_PACKAGE_SUGGESTS "qt6-speech-speechd-plugin, speech-dispatcher-espeak-ng")
set(CPACK_DEBIAN_ORDER_PACKAGE_DEPENDS
    "${qt_gui_runtime}, gstreamer1.0-plugins-base, gstreamer1.0-plugins-good")
set(CPACK_DEBIAN_ORDER_PACKAGE_RECOMMENDS "gstreamer1.0-libav")
set(CPACK_DEBIAN_BARISTA_PACKAGE_DEPENDS "${qt_gui_runtime}")
set(CPACK_DEBIAN_BARISTA_PACKAGE_RECOMMENDS "cups-client")

set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    ${CMAKE_CURRENT_SOURCE_DIR}/debian/server/conffiles
    ${CMAKE_CURRENT_SOURCE_DIR}/debian/server/postinst
    ${CMAKE_CURRENT_SOURCE_DIR}/debian/server/prerm
    ${CMAKE_CURRENT_SOURCE_DIR}/debian/server/postrm)

foreach(component server display order barista tools)
    string(TOUPPER ${component} upper)
    set(CPACK_DEBIAN_${upper}_PACKAGE_NAME presso-${component})
    set(CPACK_DEBIAN_${upper}_PACKAGE_SECTION misc)
endforeach()

set(CPACK_COMPONENT_SERVER_DESCRIPTION "coffee-bar ordering system - server
The presso server holds the shop's state in SQLite, runs each order's workflow
and deadlines, and pushes every change to the shop's screens over WebSocket.
This package runs it as a hardened systemd service with a nightly backup.")
set(CPACK_COMPONENT_DISPLAY_DESCRIPTION "coffee-bar ordering system - queue display
The TV of a presso shop: the QR code that admits the next drinks, and the board
of orders being prepared and ready, called out aloud when ready.")
set(CPACK_COMPONENT_ORDER_DESCRIPTION "coffee-bar ordering system - order kiosk
The customer's kiosk of a presso shop: it scans the code on the TV with its
camera, takes the order, and follows it until the drink is ready.")
set(CPACK_COMPONENT_BARISTA_DESCRIPTION "coffee-bar ordering system - barista tablet
The barista's touchscreen of a presso shop: claims, completes and cancels
orders, prints tickets, and opens and closes the shop.")
set(CPACK_COMPONENT_TOOLS_DESCRIPTION "coffee-bar ordering system - robot
presso-robot drives a presso server at scale over the real protocol with
simulated kiosks, baristas and displays, and checks every journey.")

include(CPack)
