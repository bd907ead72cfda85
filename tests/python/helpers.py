"""What the Python suites need, once (tests/reliability imports it too): the
reference rows and triangles, each API as a function returning lists, refusal
checks, and the process's resident memory."""

import array
import ctypes
import functools
import gc
import operator
import os
import re
import shlex
import struct
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Callable, Dict, List, Mapping, Optional, Tuple, Type

import pascal

IS_PYPY = sys.implementation.name == "pypy"
# size_t's largest value here: 2**64 - 1, or 2**32 - 1 on i686 (its wheel's
# suite runs under qemu), where the limits the tests probe are lower.
SIZE_MAX = 2 ** (8 * struct.calcsize("N")) - 1
IS_64_BIT = SIZE_MAX > 2**32


@functools.lru_cache(maxsize=None)
def _exact_row(n: int) -> Tuple[int, ...]:
    # C(m, k + 1) = C(m, k) * (m - k) / (k + 1), exactly, in Python's integers:
    # one step per entry, where math.comb would start over for each (row 3000's
    # math.comb calls, in four tests, took 12 of the core files' 40 s under qemu).
    if n == 0:
        return ()
    m, entry, row = n - 1, 1, [1]
    for k in range(m):
        entry = entry * (m - k) // (k + 1)
        row.append(entry)
    return tuple(row)


def reference_row(n: int) -> List[int]:
    """Row n from the definition: C(n-1, k) mod 2**32."""
    return [entry % 2**32 for entry in _exact_row(n)]


def _buffer_row(n: int) -> List[int]:
    return pascal.pascal_row_buffer(n).tolist()


def _scoped_row(n: int) -> List[int]:
    with pascal.scoped_row_buffer(n) as view:
        return view.tolist()


def _row_into(n: int) -> List[int]:
    # Sized for valid n; bad n gets a buffer too, so only n can be refused.
    # One guard entry past the row must stay 0.
    try:
        size = min(max(operator.index(n), 0), 1 << 20)
    except TypeError:
        size = 0
    out = array.array("I", bytes(4 * (size + 1)))
    assert pascal.pascal_row_into(n, out) == size
    assert out[size] == 0, "pascal_row_into wrote past the row"
    return out.tolist()[:size]


# Every way to get a row, as a list.
ROW_APIS: Dict[str, Callable[[int], List[int]]] = {
    "pascal_row": pascal.pascal_row,
    "pascal_row_buffer": _buffer_row,
    "scoped_row_buffer": _scoped_row,
    "pascal_row_into": _row_into,
}


def reference_triangle(rows: int) -> List[List[int]]:
    """Rows 1..rows from the definition."""
    return [reference_row(r) for r in range(1, rows + 1)]


