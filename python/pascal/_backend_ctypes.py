"""The ctypes backend (PASCAL_BACKEND=ctypes): every call goes through ctypes.
Each function's argtypes and restype come from the declarations cffi compiled
into _native.py from the header itself (cffi_build.py): the types of the
functions of the same library opened through cffi, never a list of our own
(without a restype ctypes assumes int and truncates returned pointers). CDLL
calls release the GIL.

The memory the calls fill is cffi's, as in the cffi backend (cffi comes with
the package on CPython and is built into PyPy): _ownership owns each array
through cffi's collector hooks, whose destructor is the library's C function
itself, and ctypes gets plain addresses."""

import ctypes
import re
from typing import Any, NamedTuple, Optional, Type

from . import _loader
from ._native import ffi


class _Library(NamedTuple):
    calls: ctypes.CDLL  # what every call goes through
    declared: Any  # the same file opened by cffi: the header's types of its functions


def _ctype(declared: Any) -> Optional[Type[Any]]:
    """The ctypes type of a cffi type: integers by name, char * as a string,
    every other pointer as an address."""
    if declared.kind == "void":
        return None
    if declared.kind == "pointer":
        return ctypes.c_char_p if declared.cname == "char *" else ctypes.c_void_p
    if declared.kind == "primitive":
        # c_int, c_size_t; c_uint32 for uint32_t
        for name in ("c_" + declared.cname, "c_" + re.sub("_t$", "", declared.cname)):
            mapped: Optional[Type[Any]] = getattr(ctypes, name, None)
            if mapped is not None:
                return mapped
    raise TypeError(f"pascal.h uses {declared.cname}, which the ctypes backend does not map")


def _declare(library: _Library, name: str) -> None:
    """argtypes and restype of `name` as the header declares it; AttributeError
    when the library lacks it."""
    try:
        declared = ffi.typeof(getattr(library.declared, name))
    except ffi.error as error:  # what cffi raises for a symbol the library lacks
        raise AttributeError(str(error)) from None
    bound = getattr(library.calls, name)
    bound.argtypes = [_ctype(parameter) for parameter in declared.args]
    bound.restype = _ctype(declared.result)


def _open(path: str) -> _Library:
    return _Library(ctypes.CDLL(path), ffi.dlopen(path))


def _version_number(library: _Library) -> int:
    _declare(library, "pascal_version_number")
    return int(library.calls.pascal_version_number())


def _bind(library: _Library) -> None:
    for name in dir(library.declared):
        _declare(library, name)


_library, LIBRARY_PATH = _loader.load(_open, _version_number, _bind)
lib = _library.calls


def library_version() -> str:
    version: bytes = lib.pascal_version_string()
    return version.decode("ascii")


# What the calls below run each time, looked up once. ctypes takes plain
# addresses, so each cffi pointer is cast to one; the result is ctypes' int.
_cast, _UINTPTR = ffi.cast, ffi.typeof("uintptr_t")
_row_alloc, _triangle_alloc = lib.pascal_row_alloc, lib.pascal_triangle_alloc
_row_into, _triangle_into = lib.pascal_row_into, lib.pascal_triangle_into


def row_alloc(n: int, owner: Any) -> int:
    result: int = _row_alloc(n, int(_cast(_UINTPTR, owner)))
    return result


def triangle_alloc(rows: int, owner: Any) -> int:
    result: int = _triangle_alloc(rows, int(_cast(_UINTPTR, owner)))
    return result


def row_into(n: int, target: Any, capacity: int) -> int:
    result: int = _row_into(n, int(_cast(_UINTPTR, target)), capacity)
    return result


def triangle_into(rows: int, target: Any, capacity: int) -> int:
    result: int = _triangle_into(rows, int(_cast(_UINTPTR, target)), capacity)
    return result


def entry(n: int, k: int, out: Any) -> int:
    result: int = lib.pascal_entry(n, k, int(_cast(_UINTPTR, out)))
    return result


def row_range(n: int, k0: int, target: Any, count: int) -> int:
    result: int = lib.pascal_row_range(n, k0, int(_cast(_UINTPTR, target)), count)
    return result


# The destructor of every owner: the library's own function, called by cffi
# from C, so freeing runs no Python code that a signal could interrupt.
array_free = ffi.cast("void(*)(pascal_array *)", ctypes.cast(lib.pascal_array_free, ctypes.c_void_p).value)
