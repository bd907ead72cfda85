"""The original Rust library through ctypes, with the same wrapper shape as the
cffi one, so the two rows differ by the FFI alone."""

import ctypes
from typing import Callable, List

U32_POINTER = ctypes.POINTER(ctypes.c_uint32)


def load(library_path: str) -> Callable[[int], List[int]]:
    lib = ctypes.CDLL(library_path)
    lib.pascal_row.argtypes = [ctypes.c_size_t, ctypes.POINTER(ctypes.c_size_t)]
    lib.pascal_row.restype = U32_POINTER
    lib.deallocate_vec.argtypes = [U32_POINTER, ctypes.c_size_t]
    lib.deallocate_vec.restype = None

    def pascal_row(n: int) -> List[int]:
        size = ctypes.c_size_t()
        arr = lib.pascal_row(n, ctypes.byref(size))
        try:
            return [arr[i] for i in range(size.value)]
        finally:
            lib.deallocate_vec(arr, size.value)

    return pascal_row
