"""Splits a triangle (rows 1..rows one after another, as the library lays
them out) into one list per row."""

import sys
from typing import Callable, List

# CPython boxes every int in a list, so creating the int objects is most of
# the cost of a row; PyPy stores a list of ints unboxed, with nothing to share.
_BOXED_INTS = sys.implementation.name != "pypy"


def split_rows(copy: Callable[[int, int], List[int]], rows: int) -> List[List[int]]:
    """copy(offset, count) copies `count` entries from entry `offset` of the
    triangle. Where ints are boxed, only the first half of each row is copied:
    rows are symmetric, so the second half reuses the same immutable int
    objects in reverse, and half as many are created."""
    if not _BOXED_INTS:
        return [copy(r * (r - 1) // 2, r) for r in range(1, rows + 1)]
    result = []
    for r in range(1, rows + 1):
        half = copy(r * (r - 1) // 2, (r + 1) // 2)
        result.append(half + half[r // 2 - 1 :: -1] if r > 1 else half)
    return result
