# aarch64-linux-gnu under qemu-user: see linux-gnu.cmake.
set(PASCAL_TRIPLE aarch64-linux-gnu)
include("${CMAKE_CURRENT_LIST_DIR}/linux-gnu.cmake")
