"""Every implementation the benchmark times, and how to load each one.

An implementation is loaded once per process, then asked for a Case at each n:
`call` is what is timed, `row` returns the row as a list of ints, which is
checked against the exact reference before anything is timed.
"""

import array
import importlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, List, NamedTuple, Optional

import original_cffi
import original_ctypes
import pure_python

CPYTHON = sys.implementation.name == "cpython"


class Case(NamedTuple):
    call: Callable[[], object]
    row: Optional[Callable[[], List[int]]]  # None: the call makes no row (a call floor)


Maker = Callable[[int], Case]


@dataclass(frozen=True)
class Implementation:
    key: str
    label: str
    group: str  # "comparator", "libpascal" or "floor"
    load: Callable[["Paths"], Maker]
    cpython_only: bool = False
    # A module this implementation imports that an interpreter may lack
    # (Debian has NumPy for CPython, not for PyPy): n/a where it is missing.
    requires: Optional[str] = None
    # The row of the table this one is folded into (the fastest of its
    # builds is shown; `run.py --all-builds` lists every build as well).
    family: Optional[str] = None
    # Makes no row: nothing to check, and no row 0 to ask for.
    rowless: bool = False
    # Time of one call grows like n**growth; used to skip a size where one
    # call would exceed a second. None: never skipped.
    growth: Optional[float] = None


@dataclass(frozen=True)
class Paths:
    comparators: Path  # the C extensions, the PyO3 module, the Rust cdylib and its cffi module
    pascal_python: Path  # the directory holding the `pascal` package

    def importable(self) -> None:
        """Puts the built modules and the `pascal` package on sys.path."""
        sys.path[:0] = [str(self.comparators), str(self.pascal_python)]


def list_case(pascal_row: Callable[[int], List[int]]) -> Maker:
    return lambda n: Case(lambda: pascal_row(n), lambda: pascal_row(n))


def extension(module: str, function: str = "pascal_row") -> Callable[[Paths], Maker]:
    return lambda paths: list_case(getattr(importlib.import_module(module), function))


def numpy_case(paths: Paths) -> Maker:
    import numpy_row

    return lambda n: Case(lambda: numpy_row.pascal_row(n), lambda: numpy_row.pascal_row(n).tolist())


def call_floor(call: Callable[[], Callable[[], object]]) -> Callable[[Paths], Maker]:
    """A call that does not depend on n, timed at every n: what one call
    through that route costs, with no row made."""

    def load(paths: Paths) -> Maker:
        timed = call()
        return lambda n: Case(timed, None)

    return load


def cffi_abi_call() -> Callable[[], object]:
    import cffi

    ffi = cffi.FFI()
    ffi.cdef("int abs(int);")
    libc = ffi.dlopen(None)  # the C library, through the same ABI-mode path as milksnake's
    return lambda: libc.abs(-10)


def ctypes_call() -> Callable[[], object]:
    import ctypes

    libc = ctypes.CDLL(None)
    libc.abs.argtypes, libc.abs.restype = [ctypes.c_int], ctypes.c_int
    return lambda: libc.abs(-10)


def builtin_call() -> Callable[[], object]:
    return lambda: abs(-10)  # a METH_O function of the interpreter, called as an extension's is


def original_rust(wrapper) -> Callable[[Paths], Maker]:
    return lambda paths: list_case(wrapper.load(str(paths.comparators / "liboriginal_cdylib.so")))


def import_pascal(paths: Paths, backend: str):
    """The `pascal` package with the backend it picks at import time. Both
    backends live in one process: the package is imported afresh for each, and
    the functions taken from each import keep their own backend."""
    for name in [name for name in sys.modules if name == "pascal" or name.startswith("pascal.")]:
        del sys.modules[name]
    os.environ["PASCAL_BACKEND"] = backend
    pascal = importlib.import_module("pascal")
    if pascal.BACKEND != backend:
        raise RuntimeError(f"asked for the {backend} backend, the package loaded {pascal.BACKEND}")
    return pascal


def libpascal_row(backend: str) -> Callable[[Paths], Maker]:
    return lambda paths: list_case(import_pascal(paths, backend).pascal_row)


def libpascal_buffer(backend: str) -> Callable[[Paths], Maker]:
    def load(paths: Paths) -> Maker:
        pascal_row_buffer = import_pascal(paths, backend).pascal_row_buffer
        return lambda n: Case(lambda: pascal_row_buffer(n), lambda: pascal_row_buffer(n).tolist())

    return load


def libpascal_scoped(backend: str) -> Callable[[Paths], Maker]:
    def load(paths: Paths) -> Maker:
        scoped_row_buffer = import_pascal(paths, backend).scoped_row_buffer

        def call(n: int) -> None:
            with scoped_row_buffer(n):
                pass

        def row(n: int) -> List[int]:
            with scoped_row_buffer(n) as view:
                return view.tolist()

        return lambda n: Case(lambda: call(n), lambda: row(n))

    return load


