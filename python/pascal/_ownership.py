"""The handed-to-Python ownership model: a row the library allocated, seen
through read-only memoryviews and freed by the library when the last view goes
(OwnedRow), or earlier at the end of a with-block (RowScope)."""

import array
import sys
import weakref
from types import TracebackType
from typing import Callable, NamedTuple, Optional, Type

# With reference counting, "no view of the row is left" can be proved at once;
# PyPy's collector cannot tell without a full collection.
_REFCOUNTED = sys.implementation.name == "cpython"


class OwnedRow(NamedTuple):
    view: memoryview  # read-only, format 'I'
    exporter: object  # the object every view of the row keeps alive; it frees the row when collected
    free_now: Callable[[], None]  # frees the row at once; later collection of `exporter` then does nothing


class RowScope:
    """Context manager of scoped_row_buffer(): the view for the with-block, and
    the row freed by the library when the block ends, without waiting for a
    collection (which PyPy runs late).

    A view derived from it that outlives the block (a slice, memoryview(view),
    a NumPy array) would point at freed memory. CPython sees such views (they
    keep the exporter alive, or hold an export of the view) and then keeps the
    row, raising BufferError; PyPy cannot see them, so there they must not
    outlive the block."""

    __slots__ = ("_view", "_exporter", "_free_now")

    def __init__(self, row: OwnedRow) -> None:
        self._view: Optional[memoryview] = row.view
        self._exporter = weakref.ref(row.exporter)
        self._free_now: Optional[Callable[[], None]] = row.free_now

    def __enter__(self) -> memoryview:
        if self._view is None:
            raise ValueError("this row has already been released")
        return self._view

    def __exit__(self, exc_type: Optional[Type[BaseException]], exc: Optional[BaseException],
                 traceback: Optional[TracebackType]) -> None:
        view, free_now = self._view, self._free_now
        if view is None or free_now is None:
            return
        self._view = self._free_now = None
        try:
            view.release()
        except BufferError:  # something still holds a buffer export of it
            still_viewed = True
        else:
            del view
            still_viewed = _REFCOUNTED and self._exporter() is not None
        if still_viewed:
            # Freeing now would pull the memory from under those views: the
            # last of them frees it instead.
            if exc_type is None:
                raise BufferError("a view derived from the row (a slice, memoryview(view), a NumPy "
                                  "array) outlives the with-block; the row is freed with the last one")
            return
        free_now()


def empty_row() -> OwnedRow:
    """Row 0: nothing was allocated, so nothing is freed."""
    exporter = array.array("I")
    return OwnedRow(memoryview(exporter).toreadonly(), exporter, lambda: None)
