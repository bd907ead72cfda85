"""What reference counting lets CPython prove, and PyPy cannot."""

import array
import ctypes
import weakref

import pascal
import pytest
from helpers import from_ctest, reference_row
from test_threads import main_thread_saw_the_call_half_done


def test_a_slice_outliving_a_scoped_row_is_a_buffer_error_and_keeps_it_alive() -> None:
    with pytest.raises(BufferError, match="outlives the with-block"):
        with pascal.scoped_row_buffer(100) as view:
            tail = view[90:]
    assert tail.tolist() == reference_row(100)[90:]


def test_a_slice_released_inside_the_block_is_fine() -> None:
    with pascal.scoped_row_buffer(100) as view:
        with view[90:] as tail:
            assert tail.tolist() == reference_row(100)[90:]


def test_a_pascal_row_buffer_is_freed_with_its_last_view() -> None:
    view = pascal.pascal_row_buffer(10)
    exporter = view.obj
    exporter_ref = weakref.ref(exporter)
    del exporter
    tail = view[5:]
    del view
    assert exporter_ref() is not None  # the slice keeps the row
    del tail
    assert exporter_ref() is None  # no collection needed


def test_the_gil_check_sees_a_call_that_holds_the_gil() -> None:
    """The control for test_threads.test_calls_release_the_gil: the same check
    on a call that keeps the GIL (ctypes.PyDLL) never sees the row half done."""
    held = ctypes.PyDLL(from_ctest("PASCAL_BUILT_LIBRARY"))
    held.pascal_row_into.argtypes = [ctypes.c_size_t, ctypes.c_void_p, ctypes.c_size_t]
    held.pascal_row_into.restype = ctypes.c_size_t
    n = 1 << 22
    out = array.array("I", bytes(4 * n))
    row = pascal.pascal_row_buffer(n)
    positions = [position for position in range(0, n, n // 64) if row[position] != 0] + [n - 1]
    address = out.buffer_info()[0]
    assert not any(
        main_thread_saw_the_call_half_done(lambda: held.pascal_row_into(n, address, n), out, positions)
        for _ in range(5)
    )
    assert out.tolist() == row.tolist()
