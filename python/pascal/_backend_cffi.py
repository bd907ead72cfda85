"""The default backend: cffi in ABI mode, through the generated _native module.
Every call releases the GIL."""

from typing import Any, Callable, List, Tuple, TypeVar

from . import _errors, _loader
from ._checks import ENTRY_SIZE
from ._native import ffi
from ._ownership import OwnedRow, empty_row
from ._triangle import split_rows

T = TypeVar("T")


def _function(library: Any, name: str) -> Any:
    try:
        return getattr(library, name)
    except ffi.error as error:  # what cffi raises for a symbol the library lacks
        raise AttributeError(str(error)) from None


def _version_number(library: Any) -> int:
    return int(_function(library, "pascal_version_number")())


def _bind(library: Any) -> None:
    for name in dir(library):
        _function(library, name)  # resolved now rather than at its first call


lib, LIBRARY_PATH = _loader.load(ffi.dlopen, _version_number, _bind)


def library_version() -> str:
    version: bytes = ffi.string(lib.pascal_version_string())
    return version.decode("ascii")


def _allocate(function: Callable[..., Any], call: str, n: int) -> Tuple[Any, int]:
    """(array, entries) from pascal_row or pascal_triangle; NULL and 0 for n == 0."""
    size = ffi.new("size_t *")
    array = function(n, size)
    if array == ffi.NULL and n != 0:
        raise _errors.from_errno(f"{call}({n})", ffi.errno)
    return array, size[0]


def _unpack(array: Any, count: int) -> List[int]:
    values: List[int] = ffi.unpack(array, count)
    return values


def _copy(function: Callable[..., Any], call: str, n: int, read: Callable[[Any, int], List[T]]) -> List[T]:
    """read(array, entries) of what function allocated, which is freed in
    every case; [] for n == 0."""
    array, count = _allocate(function, call, n)
    if count == 0:
        return []
    try:
        return read(array, count)
    finally:
        lib.deallocate_vec(array, count)


def _own(function: Callable[..., Any], call: str, n: int, scoped: bool) -> OwnedRow:
    array, count = _allocate(function, call, n)
    if count == 0:
        return empty_row()
    # size= tells PyPy's collector how much memory this small object holds, so
    # that it collects sooner; a scoped array is freed by its with-block, and
    # there the hint would only cost time (bench/compare: 211 against 36 us on
    # PyPy for a row of 10^5).
    owned = ffi.gc(array, lambda pointer: lib.deallocate_vec(pointer, count),
                   size=0 if scoped else ENTRY_SIZE * count)
    exporter = ffi.buffer(owned, ENTRY_SIZE * count)
    view = memoryview(exporter).cast("I").toreadonly()

    def free_now() -> None:
        ffi.release(owned)
    return OwnedRow(view, exporter, free_now)


def _fill(function: Callable[..., Any], n: int, out: memoryview) -> int:
    if n == 0:  # nothing is written, so the buffer's address does not matter
        return int(function(0, ffi.NULL, 0))
    target = ffi.from_buffer("uint32_t[]", out, require_writable=True)
    try:
        if int(ffi.cast("uintptr_t", target)) % ENTRY_SIZE:
            raise ValueError("out is not aligned for uint32_t (a slice starting at an odd byte?)")
        return int(function(n, target, len(target)))
    finally:
        ffi.release(target)


def copy_row(n: int) -> List[int]:
    return _copy(lib.pascal_row, "pascal_row", n, ffi.unpack)


def owned_row(n: int, scoped: bool) -> OwnedRow:
    return _own(lib.pascal_row, "pascal_row", n, scoped)


def row_into(n: int, out: memoryview) -> int:
    return _fill(lib.pascal_row_into, n, out)


def copy_triangle(rows: int) -> List[List[int]]:
    return _copy(lib.pascal_triangle, "pascal_triangle", rows,
                 lambda array, _: split_rows(lambda offset, entries: _unpack(array + offset, entries), rows))


def owned_triangle(rows: int, scoped: bool) -> OwnedRow:
    return _own(lib.pascal_triangle, "pascal_triangle", rows, scoped)


def triangle_into(rows: int, out: memoryview) -> int:
    return _fill(lib.pascal_triangle_into, rows, out)
