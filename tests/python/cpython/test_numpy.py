"""NumPy with the three ownership models (CPython only: Debian ships NumPy for
CPython, not for PyPy)."""

import numpy as np
import pascal
import pytest
from helpers import reference_row


def test_numpy_integers_are_accepted_as_n() -> None:
    for n in (np.int64(10), np.uint32(10), np.int8(10)):
        assert pascal.pascal_row(n) == reference_row(10)
        assert pascal.pascal_row_buffer(n).tolist() == reference_row(10)


@pytest.mark.parametrize("n", [np.float64(10.0), np.float32(10.0)])
def test_numpy_floats_are_a_type_error(n: object) -> None:
    with pytest.raises(TypeError, match="n must be an integer"):
        pascal.pascal_row(n)  # type: ignore[arg-type]


def test_row_into_fills_a_uint32_array() -> None:
    out = np.zeros(41, dtype=np.uint32)
    assert pascal.pascal_row_into(41, out) == 41
    assert out.tolist() == reference_row(41)


def test_row_into_fills_a_contiguous_2d_array_in_order() -> None:
    out = np.zeros((4, 10), dtype=np.uint32)
    assert pascal.pascal_row_into(40, out) == 40
    assert out.ravel().tolist() == reference_row(40)


def test_row_into_refuses_non_contiguous_and_read_only_arrays() -> None:
    strided = np.zeros(20, dtype=np.uint32)[::2]
    with pytest.raises(TypeError, match="C-contiguous"):
        pascal.pascal_row_into(10, strided)
    frozen = np.zeros(10, dtype=np.uint32)
    frozen.flags.writeable = False
    with pytest.raises(TypeError, match="read-only"):
        pascal.pascal_row_into(10, frozen)


def test_frombuffer_reads_the_library_array_without_a_copy() -> None:
    view = pascal.pascal_row_buffer(1000)
    row = np.frombuffer(view, dtype=np.uint32)
    assert not row.flags.writeable and not row.flags.owndata
    assert row.tolist() == reference_row(1000)
    del view  # the array keeps the row alive
    assert int(row[-1]) == 1 and int(row[1]) == 999


def test_numpy_array_outliving_a_scoped_row_keeps_it_alive() -> None:
    with pytest.raises(BufferError):
        with pascal.scoped_row_buffer(100) as view:
            row = np.frombuffer(view, dtype=np.uint32)
    assert row.tolist() == reference_row(100)
