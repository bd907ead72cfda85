"""The ctypes backend (PASCAL_BACKEND=ctypes): the same API from the standard
library alone. Every function's argtypes and restype are declared: without a
restype ctypes assumes int and truncates returned pointers. CDLL calls release
the GIL; use_errno=True keeps each thread's errno from the call."""

import ctypes
import sys
import weakref
from ctypes import POINTER, c_char_p, c_size_t, c_uint32, c_void_p
from typing import Callable, Dict, List, Optional, Tuple, Type, TypeVar

from . import _errors, _loader
from ._checks import ENTRY_SIZE
from ._ownership import OwnedRow, empty_row
from ._triangle import split_rows

T = TypeVar("T")

def _open(path: str) -> ctypes.CDLL:
    return ctypes.CDLL(path, use_errno=True)


def _version_number(library: ctypes.CDLL) -> int:
    library.pascal_version_number.argtypes = []
    library.pascal_version_number.restype = c_uint32
    return int(library.pascal_version_number())


def _bind(library: ctypes.CDLL) -> None:
    library.pascal_version_string.argtypes = []
    library.pascal_version_string.restype = c_char_p
    # The row as a plain address (an int, None for NULL): the views below are
    # made from the address, and no pointer object is built per call.
    library.pascal_row.argtypes = [c_size_t, POINTER(c_size_t)]
    library.pascal_row.restype = c_void_p
    library.deallocate_vec.argtypes = [c_void_p, c_size_t]
    library.deallocate_vec.restype = None
    library.pascal_row_into.argtypes = [c_size_t, POINTER(c_uint32), c_size_t]
    library.pascal_row_into.restype = c_size_t
    library.pascal_triangle.argtypes = [c_size_t, POINTER(c_size_t)]
    library.pascal_triangle.restype = c_void_p
    library.pascal_triangle_into.argtypes = [c_size_t, POINTER(c_uint32), c_size_t]
    library.pascal_triangle_into.restype = c_size_t


lib, LIBRARY_PATH = _loader.load(_open, _version_number, _bind)


def library_version() -> str:
    version: bytes = lib.pascal_version_string()
    return version.decode("ascii")


# A ctypes array type per row length would be created anew for each n (tens
# of microseconds) and ctypes never forgets one it made, so rows are viewed
# through arrays of a power-of-two length >= n, cut down to n entries.
_array_types: Dict[int, Type["ctypes.Array[c_uint32]"]] = {}


def _raw_view(row: int, count: int) -> memoryview:
    """count entries at address `row` as a writable 'I' view whose exporter is a ctypes array."""
    exponent = max(count - 1, 0).bit_length()
    array_type = _array_types.get(exponent)
    if array_type is None:
        array_type = _array_types.setdefault(exponent, c_uint32 * (1 << exponent))
    array = array_type.from_address(row)
    return memoryview(array).cast("B")[:ENTRY_SIZE * count].cast("I")


def _copy_through_ctypes(row: int, count: int) -> List[int]:
    with _raw_view(row, count) as view:
        return view.tolist()


def _copy_through_cffi(row: int, count: int) -> List[int]:
    values: List[int] = _pypy_ffi.unpack(_pypy_ffi.cast("uint32_t *", row), count)
    return values


def _own_through_ctypes(row: int, count: int, scoped: bool) -> OwnedRow:
    view = _raw_view(row, count)
    exporter = view.obj
    return OwnedRow(view.toreadonly(), exporter, weakref.finalize(exporter, lib.deallocate_vec, row, count))


def _own_through_cffi(row: int, count: int, scoped: bool) -> OwnedRow:
    pointer = _pypy_ffi.cast("uint32_t *", row)
    # The size hint makes PyPy collect sooner; a scoped row needs no collection.
    owned = _pypy_ffi.gc(pointer, lambda _: lib.deallocate_vec(row, count),
                         size=0 if scoped else ENTRY_SIZE * count)
    exporter = _pypy_ffi.buffer(owned, ENTRY_SIZE * count)

    def free_now() -> None:
        _pypy_ffi.release(owned)
    return OwnedRow(memoryview(exporter).cast("I").toreadonly(), exporter, free_now)


# PyPy's ctypes falls short twice, where its built-in cffi (always there) does
# not: a memoryview of a ctypes array keeps only the raw memory alive, not the
# array, so a finalizer on the array would free memory still in view; and
# tolist() on it builds the list entry by entry (100 us for 1000 entries against
# 1 us for cffi's unpack, bench/python_api.py). So on PyPy rows are copied and
# viewed through cffi; calls still go through ctypes.
if sys.implementation.name == "pypy":
    import _cffi_backend

    _pypy_ffi = _cffi_backend.FFI()
    _copy, _own = _copy_through_cffi, _own_through_cffi
else:
    _copy, _own = _copy_through_ctypes, _own_through_ctypes


def _allocate(function: Callable[..., Optional[int]], call: str, n: int) -> Tuple[Optional[int], int]:
    """(address, entries) from pascal_row or pascal_triangle; None and 0 for n == 0."""
    size = c_size_t()
    array: Optional[int] = function(n, ctypes.byref(size))
    if array is None and n != 0:
        raise _errors.from_errno(f"{call}({n})", ctypes.get_errno())
    return array, size.value


def _copy_array(function: Callable[..., Optional[int]], call: str, n: int,
                read: Callable[[int, int], List[T]]) -> List[T]:
    """read(address, entries) of what function allocated, which is freed in
    every case; [] for n == 0."""
    array, count = _allocate(function, call, n)
    if array is None:
        return []
    try:
        return read(array, count)
    finally:
        lib.deallocate_vec(array, count)


def _own_array(function: Callable[..., Optional[int]], call: str, n: int, scoped: bool) -> OwnedRow:
    array, count = _allocate(function, call, n)
    if array is None:
        return empty_row()
    return _own(array, count, scoped)


def _fill(function: Callable[..., int], n: int, out: memoryview) -> int:
    if n == 0:  # nothing is written, so the buffer's address does not matter
        return int(function(0, None, 0))
    capacity = out.nbytes // ENTRY_SIZE
    target = c_uint32.from_buffer(out) if capacity else None
    if target is not None and ctypes.addressof(target) % ENTRY_SIZE:
        del target  # its export of `out` would outlive the call in the traceback
        raise ValueError("out is not aligned for uint32_t (a slice starting at an odd byte?)")
    return int(function(n, ctypes.byref(target) if target is not None else None, capacity))


def copy_row(n: int) -> List[int]:
    return _copy_array(lib.pascal_row, "pascal_row", n, _copy)


def owned_row(n: int, scoped: bool) -> OwnedRow:
    return _own_array(lib.pascal_row, "pascal_row", n, scoped)


def row_into(n: int, out: memoryview) -> int:
    return _fill(lib.pascal_row_into, n, out)


def copy_triangle(rows: int) -> List[List[int]]:
    return _copy_array(lib.pascal_triangle, "pascal_triangle", rows, lambda address, _: split_rows(
        lambda offset, entries: _copy(address + ENTRY_SIZE * offset, entries), rows))


def owned_triangle(rows: int, scoped: bool) -> OwnedRow:
    return _own_array(lib.pascal_triangle, "pascal_triangle", rows, scoped)


def triangle_into(rows: int, out: memoryview) -> int:
    return _fill(lib.pascal_triangle_into, rows, out)
