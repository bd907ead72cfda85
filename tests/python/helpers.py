"""What several test files need: the reference rows, each API as a function
returning a list, and the process's resident memory."""

import array
import ctypes
import gc
import math
import operator
import os
import subprocess
import sys
from typing import Callable, Dict, List, Mapping, Optional

import pascal

IS_PYPY = sys.implementation.name == "pypy"


def reference_row(n: int) -> List[int]:
    """Row n from the definition: C(n-1, k) mod 2**32."""
    return [math.comb(n - 1, k) % 2**32 for k in range(n)]


def _buffer_row(n: int) -> List[int]:
    return pascal.pascal_row_buffer(n).tolist()


def _scoped_row(n: int) -> List[int]:
    with pascal.scoped_row_buffer(n) as view:
        return view.tolist()


def _row_into(n: int) -> List[int]:
    # Sized for valid n; bad n gets a buffer too, so only n can be refused.
    try:
        size = min(max(operator.index(n), 0), 1 << 20)
    except TypeError:
        size = 0
    out = array.array("I", bytes(4 * size))
    assert pascal.pascal_row_into(n, out) == size
    return out.tolist()


# Every way to get a row, as a list.
ROW_APIS: Dict[str, Callable[[int], List[int]]] = {
    "pascal_row": pascal.pascal_row,
    "pascal_row_buffer": _buffer_row,
    "scoped_row_buffer": _scoped_row,
    "pascal_row_into": _row_into,
}


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
        [sys.executable, "-c", code],
        env=environment,
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        universal_newlines=True,
    )


def from_ctest(name: str) -> str:
    """A value tests/python/CMakeLists.txt (or, for an installed package,
    tests/packaging/packaging_test.py) passes in the environment."""
    value = os.environ.get(name)
    assert value, f"{name} is not set: run the Python tests through ctest (label python)"
    return value
