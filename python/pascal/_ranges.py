"""Any entry, any range of any row (n < 2**64), without computing the row:
pascal_entry, and pascal_row_range in the ownership forms of _ownership. The
library finds the first entry in O(log^2 n) steps and continues at the row
kernel's speed; the memory is always Python's (the C function only fills a
buffer), so nothing here is freed by the library: listed and viewed hold memory
from ffi.new, and filled writes into the caller's buffer."""

from typing import Any, Callable, List, SupportsIndex

from . import _checks, _errors
from ._checks import ENTRY_SIZE
from ._native import ffi
from ._ownership import fill_checked

_new, _unpack, _buffer = ffi.new, ffi.unpack, ffi.buffer
_UINT32, _UINT32_ARRAY = ffi.typeof("uint32_t *"), ffi.typeof("uint32_t[]")
# entry(n, k, out) -> 0 or an errno value: pascal_entry
Entry = Callable[[int, int, Any], int]
# row_range(n, k0, target, count) -> entries written: pascal_row_range
RowRange = Callable[[int, int, Any, int], int]


class Ranged:
    """pascal_entry and pascal_row_range over one backend's two calls: four
    functions made here, which are the public functions themselves, as
    _ownership.Sized's are."""

    __slots__ = ("entry", "listed", "viewed", "filled")

    def __init__(self, entry_call: Entry, row_range: RowRange) -> None:
        def entry(n: SupportsIndex, k: SupportsIndex) -> int:
            """Entry k of row n: IndexError if k is not in the row."""
            row, index = _checks.row_index(n, "n"), _checks.row_index(k, "k")
            if index >= row:
                raise IndexError(f"k = {index} is not an index of row {row}, which has {row} entries")
            out = _new(_UINT32)
            error = entry_call(row, index, out)
            if error:
                raise _errors.from_errno(f"pascal_entry({row}, {index})", error)
            return int(out[0])

        def fill(row: int, start: int, target: Any, length: int) -> int:
            if length and row_range(row, start, target, length) != length:
                # _checks.row_range rules out both of C's errors (EDOM, EINVAL).
                raise RuntimeError(f"pascal_row_range({row}, {start}, ..., {length}) refused a range it should take")
            return length

        def listed(n: SupportsIndex, k0: SupportsIndex, count: SupportsIndex) -> List[int]:
            """The entries as a list, from memory Python owns."""
            row, start, length = _checks.row_range(n, k0, count)
            target = _new(_UINT32_ARRAY, length)
            fill(row, start, target, length)
            values: List[int] = _unpack(target, length)
            return values

        def viewed(n: SupportsIndex, k0: SupportsIndex, count: SupportsIndex) -> memoryview:
            """The entries behind a read-only view of memory Python owns."""
            row, start, length = _checks.row_range(n, k0, count)
            target = _new(_UINT32_ARRAY, length)
            fill(row, start, target, length)
            return memoryview(_buffer(target, ENTRY_SIZE * length)).cast("I").toreadonly()

        def filled(n: SupportsIndex, k0: SupportsIndex, count: SupportsIndex, out: object) -> int:
            """Writes the entries into the caller's `out`; returns count."""
            row, start, length = _checks.row_range(n, k0, count)
            # The buffer checks and messages of the rows' into form, written once there.
            return fill_checked(
                lambda entries, target, _capacity: fill(row, start, target, entries),
                length,
                length,
                out,
                "pascal_row_range_into",
                "a range of {} entries",
            )

        self.entry: Callable[[SupportsIndex, SupportsIndex], int] = entry
        self.listed: Callable[[SupportsIndex, SupportsIndex, SupportsIndex], List[int]] = listed
        self.viewed: Callable[[SupportsIndex, SupportsIndex, SupportsIndex], memoryview] = viewed
        self.filled: Callable[[SupportsIndex, SupportsIndex, SupportsIndex, object], int] = filled
