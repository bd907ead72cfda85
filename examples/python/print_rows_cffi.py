"""libpascal from Python through the pascal package (cffi, ABI mode): print
row 10 and entry 17 of row 35.

Gotchas: the package loads the libpascal.so.1 shipped inside it (or the file
PASCAL_LIBRARY names), by absolute path; cffi is its default backend
(PASCAL_BACKEND=ctypes picks the other). Entries are uint32_t, which become
Python ints, so 2333606220 stays positive. pascal_row() copies the row and
frees the library's array before returning; scoped_row_buffer() lends the
array itself as a memoryview and hands it back to deallocate_vec when the
with-block ends, so the view must not escape the block. Neither ever calls
free().
"""

import sys

import pascal


def main() -> int:
    print("pascal_row(10):", " ".join(str(entry) for entry in pascal.pascal_row(10)))
    with pascal.scoped_row_buffer(35) as row:
        print("pascal_row(35)[17]:", row[17])
    return 0


if __name__ == "__main__":
    sys.exit(main())
