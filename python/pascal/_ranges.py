"""Any entry, any range of any row (n < 2**64), without computing the row:
pascal_entry, and pascal_row_range under the three ownership models. The
library finds the first entry in O(log^2 n) steps and continues at the row
kernel's speed; the memory is always Python's (the C function only fills a
buffer), so nothing here is freed by the library."""

from typing import Any, List, SupportsIndex

from . import _checks, _errors, _ownership
from ._checks import ENTRY_SIZE
from ._contract import Backend
from ._native import ffi


class Ranges:
    """The four functions over one backend (bound by __init__)."""

    __slots__ = ("_backend",)

    def __init__(self, backend: Backend) -> None:
        self._backend = backend

    def entry(self, n: SupportsIndex, k: SupportsIndex) -> int:
        row, index = _checks.row_index(n, "n"), _checks.row_index(k, "k")
        if index >= row:
            raise IndexError(f"k = {index} is not an index of row {row}, which has {row} entries")
        out = ffi.new("uint32_t *")
        error = self._backend.entry(row, index, out)
        if error:
            raise _errors.from_errno(f"pascal_entry({row}, {index})", error)
        return int(out[0])

    def _fill(self, row: int, start: int, target: Any, count: int) -> None:
        if count and self._backend.row_range(row, start, target, count) != count:
            # The checks above rule out both of C's errors (EDOM, EINVAL).
            raise RuntimeError(f"pascal_row_range({row}, {start}, ..., {count}) refused a range it should take")

    def range_list(self, n: SupportsIndex, k0: SupportsIndex, count: SupportsIndex) -> List[int]:
        row, start, length = _checks.row_range(n, k0, count)
        if length == 0:
            return []
        target = ffi.new("uint32_t[]", length)
        self._fill(row, start, target, length)
        values: List[int] = ffi.unpack(target, length)
        return values

    def range_buffer(self, n: SupportsIndex, k0: SupportsIndex, count: SupportsIndex) -> memoryview:
        row, start, length = _checks.row_range(n, k0, count)
        target = ffi.new("uint32_t[]", length)  # Python's memory, freed with the last view
        self._fill(row, start, target, length)
        return memoryview(ffi.buffer(target, ENTRY_SIZE * length)).cast("I").toreadonly()

    def range_into(self, n: SupportsIndex, k0: SupportsIndex, count: SupportsIndex, out: object) -> int:
        row, start, length = _checks.row_range(n, k0, count)

        def into(entries: int, target: Any, _capacity: int) -> int:
            self._fill(row, start, target, entries)
            return entries

        # The buffer checks and messages of pascal_row_into, written once there.
        return _ownership.fill_checked(into, length, length, out, "pascal_row_range_into", "a range of {} entries")
