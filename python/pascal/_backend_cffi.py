"""The default backend: cffi in ABI mode, through the generated _native module.
It provides the calls; _ownership holds the policy over them. Every call
releases the GIL."""

from typing import Any

from . import _loader
from ._native import ffi


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


row_alloc = lib.pascal_row_alloc
triangle_alloc = lib.pascal_triangle_alloc
array_free = lib.pascal_array_free
row_into = lib.pascal_row_into
triangle_into = lib.pascal_triangle_into
entry = lib.pascal_entry
row_range = lib.pascal_row_range
