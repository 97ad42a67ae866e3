# SPDX-License-Identifier: GPL-2.0-or-later
# Desktop integration files and the Debian package (scripts/build-deb.sh):
#   cmake -S . -B build-deb -G Ninja -DCMAKE_INSTALL_PREFIX=/usr -DCMAKE_BUILD_TYPE=Release
#   cmake --build build-deb --target virtdeck virtdeck-cli && cd build-deb && cpack
# The binaries install themselves (app/, app/cli/); translations are embedded in them.

set(VIRTDECK_APP_ID io.github.virtdeck.VirtDeck)
install(FILES ${PROJECT_SOURCE_DIR}/resources/desktop/${VIRTDECK_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/desktop/${VIRTDECK_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/app/${VIRTDECK_APP_ID}.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size 16 22 24 32 48 64 128 256 512)
  install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/hicolor/${size}x${size}/apps/${VIRTDECK_APP_ID}.png
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME virtdeck)
set(CPACK_PACKAGE_VENDOR "The VirtDeck developers")
set(CPACK_PACKAGE_CONTACT "The VirtDeck developers <virtdeck-devel@lists.github.io>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION "VirtDeck manages KVM/QEMU guests on local and remote libvirt hosts: a live guest list,
an embedded VNC console, snapshots, storage and networks, and an OpenStack cloud tab.
virtdeck-cli offers the same operations on the command line.")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/virtdeck/virtdeck")
# The shared libraries the binaries link (Qt, libvirt, libvncclient…) come from dpkg-shlibdeps;
# Qt's plugins are loaded at run time, so it cannot see them: the X11/Wayland platform plugins
# and the SVG icon engine (bundled icons are SVG) are named here.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libvirt-daemon-system, qt6-translations-l10n, qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "tigervnc-viewer")
include(CPack)
