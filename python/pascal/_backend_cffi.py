"""The default backend: cffi in ABI mode, through the generated _native module.
Every call releases the GIL."""

from typing import List

from . import _errors, _loader
from ._checks import ENTRY_SIZE
from ._native import ffi
from ._ownership import OwnedRow, empty_row


def _bind(library: object) -> None:
    for name in dir(library):
        try:
            getattr(library, name)  # resolves the symbol now rather than at its first call
        except ffi.error as error:
            raise AttributeError(str(error)) from None


lib, LIBRARY_PATH = _loader.load(ffi.dlopen, lambda library: int(library.pascal_version_number()), _bind)


def library_version() -> str:
    return ffi.string(lib.pascal_version_string()).decode("ascii")


def copy_row(n: int) -> List[int]:
    size = ffi.new("size_t *")
    row = lib.pascal_row(n, size)
    if row == ffi.NULL:
        if n == 0:
            return []
        raise _errors.from_errno(f"pascal_row({n})", ffi.errno)
    try:
        return ffi.unpack(row, size[0])  # type: ignore[no-any-return]
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
    return OwnedRow(view, exporter, lambda: ffi.release(owned))


def row_into(n: int, out: memoryview) -> int:
    target = ffi.from_buffer("uint32_t[]", out, require_writable=True)
    try:
        if int(ffi.cast("uintptr_t", target)) % ENTRY_SIZE:
            raise ValueError("out is not aligned for uint32_t (a slice starting at an odd byte?)")
        return int(lib.pascal_row_into(n, target, len(target)))
    finally:
        ffi.release(target)
