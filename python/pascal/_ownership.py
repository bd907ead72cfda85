"""The three ownership models of rows and triangles, written once over the
few calls a backend provides (alloc, free, into): copy-and-free (listed),
handed to Python (viewed, and scoped with RowScope), caller-owned (filled,
and fill_checked, which _ranges shares).

Every allocation lands in a pascal_array that a collector-owned object
already owns: the owner is made first, with the library's pascal_array_free
as its destructor (a C function, so freeing runs no Python code), and the
library writes the array into it before the call returns. So a signal
handler that raises between any two bytecodes (Ctrl-C during a long row)
can drop the owner, which frees the array, but never lose the array."""

import array
import pickle
import sys
import weakref
from types import TracebackType
from typing import Any, Callable, Generic, List, Optional, SupportsIndex, Tuple, Type, TypeVar

from . import _checks, _errors
from ._checks import ENTRY_SIZE
from ._collector import PRESSURE
from ._native import ffi
from ._triangle import split_rows

# With reference counting, "no view of the row is left" can be proved at once;
# PyPy's collector cannot tell without a full collection.
_REFCOUNTED = sys.implementation.name == "cpython"

# Every call below runs these: looked up once, and the C types parsed once,
# rather than on each call (a small call costs well under a microsecond).
_new, _gc, _release, _buffer, _from_buffer, _cast = ffi.new, ffi.gc, ffi.release, ffi.buffer, ffi.from_buffer, ffi.cast
_array = array.array
# The list of count entries at data: cffi's own, with no Python layer around it.
_unpack: Callable[[Any, int], List[int]] = ffi.unpack
_NULL = ffi.NULL
_ARRAY = ffi.typeof("pascal_array *")
_UINT32_ARRAY = ffi.typeof("uint32_t[]")
_UINTPTR = ffi.typeof("uintptr_t")
_UINT32_POINTER = ffi.typeof("uint32_t *")
_PickleBuffer = pickle.PickleBuffer
_weakref = weakref.ref

# alloc(n, owner) -> 0 or an errno value: pascal_row_alloc or pascal_triangle_alloc
Alloc = Callable[[int, Any], int]
# into(n, target, capacity) -> entries: pascal_row_into or pascal_triangle_into
Into = Callable[[int, Any, int], int]


T = TypeVar("T")  # what a list holds: int for rows, List[int] for triangles


class Sized(Generic[T]):
    """Rows or triangles: calls taking one size, whose arrays the library
    allocates (alloc) or writes into the caller's buffer (into). Its four
    forms are functions made here over those calls, and they are the public
    functions themselves (__init__ gives them their names, signatures and
    documentation through _public.implements): no Python layer between the
    caller and the form, which at n = 10 costs a tenth of pascal_row_into.
    Each form checks the size once: a plain int in range inline (the common
    case, at the cost of a comparison), anything else through _checks, which
    converts it or raises the exception the documentation promises."""

    __slots__ = ("listed", "viewed", "scoped", "filled")

    def __init__(self, call: str, what: str, alloc: Alloc, into: Into, free: Any, triangular: bool) -> None:
        """call: the C name in messages ("pascal_row"); what: the request as
        the buffer messages name it ("row {}"); free: the owners' destructor."""
        into_call = f"{call}_into"
        maximum = _checks.TRIANGLE_MAX if triangular else _checks.SIZE_MAX

        def checked(n: SupportsIndex) -> int:
            return _checks.triangle_entries(n)[0] if triangular else _checks.row_length(n)

        def allocated(count: int) -> Any:
            """The owner (a pascal_array *) of what the library allocated for
            count: made before the call, with the library's free as its
            destructor, so no moment holds the array without an owner."""
            owner = _gc(_new(_ARRAY), free)
            error = alloc(count, owner)
            if error:
                raise _errors.from_errno(f"{call}({count})", error)
            return owner

        def listed(n: SupportsIndex) -> List[T]:
            """Form.LIST: read out and freed in every case (milksnake's copy-and-free)."""
            count = n if type(n) is int and 0 <= n <= maximum else checked(n)
            owner = allocated(count)
            try:
                entries = owner.size
                if not entries:
                    return []
                if triangular:
                    data = owner.data
                    # Any: a List[T] whose T the family, not mypy, knows (List[int] here).
                    split: Any = split_rows(lambda offset, length: _unpack(data + offset, length), count)
                    return split  # type: ignore[no-any-return]
                values: Any = _unpack(owner.data, entries)  # List[int]: T is int
                return values  # type: ignore[no-any-return]
            finally:
                _release(owner)

        def viewed(n: SupportsIndex) -> memoryview:
            """Form.VIEW: behind a read-only view, freed after the last view."""
            count = n if type(n) is int and 0 <= n <= maximum else checked(n)
            owner = allocated(count)
            entries = owner.size
            if not entries:
                return _empty_row()[0]
            if PRESSURE is not None:  # PyPy: the collector learns the row's size
                PRESSURE.add(ENTRY_SIZE * entries)
            return _view_of(owner, entries)[0]

        def scoped(n: SupportsIndex) -> RowScope:
            """Form.SCOPED: the view until a with-block ends (RowScope). Freed by
            its block, so the collector needs no word about it."""
            count = n if type(n) is int and 0 <= n <= maximum else checked(n)
            owner = allocated(count)
            entries = owner.size
            if not entries:
                return RowScope(*_empty_row())
            view, exporter = _view_of(owner, entries)
            return RowScope(view, exporter, owner.__exit__)

        def filled(n: SupportsIndex, out: object) -> int:
            """Caller-owned: writes n's entries into `out` and returns their
            count. The fast path: cffi's from_buffer(..., require_writable=True)
            refuses read-only and non-contiguous buffers (an exporter must give
            a contiguous block to a plain request), then one size and one
            alignment check; whatever it refuses goes to fill_checked, which
            names what is wrong, or fills what cffi refused but its checks
            accept. array.array's items start at their own allocation, so they
            are always aligned (its empty buffer may not be, but then nothing is
            written or the size check fails first); its real type is asked,
            never out.__class__, which any class can fake."""
            count = n if type(n) is int and 0 <= n <= maximum else checked(n)
            entries = count * (count + 1) >> 1 if triangular else count
            try:
                target = _from_buffer(_UINT32_ARRAY, out, True)
            except Exception:  # not a writable, contiguous buffer: fill_checked says which
                return fill_checked(into, count, entries, out, into_call, what)
            try:
                capacity = len(target)
                if capacity >= entries and (count == 0 or type(out) is _array or aligned(target)):
                    return into(count, target, capacity) if count else into(0, _NULL, 0)
            finally:
                _release(target)
            return fill_checked(into, count, entries, out, into_call, what)

        self.listed: Callable[[SupportsIndex], List[T]] = listed
        self.viewed: Callable[[SupportsIndex], memoryview] = viewed
        self.scoped: Callable[[SupportsIndex], RowScope] = scoped
        self.filled: Callable[[SupportsIndex, object], int] = filled


