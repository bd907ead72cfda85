# Windows x86-64 with Debian's MinGW-w64 (the posix thread model: std::thread
# and std::mutex need it), tests run under wine: `ctest` runs every test
# through CMAKE_CROSSCOMPILING_EMULATOR.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR AMD64)
set(PASCAL_TRIPLE x86_64-w64-mingw32)

set(CMAKE_C_COMPILER "${PASCAL_TRIPLE}-gcc-posix")
set(CMAKE_CXX_COMPILER "${PASCAL_TRIPLE}-g++-posix")
set(CMAKE_RC_COMPILER "${PASCAL_TRIPLE}-windres")

# Debian installs the 64-bit loader outside PATH (package wine64). WINEPREFIX
# and WINEDEBUG come from the test environment (the preset sets them).
find_program(PASCAL_WINE NAMES wine64 wine PATHS /usr/lib/wine NO_CMAKE_FIND_ROOT_PATH REQUIRED)
set(CMAKE_CROSSCOMPILING_EMULATOR "${CMAKE_CURRENT_LIST_DIR}/wine-commit-limit.sh;${PASCAL_WINE}")

set(CMAKE_FIND_ROOT_PATH "/usr/${PASCAL_TRIPLE}")
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE BOTH)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE BOTH)
