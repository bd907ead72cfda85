"""The three ownership models, written once over the few calls a backend
provides (alloc, free, into): copy-and-free, handed to Python (OwnedRow,
RowScope), caller-owned (fill).

Every allocation lands in a pascal_array that a collector-owned object
already owns: the owner is made first, with the library's pascal_array_free
as its destructor (a C function, so freeing runs no Python code), and the
library writes the array into it before the call returns. So a signal
handler that raises between any two bytecodes (Ctrl-C during a long row)
can drop the owner, which frees the array, but never lose the array."""

import array
import functools
import pickle
import sys
import weakref
from types import TracebackType
from typing import Any, Callable, List, NamedTuple, Optional, Type, TypeVar

from . import _errors
from ._native import ffi
from ._triangle import split_rows

ENTRY_SIZE = 4  # sizeof(uint32_t)

# With reference counting, "no view of the row is left" can be proved at once;
# PyPy's collector cannot tell without a full collection.
_REFCOUNTED = sys.implementation.name == "cpython"

T = TypeVar("T")
# alloc(n, owner) -> 0 or an errno value: pascal_row_alloc or pascal_triangle_alloc
Alloc = Callable[[int, Any], int]
# into(n, target, capacity) -> entries: pascal_row_into or pascal_triangle_into
Into = Callable[[int, Any, int], int]


class OwnedRow(NamedTuple):
    view: memoryview  # read-only, format 'I'
    exporter: object  # the object every view of the row keeps alive; the row lives while it does
    free_now: Callable[[], None]  # frees the row at once; later collection of `exporter` then does nothing


def _allocate(alloc: Alloc, free: Any, call: str, n: int) -> Any:
    """The owner (a pascal_array *) of what alloc made; it frees the array
    when released or collected."""
    owner = ffi.gc(ffi.new("pascal_array *"), free)
    error = alloc(n, owner)
    if error:
        raise _errors.from_errno(f"{call}({n})", error)
    return owner


def copy(alloc: Alloc, free: Any, call: str, n: int, read: Callable[[Any, int], List[T]]) -> List[T]:
    """read(data, entries) of what alloc made, which is freed in every case;
    [] for n == 0 (milksnake's copy-and-free)."""
    owner = _allocate(alloc, free, call, n)
    try:
        count = owner.size
        return read(owner.data, count) if count else []
    finally:
        ffi.release(owner)


def unpack(data: Any, count: int) -> List[int]:
    values: List[int] = ffi.unpack(data, count)
    return values


def unpack_triangle(rows: int) -> Callable[[Any, int], List[List[int]]]:
    return lambda data, _: split_rows(lambda offset, entries: unpack(data + offset, entries), rows)


def _release_owner(owner: Any, _pointer: Any) -> None:
    ffi.release(owner)


def own(alloc: Alloc, free: Any, call: str, n: int, scoped: bool) -> OwnedRow:
    """What alloc made, behind a read-only view that keeps it alive."""
    owner = _allocate(alloc, free, call, n)
    count = owner.size
    if count == 0:
        return empty_row()
    nbytes = ENTRY_SIZE * count
    # The buffer keeps `kept` alive and `kept` keeps the owner: the row lives
    # exactly as long as some view of it, interpreter exit included. The size
    # hint makes PyPy collect sooner; a scoped row is freed by its block, and
    # there the hint would only cost time.
    kept = ffi.gc(owner.data, functools.partial(_release_owner, owner), size=0 if scoped else nbytes)
    exporter = ffi.buffer(kept, nbytes)
    view = memoryview(exporter).cast("I").toreadonly()
    if _REFCOUNTED:
        # Wrapped once more, the view's .obj is that read-only view of exactly
        # the row, not cffi's (writable) buffer object. PyPy reports the base
        # exporter whatever the wrapping.
        view = memoryview(pickle.PickleBuffer(view))
    return OwnedRow(view, exporter, functools.partial(ffi.release, owner))


def fill(into: Into, n: int, out: memoryview) -> int:
    """into(n, out) for a view that _checks.writable_view already found
    writable and large enough; returns what into returned."""
    if n == 0:  # nothing is written, so the buffer's address does not matter
        return int(into(0, ffi.NULL, 0))
    target = ffi.from_buffer("uint32_t[]", out)
    try:
        if int(ffi.cast("uintptr_t", target)) % ENTRY_SIZE:
            raise ValueError("out is not aligned for uint32_t (a slice starting at an odd byte?)")
        return int(into(n, target, len(target)))
    finally:
        ffi.release(target)


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

    def __exit__(
        self, exc_type: Optional[Type[BaseException]], exc: Optional[BaseException], traceback: Optional[TracebackType]
    ) -> None:
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
                raise BufferError(
                    "a view derived from the row (a slice, memoryview(view), a NumPy "
                    "array) outlives the with-block; the row is freed with the last one"
                )
            return
        free_now()


def empty_row() -> OwnedRow:
    """Row 0: nothing was allocated, so nothing is freed."""
    exporter = array.array("I")
    return OwnedRow(memoryview(exporter).toreadonly(), exporter, lambda: None)
