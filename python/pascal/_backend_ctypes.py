"""The ctypes backend (PASCAL_BACKEND=ctypes): every call goes through ctypes,
with its argtypes and restype declared (without a restype ctypes assumes int
and truncates returned pointers). CDLL calls release the GIL.

The memory the calls fill is cffi's, as in the cffi backend (cffi comes with
the package on CPython and is built into PyPy): _ownership owns each array
through cffi's collector hooks, whose destructor is the library's C function
itself, and ctypes gets plain addresses."""

import ctypes
from ctypes import c_char_p, c_int, c_size_t, c_uint32, c_void_p
from typing import Any

from . import _loader
from ._native import ffi


def _open(path: str) -> ctypes.CDLL:
    return ctypes.CDLL(path)


def _version_number(library: ctypes.CDLL) -> int:
    library.pascal_version_number.argtypes = []
    library.pascal_version_number.restype = c_uint32
    return int(library.pascal_version_number())


def _bind(library: ctypes.CDLL) -> None:
    library.pascal_version_string.argtypes = []
    library.pascal_version_string.restype = c_char_p
    for alloc in (library.pascal_row_alloc, library.pascal_triangle_alloc):
        alloc.argtypes = [c_size_t, c_void_p]
        alloc.restype = c_int
    library.pascal_array_free.argtypes = [c_void_p]
    library.pascal_array_free.restype = None
    for into in (library.pascal_row_into, library.pascal_triangle_into):
        into.argtypes = [c_size_t, c_void_p, c_size_t]
        into.restype = c_size_t


lib, LIBRARY_PATH = _loader.load(_open, _version_number, _bind)


def library_version() -> str:
    version: bytes = lib.pascal_version_string()
    return version.decode("ascii")


def _address(pointer: Any) -> int:
    return int(ffi.cast("uintptr_t", pointer))


def row_alloc(n: int, owner: Any) -> int:
    return int(lib.pascal_row_alloc(n, _address(owner)))


def triangle_alloc(rows: int, owner: Any) -> int:
    return int(lib.pascal_triangle_alloc(rows, _address(owner)))


def row_into(n: int, target: Any, capacity: int) -> int:
    return int(lib.pascal_row_into(n, _address(target), capacity))


def triangle_into(rows: int, target: Any, capacity: int) -> int:
    return int(lib.pascal_triangle_into(rows, _address(target), capacity))


# The destructor of every owner: the library's own function, called by cffi
# from C, so freeing runs no Python code that a signal could interrupt.
array_free = ffi.cast("void(*)(pascal_array *)", ctypes.cast(lib.pascal_array_free, c_void_p).value)
