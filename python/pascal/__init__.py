"""Rows of Pascal's triangle from libpascal, the C library.

Row n has n entries; entry k is C(n-1, k) mod 2**32 (exact up to n = 35).
Three ways to get a row, by who owns its memory:

    pascal_row(n)            copy-and-free: a list of ints; the library's array
                             is copied out and freed before the call returns.
    pascal_row_buffer(n)     handed to Python: a read-only memoryview (format
                             'I') of the library's own array, no copy; the
                             library frees it when the last view is gone.
    scoped_row_buffer(n)     the same view for a with-block; the library frees
                             the row when the block ends, on PyPy too.
    pascal_row_into(n, out)  caller-owned: fills a writable buffer you own
                             (bytearray, array.array('I'), numpy uint32 array).

Any entry or range of any row n < 2**64, without the row (O(log^2 n) to
start, then the row kernel's speed): pascal_entry(n, k); pascal_row_range(n,
k0, count) as a list, pascal_row_range_buffer (a read-only view of memory
Python owns, filled in place) and pascal_row_range_into (your buffer). An
index outside the row raises IndexError.

Many rows cross into C once: pascal_triangle(rows) is rows 1..rows as lists;
pascal_triangle_buffer, scoped_triangle_buffer and pascal_triangle_into give
the same rows one after another in one flat array, row r at r*(r-1)//2.

Bad input raises before C is called: TypeError (not an integer), ValueError
(negative), OverflowError (n does not fit in size_t); MemoryError when the
library cannot allocate row n.

Threads: the library has no global state and every call releases the GIL, so
any function may be called from any thread at the same time. Views are
read-only and may be shared; a buffer given to pascal_row_into must not be
used by another thread during the call.

The backend is cffi (default) or ctypes (PASCAL_BACKEND=ctypes); the library
loaded is the one shipped in this package, or PASCAL_LIBRARY.
"""

import array
import os
from typing import List, SupportsIndex

from . import _checks, _ownership
from ._contract import Backend
from ._ownership import RowScope
from ._ranges import Ranges
from ._version import __version__


def _load_backend(name: str) -> Backend:
    if name == "cffi":
        from . import _backend_cffi

        return _backend_cffi
    if name == "ctypes":
        from . import _backend_ctypes

        return _backend_ctypes
    raise ImportError(f"PASCAL_BACKEND={name!r}: expected 'cffi' or 'ctypes'")


BACKEND = os.environ.get("PASCAL_BACKEND", "cffi")
_backend = _load_backend(BACKEND)

LIBRARY_PATH: str = _backend.LIBRARY_PATH
_ranges = Ranges(_backend)

__all__ = [
    "BACKEND",
    "LIBRARY_PATH",
    "RowScope",
    "__version__",
    "library_version",
    "pascal_entry",
    "pascal_row",
    "pascal_row_buffer",
    "pascal_row_into",
    "pascal_row_range",
    "pascal_row_range_buffer",
    "pascal_row_range_into",
    "pascal_triangle",
    "pascal_triangle_buffer",
    "pascal_triangle_into",
    "scoped_row_buffer",
    "scoped_triangle_buffer",
]


def library_version() -> str:
    """The version of the loaded library, "MAJOR.MINOR.PATCH"."""
    return _backend.library_version()


# The calls every API makes, looked up once. A plain int in range is the
# common argument, checked inline; anything else goes to _checks, which
# converts it or raises the exception (and message) the documentation promises.
_row_alloc, _triangle_alloc, _free = _backend.row_alloc, _backend.triangle_alloc, _backend.array_free
_row_into, _triangle_into = _backend.row_into, _backend.triangle_into
_copy, _view, _scoped, _unpack = _ownership.copy, _ownership.view, _ownership.scoped, _ownership.unpack
_from_buffer, _release, _aligned, _fill_checked = (
    _ownership.from_buffer,
    _ownership.release,
    _ownership.aligned,
    _ownership.fill_checked,
)
# array.array's items start at their own allocation, so they are always
# aligned: its empty buffer may not be, but then nothing is written (n = 0)
# or the size check fails first. Its real type, never out.__class__, which
# any class can make say array.array.
_UINT32_ARRAY, _NULL, _array, _type = _ownership.UINT32_ARRAY, _ownership.NULL, array.array, type
_row_length, _triangle_entries = _checks.row_length, _checks.triangle_entries
SIZE_MAX = _checks.SIZE_MAX
_TRIANGLE_MAX = _checks.TRIANGLE_MAX


def pascal_row(n: SupportsIndex) -> List[int]:
    """Row n as a new list of n ints (copy-and-free). pascal_row(0) == []."""
    length = n if type(n) is int and 0 <= n <= SIZE_MAX else _row_length(n)
    return _copy(_row_alloc, _free, "pascal_row", length, _unpack)


def pascal_row_buffer(n: SupportsIndex) -> memoryview:
    """Row n without a copy: a read-only memoryview, format 'I', of the array
    the library allocated. The library frees it when the last view of it
    (slices included) is gone: at once on CPython, at a collection on PyPy.
    Use scoped_row_buffer() to free it at a known point instead."""
    length = n if type(n) is int and 0 <= n <= SIZE_MAX else _row_length(n)
    return _view(_row_alloc, _free, "pascal_row", length)


