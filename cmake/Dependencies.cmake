# Every dependency comes from a Debian 12 package (scripts/setup.sh installs them).
# Boost 1.81 is the versioned Debian package; never the unversioned 1.74 one.
find_package(Boost 1.81.0 EXACT CONFIG REQUIRED COMPONENTS json url)
find_package(Threads REQUIRED)
find_package(SQLite3 REQUIRED)
find_package(PostgreSQL REQUIRED)
find_package(OpenSSL 3 REQUIRED)
find_package(CURL REQUIRED)
find_package(date REQUIRED CONFIG)
find_package(PkgConfig REQUIRED)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
pkg_check_modules(CMARK_GFM REQUIRED IMPORTED_TARGET libcmark-gfm)
find_package(Python3 REQUIRED COMPONENTS Interpreter)
