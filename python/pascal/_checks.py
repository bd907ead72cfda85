"""Argument checks shared by both backends: bad input becomes a Python
exception here, before anything crosses into C."""

import operator
import struct
from typing import SupportsIndex

SIZE_MAX = 2 ** (8 * struct.calcsize("N")) - 1
ENTRY_SIZE = 4  # sizeof(uint32_t)


def row_length(n: SupportsIndex) -> int:
    """n as a size_t: any integer (int, bool, numpy integer), never a float."""
    try:
        length = operator.index(n)
    except TypeError:
        raise TypeError(f"n must be an integer, not {type(n).__name__}") from None
    if length < 0:
        raise ValueError(f"n must be >= 0, got {length}")
    if length > SIZE_MAX:
        raise OverflowError(f"n = {length} does not fit in size_t (at most {SIZE_MAX})")
    return length


def writable_view(out: object, n: int) -> memoryview:
    """A memoryview of `out` that can hold row n. While the view is alive the
    buffer cannot be resized, so the size checked here stays true for the call."""
    try:
        view = memoryview(out)  # type: ignore[arg-type]
    except TypeError:
        raise TypeError(
            f"out must be a writable buffer (bytearray, array.array('I'), numpy uint32 array), "
            f"not {type(out).__name__}") from None
    try:
        if view.readonly:
            raise TypeError(f"out is a read-only {type(out).__name__}: pascal_row_into needs a writable buffer")
        if not view.c_contiguous:
            raise TypeError("out must be C-contiguous")
        if view.nbytes < ENTRY_SIZE * n:
            raise ValueError(f"out has {view.nbytes} bytes, row {n} needs {ENTRY_SIZE * n}")
    except BaseException:
        view.release()
        raise
    return view
