"""The Python wrapper when the library's malloc fails: MemoryError with the
errno text, nothing leaked, and the next call works.

Runs with fail_malloc preloaded (LD_PRELOAD, set by CTest), so the failures
are real malloc failures inside libpascal. Only allocations of the row's exact
byte size are watched and failed; an odd size no interpreter object has keeps
the interpreter's own allocations out of it."""

import array
import ctypes
import errno
import gc
import os
from typing import Callable, Iterator, List

import pascal
import pytest

N = 100_003  # a row of 400,012 bytes
ROW_BYTES = 4 * N
MESSAGE = f"pascal_row({N}) failed: ENOMEM: {os.strerror(errno.ENOMEM)}"
ROWS = 447  # a triangle of 100,128 entries, 400,512 bytes
TRIANGLE_BYTES = 4 * ROWS * (ROWS + 1) // 2
TRIANGLE_MESSAGE = f"pascal_triangle({ROWS}) failed: ENOMEM: {os.strerror(errno.ENOMEM)}"

shim = ctypes.CDLL(os.environ["FAIL_MALLOC_LIBRARY"])
shim.fail_malloc_arm.argtypes = [ctypes.c_size_t, ctypes.c_uint]
shim.fail_malloc_arm.restype = None
shim.fail_malloc_disarm.restype = None
for counter in ("injected", "allocated", "live"):
    getattr(shim, f"fail_malloc_{counter}").restype = ctypes.c_uint


def row_from_buffer(n: int) -> List[int]:
    view = pascal.pascal_row_buffer(n)
    row = view.tolist()
    view.release()
    del view
    return row


def row_from_scope(n: int) -> List[int]:
    with pascal.scoped_row_buffer(n) as view:
        return view.tolist()


ALLOCATING = {
    "pascal_row": pascal.pascal_row,
    "pascal_row_buffer": row_from_buffer,
    "scoped_row_buffer": row_from_scope,
}


def last_row_of_triangle(rows: int) -> List[int]:
    return pascal.pascal_triangle(rows)[-1]


def last_row_from_triangle_buffer(rows: int) -> List[int]:
    view = pascal.pascal_triangle_buffer(rows)
    last = view[-rows:].tolist()
    view.release()
    del view
    return last


def last_row_from_triangle_scope(rows: int) -> List[int]:
    with pascal.scoped_triangle_buffer(rows) as view:
        return view[-rows:].tolist()


TRIANGLES = {
    "pascal_triangle": last_row_of_triangle,
    "pascal_triangle_buffer": last_row_from_triangle_buffer,
    "scoped_triangle_buffer": last_row_from_triangle_scope,
}


def collect() -> None:
    """Runs finalizers (PyPy frees handed-over rows only at a collection)."""
    for _ in range(3):
        gc.collect()


@pytest.fixture
def armed() -> Iterator[None]:
    shim.fail_malloc_arm(ROW_BYTES, 1)
    yield
    shim.fail_malloc_disarm()


def test_the_shim_is_preloaded() -> None:
    assert shim.fail_malloc_injected() == 0
    assert "fail_malloc" in os.environ.get("LD_PRELOAD", "")


@pytest.mark.parametrize("api", sorted(ALLOCATING))
def test_failed_allocation_is_memory_error_then_recovery(api: str, armed: None) -> None:
    call: Callable[[int], List[int]] = ALLOCATING[api]
    with pytest.raises(MemoryError) as raised:
        call(N)
    assert str(raised.value) == MESSAGE
    assert shim.fail_malloc_injected() == 1
    assert shim.fail_malloc_live() == 0

    row = call(N)
    assert len(row) == N and row[:3] == [1, N - 1, (N - 1) * (N - 2) // 2 % 2**32]
    collect()
    assert shim.fail_malloc_allocated() == 1
    assert shim.fail_malloc_live() == 0, "the row the library allocated was not freed"


@pytest.mark.parametrize("api", sorted(TRIANGLES))
def test_failed_triangle_allocation_is_memory_error_then_recovery(api: str) -> None:
    call: Callable[[int], List[int]] = TRIANGLES[api]
    shim.fail_malloc_arm(TRIANGLE_BYTES, 1)
    try:
        with pytest.raises(MemoryError) as raised:
            call(ROWS)
        assert str(raised.value) == TRIANGLE_MESSAGE
        assert shim.fail_malloc_injected() == 1 and shim.fail_malloc_live() == 0

        last = call(ROWS)
        assert len(last) == ROWS and last[:2] == [1, ROWS - 1]
        collect()
        assert shim.fail_malloc_allocated() == 1
        assert shim.fail_malloc_live() == 0, "the triangle the library allocated was not freed"
    finally:
        shim.fail_malloc_disarm()


def test_many_failures_leave_nothing_behind() -> None:
    failures = 1000
    shim.fail_malloc_arm(ROW_BYTES, failures)
    try:
        for _ in range(failures):
            with pytest.raises(MemoryError):
                pascal.pascal_row(N)
        assert shim.fail_malloc_injected() == failures
        assert len(pascal.pascal_row(N)) == N
        collect()
        assert shim.fail_malloc_allocated() == 1 and shim.fail_malloc_live() == 0
    finally:
        shim.fail_malloc_disarm()


def test_row_into_allocates_no_row() -> None:
    out = array.array("I", bytes(ROW_BYTES))  # before arming: it is a block of ROW_BYTES too
    shim.fail_malloc_arm(ROW_BYTES, 1)
    try:
        assert pascal.pascal_row_into(N, out) == N
        assert shim.fail_malloc_injected() == 0 and shim.fail_malloc_allocated() == 0
    finally:
        shim.fail_malloc_disarm()
    assert out[1] == N - 1


def test_the_backend_under_test_is_the_one_asked_for() -> None:
    assert pascal.BACKEND == os.environ["PASCAL_BACKEND"]
