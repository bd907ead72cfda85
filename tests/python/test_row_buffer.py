"""pascal_row_buffer and scoped_row_buffer: the library's own array handed to
Python as a read-only memoryview, freed by the library when the last view goes,
or when a with-block ends."""

import math
from typing import Callable

import pascal
import pytest
from helpers import IS_PYPY, collect, reference_row, resident_bytes, run_python

BIG_ROW = 1 << 24  # 64 MiB: a row whose allocation and release show in resident memory
MIB = 1 << 20


def test_view_is_read_only_uint32() -> None:
    view = pascal.pascal_row_buffer(10)
    assert (view.format, view.itemsize, view.ndim, len(view), view.nbytes) == ("I", 4, 1, 10, 40)
    assert view.readonly and view.c_contiguous
    assert view.tolist() == reference_row(10)
    with pytest.raises(TypeError):
        view[0] = 5


def test_row_0_is_an_empty_read_only_view() -> None:
    view = pascal.pascal_row_buffer(0)
    assert (view.format, len(view), view.readonly) == ("I", 0, True)


def test_views_are_independent_rows() -> None:
    first, second = pascal.pascal_row_buffer(5), pascal.pascal_row_buffer(5)
    assert first.tolist() == second.tolist() == [1, 4, 6, 4, 1]
    assert first.obj is not second.obj


def test_row_lives_while_a_view_does_and_is_freed_after_the_last() -> None:
    collect()
    before = resident_bytes()
    view = pascal.pascal_row_buffer(BIG_ROW)
    assert resident_bytes() - before > 48 * MIB
    tail = view[-3:]
    del view
    collect()
    assert tail.tolist() == [math.comb(BIG_ROW - 1, 2) % 2**32, BIG_ROW - 1, 1]
    assert resident_bytes() - before > 48 * MIB
    del tail
    collect()
    assert resident_bytes() - before < 16 * MIB


@pytest.mark.resident_memory
def test_a_loop_of_dropped_views_keeps_resident_memory_bounded() -> None:
    # 250 views of 4 MiB rows, each dropped at once: 1 GiB if no row were
    # freed before the loop ends, 30 times the 32 MiB after which the package
    # forces a collection on PyPy (pascal._collector), which frees them only
    # at one; CPython frees each at once.
    collect()
    before = resident_bytes()
    for _ in range(250):
        assert pascal.pascal_row_buffer(1 << 20)[1] == (1 << 20) - 1
    grown = resident_bytes() - before
    assert grown < 512 * MIB, f"resident memory grew by {grown / MIB:.0f} MiB"


def test_scoped_row_is_freed_when_the_block_ends_without_a_collection() -> None:
    collect()
    before = resident_bytes()
    with pascal.scoped_row_buffer(BIG_ROW) as view:
        assert resident_bytes() - before > 48 * MIB
        assert view[0] == view[-1] == 1 and view[1] == BIG_ROW - 1
    assert resident_bytes() - before < 16 * MIB
    with pytest.raises(ValueError):
        view[0]


def test_scoped_row_is_freed_when_the_block_raises() -> None:
    collect()
    before = resident_bytes()
    with pytest.raises(KeyError):
        with pascal.scoped_row_buffer(BIG_ROW) as view:
            raise KeyError("from the block")
    assert resident_bytes() - before < 16 * MIB
    with pytest.raises(ValueError):
        len(view)


def test_scoped_view_matches_the_row() -> None:
    with pascal.scoped_row_buffer(41) as view:
        assert (view.format, view.readonly) == ("I", True)
        assert view.tolist() == reference_row(41)


def test_a_scope_is_entered_once() -> None:
    scope = pascal.scoped_row_buffer(4)
    with scope as view:
        assert view.tolist() == [1, 3, 3, 1]
    with pytest.raises(ValueError, match="already been released"):
        with scope:
            pass


def test_scoped_row_0() -> None:
    with pascal.scoped_row_buffer(0) as view:
        assert (view.format, len(view)) == ("I", 0)


# Sizes whose arrays round up differently: rows of 4 bytes, 140 (a
# power-of-two array over it was 256) and 4 MiB + 4 (was 8 MiB); triangles of
# 4, 180 and 4,202,100 bytes.
@pytest.mark.parametrize(
    "make, size",
    [
        (pascal.pascal_row_buffer, 1),
        (pascal.pascal_row_buffer, 35),
        (pascal.pascal_row_buffer, 2**20 + 1),
        (pascal.pascal_triangle_buffer, 1),
        (pascal.pascal_triangle_buffer, 9),
        (pascal.pascal_triangle_buffer, 1449),
    ],
)
def test_what_a_view_exposes_is_exactly_the_row(make: Callable[[int], memoryview], size: int) -> None:
    view = make(size)
    exposed = view.obj
    assert memoryview(exposed).nbytes == view.nbytes
    assert bytes(exposed) == bytes(view)
    if not IS_PYPY:  # PyPy's view.obj is cffi's buffer object itself (HACKING: known limits)
        assert memoryview(exposed).readonly
        with pytest.raises(TypeError):
            exposed[0] = 7  # type: ignore[index]
        assert view[0] == 1


# Registered before the first view exists: an exit hook that the package
# registered later (weakref.finalize does) would run first.
AT_EXIT = """
import atexit, pascal
views = []
def check():
    for n, view in views:
        assert view.tolist() == pascal.pascal_row(n), "a view changed at exit"
    print("views intact at exit")
atexit.register(check)
for n in (5, 1000, 1 << 16):
    views.append((n, pascal.pascal_row_buffer(n)))
"""


def test_a_view_keeps_its_row_through_interpreter_exit() -> None:
    ran = run_python(AT_EXIT)
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.strip() == "views intact at exit"
