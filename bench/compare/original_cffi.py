"""The original milksnake-style wrapper: the Rust library through cffi's ABI
mode, the list built entry by entry, the vector handed back in `finally`."""
from typing import Callable, List

from _original_rust_ffi import ffi


def load(library_path: str) -> Callable[[int], List[int]]:
    lib = ffi.dlopen(library_path)

    def pascal_row(n: int) -> List[int]:
        size = ffi.new("size_t *")
        arr = lib.pascal_row(n, size)
        try:
            return [arr[i] for i in range(size[0])]
        finally:
            lib.deallocate_vec(arr, size[0])

    return pascal_row
