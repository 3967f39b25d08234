# `cpack -G DEB` in the build directory writes consentdesk_<version>_<arch>.deb. Installed under
# /usr: programs in bin/, the plugin host and plugins in lib/consentdesk/, the launcher, icon and
# metainfo in share/, the systemd system units in lib/systemd/system/.
set(CPACK_PACKAGE_NAME consentdesk)
set(CPACK_PACKAGE_VENDOR "ConsentDesk")
set(CPACK_PACKAGE_CONTACT "ConsentDesk maintainers <maintainers@consentdesk.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION "A Qt desktop console that records customers' consent for camera analytics, processes data-subject requests and logs every deletion in hash-chained ledgers on an encrypted SQLCipher database (China PIPL).")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
# Library dependencies from the binaries themselves (dpkg-shlibdeps), plus what they load by name.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-wqy-microhei | fonts-noto-cjk, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "sqlcipher")
include(CPack)
