# Cross builds for Linux targets with Debian's cross compilers, run under
# qemu-user: `ctest` runs every test through CMAKE_CROSSCOMPILING_EMULATOR,
# which the project sets as for any toolchain file that names none
# (cmake/cross.cmake: qemu-<cpu> -L /usr/<triple>, the compiler's sysroot).
# Included by one small file per target (aarch64-linux-gnu.cmake, ...), which
# sets PASCAL_TRIPLE: try_compile projects see the toolchain file, not -D.
set(CMAKE_SYSTEM_NAME Linux)
if(NOT PASCAL_TRIPLE)
    message(FATAL_ERROR "cmake/toolchains/linux-gnu.cmake needs PASCAL_TRIPLE, e.g. aarch64-linux-gnu")
endif()
string(REGEX MATCH "^[^-]+" PASCAL_TRIPLE_CPU "${PASCAL_TRIPLE}")
set(CMAKE_SYSTEM_PROCESSOR "${PASCAL_TRIPLE_CPU}")

set(CMAKE_C_COMPILER "${PASCAL_TRIPLE}-gcc")
set(CMAKE_CXX_COMPILER "${PASCAL_TRIPLE}-g++")

# Headers and libraries from the target's sysroot; programs, and
# architecture-independent CMake packages such as Debian's header-only
# Catch2, from the build machine.
set(CMAKE_FIND_ROOT_PATH "/usr/${PASCAL_TRIPLE}")
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE BOTH)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE BOTH)
