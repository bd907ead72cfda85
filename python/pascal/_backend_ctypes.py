"""The ctypes backend (PASCAL_BACKEND=ctypes): every call goes through ctypes.
Each function's argtypes and restype come from _declarations, the same lines
cffi compiles (without a restype ctypes assumes int and truncates returned
pointers). CDLL calls release the GIL.

The memory the calls fill is cffi's, as in the cffi backend (cffi comes with
the package on CPython and is built into PyPy): _ownership owns each array
through cffi's collector hooks, whose destructor is the library's C function
itself, and ctypes gets plain addresses."""

import ctypes
from ctypes import c_char_p, c_int, c_size_t, c_uint32, c_uint64, c_void_p
from typing import Any, Dict, Optional, Type

from . import _declarations, _loader
from ._native import ffi

# The C types _declarations uses; every other pointer is passed as an address.
_CTYPES: Dict[str, Optional[Type[Any]]] = {
    "void": None,
    "int": c_int,
    "uint32_t": c_uint32,
    "uint64_t": c_uint64,
    "size_t": c_size_t,
    "const char*": c_char_p,
}


def _ctype(c_type: str) -> Optional[Type[Any]]:
    if c_type in _CTYPES:
        return _CTYPES[c_type]
    if c_type.endswith("*"):
        return c_void_p
    raise TypeError(f"_declarations uses {c_type}, which the ctypes backend does not map")


def _declare(library: ctypes.CDLL, function: _declarations.Function) -> None:
    """argtypes and restype of `function` as _declarations declares it."""
    bound = getattr(library, function.name)  # AttributeError when the library lacks it
    bound.argtypes = [_ctype(parameter) for parameter in function.parameters]
    bound.restype = _ctype(function.result)


def _open(path: str) -> ctypes.CDLL:
    return ctypes.CDLL(path)


def _version_number(library: ctypes.CDLL) -> int:
    _declare(library, next(f for f in _declarations.functions() if f.name == "pascal_version_number"))
    return int(library.pascal_version_number())


def _bind(library: ctypes.CDLL) -> None:
    for function in _declarations.functions():
        _declare(library, function)


lib, LIBRARY_PATH = _loader.load(_open, _version_number, _bind)


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
array_free = ffi.cast("void(*)(pascal_array *)", ctypes.cast(lib.pascal_array_free, c_void_p).value)
