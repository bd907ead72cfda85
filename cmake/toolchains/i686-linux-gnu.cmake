# i686-linux-gnu under qemu-user: see linux-gnu.cmake.
set(PASCAL_TRIPLE i686-linux-gnu)
include("${CMAKE_CURRENT_LIST_DIR}/linux-gnu.cmake")
# qemu-i386 7.2 hangs in pthread_create for dynamically linked i386
# programs: every test program is linked statically (the cross-i686 preset
# builds a static libpascal.a).
set(CMAKE_EXE_LINKER_FLAGS_INIT "-static")