def scoped_row_buffer(n: SupportsIndex) -> RowScope:
    """Row n as pascal_row_buffer() gives it, freed when the with-block ends:

        with scoped_row_buffer(n) as view:
            total = sum(view)

    A view derived inside the block (a slice, a NumPy array over it) must not
    outlive the block: CPython then raises BufferError and keeps the row until
    that view is gone; PyPy cannot detect it."""
    length = n if type(n) is int and 0 <= n <= SIZE_MAX else _row_length(n)
    return _scoped(_row_alloc, _free, "pascal_row", length)


def pascal_row_into(n: SupportsIndex, out: object) -> int:
    """Writes row n into `out`, a writable, C-contiguous buffer of at least
    4*n bytes aligned for uint32 (caller-owned; nothing is allocated).
    Returns n. Raises TypeError for a read-only or non-buffer `out` and
    ValueError for one too small or misaligned, before C is called."""
    length = n if type(n) is int and 0 <= n <= SIZE_MAX else _row_length(n)
    # The fast path of _ownership.fill_checked, written out here: at n = 10 a
    # Python call layer costs as much as all the checks.
    try:
        target = _from_buffer(_UINT32_ARRAY, out, True)
    except Exception:  # not a writable, contiguous buffer: fill_checked says which
        return _fill_checked(_row_into, length, length, out, "pascal_row_into", "row {}")
    try:
        capacity = len(target)
        if capacity >= length and (length == 0 or _type(out) is _array or _aligned(target)):
            return _row_into(length, target, capacity) if length else _row_into(0, _NULL, 0)
    finally:
        _release(target)
    return _fill_checked(_row_into, length, length, out, "pascal_row_into", "row {}")


def pascal_triangle(rows: SupportsIndex) -> List[List[int]]:
    """Rows 1..rows as lists, from one call into C (copy-and-free):
    pascal_triangle(3) == [[1], [1, 1], [1, 2, 1]]."""
    count = rows if type(rows) is int and 0 <= rows <= _TRIANGLE_MAX else _triangle_entries(rows)[0]
    return _copy(_triangle_alloc, _free, "pascal_triangle", count, _ownership.unpack_triangle(count))


def pascal_triangle_buffer(rows: SupportsIndex) -> memoryview:
    """Rows 1..rows without a copy: one read-only memoryview, format 'I', of
    the library's array, row r at [r*(r-1)//2 : r*(r+1)//2]. Freed by the
    library as pascal_row_buffer() is."""
    count = rows if type(rows) is int and 0 <= rows <= _TRIANGLE_MAX else _triangle_entries(rows)[0]
    return _view(_triangle_alloc, _free, "pascal_triangle", count)


def scoped_triangle_buffer(rows: SupportsIndex) -> RowScope:
    """pascal_triangle_buffer() for a with-block, freed when it ends, under
    the rules of scoped_row_buffer()."""
    count = rows if type(rows) is int and 0 <= rows <= _TRIANGLE_MAX else _triangle_entries(rows)[0]
    return _scoped(_triangle_alloc, _free, "pascal_triangle", count)


def pascal_triangle_into(rows: SupportsIndex, out: object) -> int:
    """Writes rows 1..rows, one after another, into `out` (caller-owned, as
    for pascal_row_into) and returns the entry count rows*(rows+1)//2."""
    count = rows if type(rows) is int and 0 <= rows <= _TRIANGLE_MAX else _triangle_entries(rows)[0]
    entries = count * (count + 1) >> 1
    try:  # as in pascal_row_into
        target = _from_buffer(_UINT32_ARRAY, out, True)
    except Exception:
        return _fill_checked(_triangle_into, count, entries, out, "pascal_triangle_into", "a triangle of {} rows")
    try:
        capacity = len(target)
        if capacity >= entries and (count == 0 or _type(out) is _array or _aligned(target)):
            return _triangle_into(count, target, capacity) if count else _triangle_into(0, _NULL, 0)
    finally:
        _release(target)
    return _fill_checked(_triangle_into, count, entries, out, "pascal_triangle_into", "a triangle of {} rows")


def pascal_entry(n: SupportsIndex, k: SupportsIndex) -> int:
    """Entry k of row n, C(n-1, k) mod 2**32, for any 0 <= k < n < 2**64,
    without computing the row. IndexError if k is not in the row."""
    return _ranges.entry(n, k)


def pascal_row_range(n: SupportsIndex, k0: SupportsIndex, count: SupportsIndex) -> List[int]:
    """Entries k0 .. k0+count-1 of row n as a list. IndexError if they leave
    the row."""
    return _ranges.range_list(n, k0, count)


def pascal_row_range_buffer(n: SupportsIndex, k0: SupportsIndex, count: SupportsIndex) -> memoryview:
    """The same entries without a list: a read-only memoryview (format 'I')
    of memory Python owns, which the library filled in place."""
    return _ranges.range_buffer(n, k0, count)


def pascal_row_range_into(n: SupportsIndex, k0: SupportsIndex, count: SupportsIndex, out: object) -> int:
    """Writes entries k0 .. k0+count-1 of row n into `out` (caller-owned, as
    for pascal_row_into: at least 4*count bytes) and returns count."""
    return _ranges.range_into(n, k0, count, out)