def split(flat: List[int], rows: int) -> List[List[int]]:
    """The flat layout of the triangle functions, as one list per row."""
    return [flat[r * (r - 1) // 2 : r * (r + 1) // 2] for r in range(1, rows + 1)]


def _buffer_triangle(rows: int) -> List[List[int]]:
    return split(pascal.pascal_triangle_buffer(rows).tolist(), rows)


def _scoped_triangle(rows: int) -> List[List[int]]:
    with pascal.scoped_triangle_buffer(rows) as view:
        return split(view.tolist(), rows)


def _triangle_into(rows: int) -> List[List[int]]:
    # Sized for valid rows; bad rows get a buffer too, so only rows can be
    # refused. One guard entry past the triangle must stay 0.
    count = rows if isinstance(rows, int) and 0 <= rows < 2000 else 0
    entries = count * (count + 1) // 2
    out = array.array("I", bytes(4 * (entries + 1)))
    assert pascal.pascal_triangle_into(rows, out) == entries
    assert out[entries] == 0, "pascal_triangle_into wrote past the triangle"
    return split(out.tolist()[:entries], count)


# Every way to get a triangle, as one list per row.
TRIANGLE_APIS: Dict[str, Callable[[int], List[List[int]]]] = {
    "pascal_triangle": pascal.pascal_triangle,
    "pascal_triangle_buffer": _buffer_triangle,
    "scoped_triangle_buffer": _scoped_triangle,
    "pascal_triangle_into": _triangle_into,
}


def refused(call: Callable[[], object], error: Type[BaseException]) -> bool:
    """Whether call() raised `error`."""
    try:
        call()
    except error:
        return True
    return False


def resident_bytes() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


_libc = ctypes.CDLL(None)
_libc.malloc_trim.argtypes = [ctypes.c_size_t]
_libc.malloc_trim.restype = ctypes.c_int


def collect() -> None:
    """Runs the collector until PyPy has also run the finalizers it queued,
    then hands free heap memory back to the system (glibc keeps it otherwise),
    so resident memory counts live allocations only."""
    for _ in range(3):
        gc.collect()
    _libc.malloc_trim(0)


def run_python(
    code: str, env: Optional[Mapping[str, Optional[str]]] = None, cwd: Optional[str] = None
) -> subprocess.CompletedProcess:
    """Runs `code` in a fresh interpreter like this one; env entries set to
    None are removed from the environment."""
    environment = dict(os.environ)
    for name, value in (env or {}).items():
        if value is None:
            environment.pop(name, None)
        else:
            environment[name] = value
    return subprocess.run(
        [*CHILD_PYTHON, "-c", code],
        env=environment,
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        universal_newlines=True,
    )


# The command that runs "an interpreter like this one": this one, or what
# PASCAL_CHILD_PYTHON says when this one cannot start itself (a foreign
# architecture's Python under qemu-user, which needs qemu in front of it).
CHILD_PYTHON: List[str] = shlex.split(os.environ.get("PASCAL_CHILD_PYTHON", "")) or [sys.executable]

_SOURCE = Path(__file__).resolve().parents[2]


def _version_of_the_tree() -> str:
    """project(VERSION) of the source tree this suite belongs to."""
    found = re.search(r"project\(pascal\s+VERSION\s+([0-9.]+)", (_SOURCE / "CMakeLists.txt").read_text())
    assert found, "no project(VERSION) in CMakeLists.txt"
    return found.group(1)


def _shipped_library() -> str:
    from pascal import _version

    return os.path.join(os.path.dirname(os.path.abspath(pascal.__file__)), _version.LIBRARY_FILE)


def _version_only_library(name: str) -> str:
    """A library that claims a version and exports nothing else, compiled
    here from version_only_library.c with the C compiler (CC, else cc)."""
    major = from_ctest("PASCAL_EXPECTED_VERSION").split(".")[0]
    claims = {
        "PASCAL_OTHER_MAJOR_LIBRARY": (f"{int(major) + 1}0000", f"{int(major) + 1}.0.0"),
        "PASCAL_INCOMPLETE_LIBRARY": (f"{major}0000", f"{major}.0.0"),
    }[name]
    compiler = shlex.split(os.environ.get("CC", "cc"))
    out = os.path.join(tempfile.mkdtemp(prefix="pascal-tests-"), f"{name.lower()}.so")
    command = [
        *compiler,
        "-shared",
        "-fPIC",
        f"-DCLAIMED_VERSION_NUMBER={claims[0]}",
        f'-DCLAIMED_VERSION_STRING="{claims[1]}"',
        "-o",
        out,
        str(_SOURCE / "tests" / "python" / "version_only_library.c"),
    ]
    try:
        subprocess.run(command, check=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    except (OSError, subprocess.CalledProcessError) as error:
        raise AssertionError(
            f"{name} is not set and {' '.join(compiler)} could not build it ({error}): "
            "set CC, or run the suite through ctest (label python)"
        ) from error
    os.environ[name] = out  # once per session
    return out


# What CTest (tests/python/CMakeLists.txt) or the packaging tests pass in,
# and what each is outside them, for a contributor running pytest against
# an installed package: the tree's version, the library the package ships,
# and the two fake libraries built here.
_DEFAULTS: Dict[str, Callable[[], str]] = {
    "PASCAL_EXPECTED_VERSION": _version_of_the_tree,
    "PASCAL_BUILT_LIBRARY": _shipped_library,
    "PASCAL_OTHER_MAJOR_LIBRARY": lambda: _version_only_library("PASCAL_OTHER_MAJOR_LIBRARY"),
    "PASCAL_INCOMPLETE_LIBRARY": lambda: _version_only_library("PASCAL_INCOMPLETE_LIBRARY"),
}


def from_ctest(name: str) -> str:
    """A value tests/python/CMakeLists.txt (or, for an installed package,
    tests/packaging/packaging_test.py) passes in the environment, or its
    default outside them (_DEFAULTS)."""
    return os.environ.get(name) or _DEFAULTS[name]()
