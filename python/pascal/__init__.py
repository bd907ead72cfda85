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

import os
from typing import List, SupportsIndex

from ._contract import Backend
from ._ownership import RowScope, Sized
from ._public import implements
from ._ranges import Ranged
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

# The API's three families, each over the backend's calls. Every function
# below is one of their forms, declared here with its signature and manual
# and made that form by @implements (see _public, _ownership and _ranges).
_ROWS: "Sized[int]" = Sized(
    "pascal_row", "row {}", _backend.row_alloc, _backend.row_into, _backend.array_free, triangular=False
)
_TRIANGLES: "Sized[List[int]]" = Sized(
    "pascal_triangle",
    "a triangle of {} rows",
    _backend.triangle_alloc,
    _backend.triangle_into,
    _backend.array_free,
    triangular=True,
)
_RANGES = Ranged(_backend.entry, _backend.row_range)

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


@implements(_ROWS.listed)
def pascal_row(n: SupportsIndex) -> List[int]:
    """Row n as a new list of n ints (copy-and-free). pascal_row(0) == []."""


@implements(_ROWS.viewed)
def pascal_row_buffer(n: SupportsIndex) -> memoryview:
    """Row n without a copy: a read-only memoryview, format 'I', of the array
    the library allocated. The library frees it when the last view of it
    (slices included) is gone: at once on CPython, at a collection on PyPy.
    Use scoped_row_buffer() to free it at a known point instead."""


@implements(_ROWS.scoped)
def scoped_row_buffer(n: SupportsIndex) -> RowScope:
    """Row n as pascal_row_buffer() gives it, freed when the with-block ends:

        with scoped_row_buffer(n) as view:
            total = sum(view)

    A view derived inside the block (a slice, a NumPy array over it) must not
    outlive the block: CPython then raises BufferError and keeps the row until
    that view is gone; PyPy cannot detect it."""


@implements(_ROWS.filled)
def pascal_row_into(n: SupportsIndex, out: object) -> int:
    """Writes row n into `out`, a writable, C-contiguous buffer of at least
    4*n bytes aligned for uint32 (caller-owned; nothing is allocated).
    Returns n. Raises TypeError for a read-only or non-buffer `out` and
    ValueError for one too small or misaligned, before C is called."""


@implements(_TRIANGLES.listed)
def pascal_triangle(rows: SupportsIndex) -> List[List[int]]:
    """Rows 1..rows as lists, from one call into C (copy-and-free):
    pascal_triangle(3) == [[1], [1, 1], [1, 2, 1]]."""


@implements(_TRIANGLES.viewed)
def pascal_triangle_buffer(rows: SupportsIndex) -> memoryview:
    """Rows 1..rows without a copy: one read-only memoryview, format 'I', of
    the library's array, row r at [r*(r-1)//2 : r*(r+1)//2]. Freed by the
    library as pascal_row_buffer() is."""


@implements(_TRIANGLES.scoped)
def scoped_triangle_buffer(rows: SupportsIndex) -> RowScope:
    """pascal_triangle_buffer() for a with-block, freed when it ends, under
    the rules of scoped_row_buffer()."""


@implements(_TRIANGLES.filled)
def pascal_triangle_into(rows: SupportsIndex, out: object) -> int:
    """Writes rows 1..rows, one after another, into `out` (caller-owned, as
    for pascal_row_into) and returns the entry count rows*(rows+1)//2."""


@implements(_RANGES.entry)
def pascal_entry(n: SupportsIndex, k: SupportsIndex) -> int:
    """Entry k of row n, C(n-1, k) mod 2**32, for any 0 <= k < n < 2**64,
    without computing the row. IndexError if k is not in the row."""


@implements(_RANGES.listed)
def pascal_row_range(n: SupportsIndex, k0: SupportsIndex, count: SupportsIndex) -> List[int]:
    """Entries k0 .. k0+count-1 of row n as a list. IndexError if they leave
    the row."""


@implements(_RANGES.viewed)
def pascal_row_range_buffer(n: SupportsIndex, k0: SupportsIndex, count: SupportsIndex) -> memoryview:
    """The same entries without a list: a read-only memoryview (format 'I')
    of memory Python owns, which the library filled in place."""


@implements(_RANGES.filled)
def pascal_row_range_into(n: SupportsIndex, k0: SupportsIndex, count: SupportsIndex, out: object) -> int:
    """Writes entries k0 .. k0+count-1 of row n into `out` (caller-owned, as
    for pascal_row_into: at least 4*count bytes) and returns count."""
