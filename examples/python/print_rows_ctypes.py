"""libpascal from Python through ctypes: print row 10 and entry 17 of row 35.

Gotchas: the library is loaded by path from PASCAL_LIBRARY (CTest sets it to
the one just built), else by its soname through the system's loader. Every
function gets argtypes and restype: without them ctypes passes Python ints
as C int and reads the returned pointer as a C int, cutting it to 32 bits.
size_t is c_size_t and entries are c_uint32, so 2333606220 stays positive
(c_int32 would give -1961361076). Slicing the pointer copies the entries
into Python ints; the row then goes back to deallocate_vec in a finally
block, never to libc's free. use_errno=True keeps errno for get_errno().
"""

import ctypes
import os
import sys

lib = ctypes.CDLL(os.environ.get("PASCAL_LIBRARY", "libpascal.so.1"), use_errno=True)
lib.pascal_row.argtypes = [ctypes.c_size_t, ctypes.POINTER(ctypes.c_size_t)]
lib.pascal_row.restype = ctypes.POINTER(ctypes.c_uint32)
lib.deallocate_vec.argtypes = [ctypes.POINTER(ctypes.c_uint32), ctypes.c_size_t]
lib.deallocate_vec.restype = None


def row(n: int) -> "list[int]":
    """Row n of the triangle, copied out of the library's memory."""
    size = ctypes.c_size_t(0)
    entries = lib.pascal_row(n, ctypes.byref(size))
    if not entries:
        if n == 0:
            return []
        code = ctypes.get_errno()
        raise OSError(code, f"pascal_row({n}): {os.strerror(code)}")
    try:
        return entries[: size.value]
    finally:
        lib.deallocate_vec(entries, size)


def main() -> int:
    print("pascal_row(10):", " ".join(str(entry) for entry in row(10)))
    print("pascal_row(35)[17]:", row(35)[17])
    return 0


if __name__ == "__main__":
    sys.exit(main())
