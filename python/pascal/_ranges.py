"""Any entry, any range of any row (n < 2**64), without computing the row:
pascal_entry, and pascal_row_range in the ownership forms of _ownership. The
library finds the first entry in O(log^2 n) steps and continues at the row
kernel's speed; the memory is always Python's (the C function only fills a
buffer), so nothing here is freed by the library: LIST and VIEW hold memory
from ffi.new, and filled writes into the caller's buffer."""

from typing import Any, Callable, List, Literal, SupportsIndex, Union, overload

from . import _checks, _errors
from ._checks import ENTRY_SIZE
from ._native import ffi
from ._ownership import LIST, Form, fill_checked

_new, _unpack, _buffer = ffi.new, ffi.unpack, ffi.buffer
_UINT32, _UINT32_ARRAY = ffi.typeof("uint32_t *"), ffi.typeof("uint32_t[]")
# entry(n, k, out) -> 0 or an errno value: pascal_entry
Entry = Callable[[int, int, Any], int]
# row_range(n, k0, target, count) -> entries written: pascal_row_range
RowRange = Callable[[int, int, Any, int], int]


class Ranged:
    """pascal_entry and pascal_row_range over one backend's two calls."""

    __slots__ = ("_entry", "_row_range")

    def __init__(self, entry: Entry, row_range: RowRange) -> None:
        self._entry, self._row_range = entry, row_range

    def entry(self, n: SupportsIndex, k: SupportsIndex) -> int:
        """Entry k of row n: IndexError if k is not in the row."""
        row, index = _checks.row_index(n, "n"), _checks.row_index(k, "k")
        if index >= row:
            raise IndexError(f"k = {index} is not an index of row {row}, which has {row} entries")
        out = _new(_UINT32)
        entry = self._entry  # called through a local: _ownership's CALLS_THROUGH_LOCALS
        error = entry(row, index, out)
        if error:
            raise _errors.from_errno(f"pascal_entry({row}, {index})", error)
        return int(out[0])

    def _fill(self, row: int, start: int, target: Any, count: int) -> int:
        row_range = self._row_range  # as in entry()
        if count and row_range(row, start, target, count) != count:
            # _checks.row_range rules out both of C's errors (EDOM, EINVAL).
            raise RuntimeError(f"pascal_row_range({row}, {start}, ..., {count}) refused a range it should take")
        return count

    @overload
    def allocated(
        self, n: SupportsIndex, k0: SupportsIndex, count: SupportsIndex, form: Literal[Form.LIST]
    ) -> List[int]: ...
    @overload
    def allocated(
        self, n: SupportsIndex, k0: SupportsIndex, count: SupportsIndex, form: Literal[Form.VIEW]
    ) -> memoryview: ...

    def allocated(
        self, n: SupportsIndex, k0: SupportsIndex, count: SupportsIndex, form: Form
    ) -> Union[List[int], memoryview]:
        """Entries k0 .. k0+count-1 of row n in memory Python owns: a list
        (LIST), or a read-only view freed with its last view (VIEW)."""
        row, start, length = _checks.row_range(n, k0, count)
        target = _new(_UINT32_ARRAY, length)
        self._fill(row, start, target, length)
        if form is LIST:
            values: List[int] = _unpack(target, length)
            return values
        return memoryview(_buffer(target, ENTRY_SIZE * length)).cast("I").toreadonly()

    def filled(self, n: SupportsIndex, k0: SupportsIndex, count: SupportsIndex, out: object) -> int:
        """Writes the entries into the caller's `out`; returns count."""
        row, start, length = _checks.row_range(n, k0, count)
        # The buffer checks and messages of the rows' into form, written once there.
        return fill_checked(
            lambda entries, target, _capacity: self._fill(row, start, target, entries),
            length,
            length,
            out,
            "pascal_row_range_into",
            "a range of {} entries",
        )
