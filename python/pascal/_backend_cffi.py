"""The default backend: cffi in ABI mode, through the generated _native module.
Every call releases the GIL."""

from typing import Any, List

from . import _errors, _loader
from ._checks import ENTRY_SIZE
from ._native import ffi
from ._ownership import OwnedRow, empty_row


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


def copy_row(n: int) -> List[int]:
    size = ffi.new("size_t *")
    row = lib.pascal_row(n, size)
    if row == ffi.NULL:
        if n == 0:
            return []
        raise _errors.from_errno(f"pascal_row({n})", ffi.errno)
    try:
        values: List[int] = ffi.unpack(row, size[0])
        return values
    finally:
        lib.deallocate_vec(row, size[0])


def owned_row(n: int) -> OwnedRow:
    size = ffi.new("size_t *")
    row = lib.pascal_row(n, size)
    if row == ffi.NULL:
        if n == 0:
            return empty_row()
        raise _errors.from_errno(f"pascal_row({n})", ffi.errno)
    count = size[0]
    # size= tells PyPy's collector how much memory this small object holds.
    owned = ffi.gc(row, lambda pointer: lib.deallocate_vec(pointer, count), size=ENTRY_SIZE * count)
    exporter = ffi.buffer(owned, ENTRY_SIZE * count)
    view = memoryview(exporter).cast("I").toreadonly()

    def free_now() -> None:
        ffi.release(owned)
    return OwnedRow(view, exporter, free_now)


def row_into(n: int, out: memoryview) -> int:
    target = ffi.from_buffer("uint32_t[]", out, require_writable=True)
    try:
        if int(ffi.cast("uintptr_t", target)) % ENTRY_SIZE:
            raise ValueError("out is not aligned for uint32_t (a slice starting at an odd byte?)")
        return int(lib.pascal_row_into(n, target, len(target)))
    finally:
        ffi.release(target)