def libpascal_into(backend: str) -> Callable[[Paths], Maker]:
    def load(paths: Paths) -> Maker:
        pascal_row_into = import_pascal(paths, backend).pascal_row_into

        def make(n: int) -> Case:
            out = array.array("I", bytes(4 * n))

            def row() -> List[int]:
                written = pascal_row_into(n, out)
                if written != n:
                    raise AssertionError(f"pascal_row_into({n}, out) returned {written}")
                return out.tolist()

            return Case(lambda: pascal_row_into(n, out), row)

        return make

    return load


def list_floor(paths: Paths) -> Maker:
    """On CPython, what any binding returning a list pays at least: n Python
    ints made from a C array of uint32, here by array.tolist()."""

    def make(n: int) -> Case:
        row = array.array("I", pure_python.exact_row(n))
        return Case(row.tolist, row.tolist)

    return make


COMPILERS = [("gcc", "O2"), ("gcc", "O3"), ("clang", "O2"), ("clang", "O3")]
C_LOOPS = [
    ("cext", "pascal_row", "C extension, left to right (the original loop)"),
    ("cext_rtl", "pascal_row_right_to_left", "C extension, right to left (this table's earlier loop, slower)"),
]

COMPARATORS = [
    *[
        Implementation(
            f"{family}_{compiler}_{level}",
            f"{label}, {compiler} -{level}",
            "comparator",
            extension(f"cext_{compiler}_{level}", function),
            cpython_only=True,
            growth=2,
            family=family,
        )
        for family, function, label in C_LOOPS
        for compiler, level in COMPILERS
    ],
    Implementation(
        "pyo3", "PyO3, Debian's 0.17, Vec<u32>", "comparator", extension("pyo3_row"), cpython_only=True, growth=2
    ),
    Implementation(
        "pyo3_current",
        "PyO3, current release, Vec<u32>",
        "comparator",
        extension("pyo3_current_row"),
        cpython_only=True,
        growth=2,
    ),
    Implementation(
        "rust_cffi", "Rust cdylib, cffi ABI mode (milksnake)", "comparator", original_rust(original_cffi), growth=2
    ),
    Implementation("rust_ctypes", "Rust cdylib, ctypes", "comparator", original_rust(original_ctypes), growth=2),
    Implementation(
        "numpy",
        "NumPy, uint32 array: n-1 vectorised passes, O(n²)",
        "comparator",
        numpy_case,
        requires="numpy",
        growth=2,
    ),
    Implementation(
        "py_recurrence",
        "pure Python recurrence",
        "comparator",
        lambda paths: list_case(pure_python.recurrence_row),
        growth=2,
    ),
    Implementation(
        "py_comb", "pure Python math.comb", "comparator", lambda paths: list_case(pure_python.comb_row), growth=3
    ),
]

# Families: the row of the table that shows the fastest build of each.
FAMILIES = {family: f"{label}, fastest of gcc/clang -O2/-O3" for family, _, label in C_LOOPS}

LIBPASCAL = [
    Implementation(f"{function}_{backend}", f"libpascal {function}, {backend}", "libpascal", loader(backend))
    for backend in ("cffi", "ctypes")
    for function, loader in (
        ("pascal_row", libpascal_row),
        ("pascal_row_buffer", libpascal_buffer),
        ("scoped_row_buffer", libpascal_scoped),
        ("pascal_row_into", libpascal_into),
    )
]

FLOOR = [
    Implementation("list_floor", "`array('I').tolist()`: a C array of n entries to a list", "floor", list_floor),
    Implementation(
        "builtin_call",
        "one call of a built-in METH_O function, `abs(-10)`",
        "floor",
        call_floor(builtin_call),
        rowless=True,
    ),
    Implementation(
        "cffi_call", "one cffi ABI-mode call, libc `abs(-10)`", "floor", call_floor(cffi_abi_call), rowless=True
    ),
    Implementation("ctypes_call", "one ctypes call, libc `abs(-10)`", "floor", call_floor(ctypes_call), rowless=True),
]

ALL = COMPARATORS + LIBPASCAL + FLOOR
BY_KEY = {implementation.key: implementation for implementation in ALL}


def available() -> List[Implementation]:
    """The implementations this interpreter can load."""
    return [
        implementation
        for implementation in ALL
        if (CPYTHON or not implementation.cpython_only)
        and (implementation.requires is None or importable(implementation.requires))
    ]


def importable(module: str) -> bool:
    """Whether `module` imports here. Finding it is not enough: Debian's PyPy
    sees CPython's dist-packages, where NumPy is found but cannot load."""
    try:
        importlib.import_module(module)
    except ImportError:
        return False
    return True