def _view_of(owner: Any, count: int) -> Tuple[memoryview, object]:
    """(read-only view, exporter) of the row `owner` holds. The buffer keeps
    `kept` alive and `kept` keeps the owner: the row lives exactly as long as
    some view of it, interpreter exit included; then owner.__exit__ releases
    the owner: cffi's ffi.release(owner) as a bound built-in that ignores its
    arguments, cheaper than a closure."""
    nbytes = ENTRY_SIZE * count
    kept = _gc(owner.data, owner.__exit__)
    exporter = _buffer(kept, nbytes)
    row_view = memoryview(exporter).cast("I").toreadonly()
    if _REFCOUNTED:
        # Wrapped once more, the view's .obj is that read-only view of exactly
        # the row, not cffi's (writable) buffer object. PyPy reports the base
        # exporter whatever the wrapping.
        row_view = memoryview(_PickleBuffer(row_view))
    return row_view, exporter


def aligned(target: Any) -> bool:
    """Whether the cffi pointer `target` is aligned for uint32_t."""
    return not int(_cast(_UINTPTR, target)) % ENTRY_SIZE


_MISALIGNED = "out is not aligned for uint32_t (a slice starting at an odd byte?)"


def fill_checked(into: Into, n: int, entries: int, out: object, call: str, what: str) -> int:
    """into(n, out, capacity) for `out` holding at least `entries` entries:
    writable, C-contiguous, large enough and aligned for uint32_t, each
    checked in turn, raising the exception that names what is wrong. `what`
    ("row {}") names the request in the messages, formatted only for them.

    pascal_row_into and pascal_triangle_into try a fast path first: cffi's
    from_buffer(..., require_writable=True) refuses read-only and
    non-contiguous buffers (an exporter must give a contiguous block to a
    plain request), then one size and one alignment check. Whatever it
    refuses comes here, which also fills a buffer cffi refused but these
    checks accept. While cffi or the view here holds the buffer it cannot be
    resized, so the size checked stays true for the call."""
    checked = _checks.writable_view(out, entries, call, what.format(n))
    try:
        if n == 0:
            return int(into(0, _NULL, 0))
        try:
            target = _from_buffer(_UINT32_ARRAY, checked, True)
        except TypeError:
            return _fill_through_ctypes(into, n, checked)
        try:
            if not aligned(target):
                raise ValueError(_MISALIGNED)
            return int(into(n, target, len(target)))
        finally:
            _release(target)
    finally:
        checked.release()


def _fill_through_ctypes(into: Into, n: int, checked: memoryview) -> int:
    """into() for a writable view whose memory cffi cannot reach. PyPy's cffi
    refuses writable access to some views (a slice of a cast memoryview) and,
    asked without require_writable, hands C a copy that the caller never
    sees: the row would be lost. ctypes' from_buffer reaches the caller's own
    memory for every view the bad-input catalogue knows, and holds the buffer
    until the call returns."""
    import ctypes  # only here: the cffi backend does not otherwise need it

    memory = (ctypes.c_char * checked.nbytes).from_buffer(checked)
    try:
        address = ctypes.addressof(memory)
        if address % ENTRY_SIZE:
            raise ValueError(_MISALIGNED)
        return int(into(n, _cast(_UINT32_POINTER, address), checked.nbytes // ENTRY_SIZE))
    finally:
        del memory  # its export of `checked` ends here, before checked.release()


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

    def __init__(self, view: memoryview, exporter: object, free_now: Callable[[], object]) -> None:
        """view: read-only, format 'I'; exporter: the object every view of the
        row keeps alive (the row lives while it does); free_now() frees the
        row at once, and a later collection of `exporter` then does nothing."""
        self._view: Optional[memoryview] = view
        self._exporter = _weakref(exporter)
        self._free_now: Optional[Callable[[], object]] = free_now

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


def _empty_row() -> Tuple[memoryview, object, Callable[[], None]]:
    """Row 0 as (view, exporter, free_now): nothing was allocated, so nothing is freed."""
    exporter = array.array("I")
    return memoryview(exporter).toreadonly(), exporter, _nothing


def _nothing() -> None:
    pass
