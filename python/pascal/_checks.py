"""Argument checks shared by both backends: bad input becomes a Python
exception here, before anything crosses into C."""

import math
import operator
import struct
from typing import SupportsIndex, Tuple

ENTRY_SIZE = 4  # sizeof(uint32_t)
SIZE_MAX = 2 ** (8 * struct.calcsize("N")) - 1
# The most rows whose entry count rows * (rows + 1) / 2 is still a size_t.
TRIANGLE_MAX = (math.isqrt(8 * SIZE_MAX + 1) - 1) // 2


def _unsigned(value: SupportsIndex, name: str, maximum: int, c_type: str) -> int:
    """value as a C unsigned integer up to `maximum`: any integer (int, bool,
    numpy integer), never a float."""
    try:
        # A plain int: on PyPy operator.index() hands back an int subclass
        # as it is, whose comparisons could lie.
        number = int.__index__(operator.index(value))
    except TypeError:
        raise TypeError(f"{name} must be an integer, not {type(value).__name__}") from None
    if number < 0:
        raise ValueError(f"{name} must be >= 0, got {number}")
    if number > maximum:
        raise OverflowError(f"{name} = {number} does not fit in {c_type} (at most {maximum})")
    return number


def size_argument(value: SupportsIndex, name: str) -> int:
    """value as a size_t."""
    return _unsigned(value, name, SIZE_MAX, "size_t")


UINT64_MAX = 2**64 - 1


def row_index(value: SupportsIndex, name: str) -> int:
    """value as a uint64_t row or entry index (pascal_entry, pascal_row_range)."""
    return _unsigned(value, name, UINT64_MAX, "uint64_t")


def row_range(n: SupportsIndex, k0: SupportsIndex, count: SupportsIndex) -> Tuple[int, int, int]:
    """(n, k0, count) for entries k0 .. k0+count-1 of row n; IndexError if
    they leave the row (what C reports as EDOM)."""
    row, start, length = row_index(n, "n"), row_index(k0, "k0"), size_argument(count, "count")
    if start + length > row:
        if length == 0:
            raise IndexError(f"k0 = {start} is past the end of row {row}, which has {row} entries")
        raise IndexError(f"entries {start}..{start + length - 1} are not all in row {row}, which has {row} entries")
    return row, start, length


def row_length(n: SupportsIndex) -> int:
    """The length of row n, which is n."""
    return size_argument(n, "n")


def triangle_entries(rows: SupportsIndex) -> Tuple[int, int]:
    """(rows, entries of rows 1..rows), the entry count rows * (rows + 1) / 2
    also a size_t."""
    count = size_argument(rows, "rows")
    entries = count * (count + 1) // 2
    if entries > SIZE_MAX:
        raise OverflowError(f"a triangle of {count} rows has {entries} entries, more than size_t counts")
    return count, entries


def writable_view(out: object, entries: int, call: str, what: str) -> memoryview:
    """A memoryview of `out` that can hold `entries` entries, for `call` to
    fill with `what` (both named in the messages). While the view is alive the
    buffer cannot be resized, so the size checked here stays true for the call."""
    try:
        view = memoryview(out)  # type: ignore[arg-type]
    except TypeError:
        raise TypeError(
            f"out must be a writable buffer (bytearray, array.array('I'), numpy uint32 array), not {type(out).__name__}"
        ) from None
    try:
        if view.readonly:
            raise TypeError(f"out is a read-only {type(out).__name__}: {call} needs a writable buffer")
        if not view.c_contiguous:
            raise TypeError("out must be C-contiguous")
        if view.nbytes < ENTRY_SIZE * entries:
            raise ValueError(f"out has {view.nbytes} bytes, {what} needs {ENTRY_SIZE * entries}")
    except BaseException:
        view.release()
        raise
    return view
