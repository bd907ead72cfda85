# A packager's toolchain file, as Yocto, Buildroot or a distribution's cross
# build write one: the system and the C and C++ cross compilers, nothing of
# ours. No CMAKE_FIND_ROOT_PATH (Debian's cross compilers have their sysroot
# built in) and no CMAKE_CROSSCOMPILING_EMULATOR (packagers build, and test on
# the target or not at all): the project supplies the rest (cmake/cross.cmake).
# The preset packager-aarch64 builds the default configuration with it
# (scripts/matrix).
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR aarch64)
set(CMAKE_C_COMPILER aarch64-linux-gnu-gcc)
set(CMAKE_CXX_COMPILER aarch64-linux-gnu-g++)
