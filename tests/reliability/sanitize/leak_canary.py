"""Leaks one row on purpose, straight through ctypes, so that scripts/sanitize
can check that LeakSanitizer still reports leaks of libpascal's allocations
with the Python suppressions in place. Must fail under ASan.

    leak_canary.py /path/to/libpascal.so
"""

import ctypes
import sys

library = ctypes.CDLL(sys.argv[1])
library.pascal_row.restype = ctypes.c_void_p
library.pascal_row.argtypes = [ctypes.c_size_t, ctypes.POINTER(ctypes.c_size_t)]
size = ctypes.c_size_t()
assert library.pascal_row(1000, ctypes.byref(size)) is not None and size.value == 1000
