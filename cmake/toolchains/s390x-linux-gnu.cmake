# s390x-linux-gnu under qemu-user: see linux-gnu.cmake.
set(PASCAL_TRIPLE s390x-linux-gnu)
include("${CMAKE_CURRENT_LIST_DIR}/linux-gnu.cmake")
