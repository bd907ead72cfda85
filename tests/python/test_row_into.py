"""pascal_row_into: the caller-owned buffer model. Any writable, contiguous,
uint32-aligned buffer works; anything else is refused before C is called."""

import array

import pascal
import pytest
from helpers import SIZE_MAX, reference_row

ROW_8 = reference_row(8)


def test_fills_a_bytearray() -> None:
    out = bytearray(32)
    assert pascal.pascal_row_into(8, out) == 8
    assert memoryview(out).cast("I").tolist() == ROW_8


def test_fills_an_array_of_uint32() -> None:
    out = array.array("I", [0] * 8)
    assert pascal.pascal_row_into(8, out) == 8
    assert out.tolist() == ROW_8


def test_fills_a_writable_memoryview_slice() -> None:
    out = array.array("I", [7] * 12)
    assert pascal.pascal_row_into(8, memoryview(out)[2:10]) == 8
    assert out.tolist() == [7, 7] + ROW_8 + [7, 7]


def test_fills_a_two_dimensional_buffer_in_order() -> None:
    out = bytearray(32)
    assert pascal.pascal_row_into(8, memoryview(out).cast("I", (2, 4))) == 8
    assert memoryview(out).cast("I").tolist() == ROW_8


def test_row_0_needs_no_room() -> None:
    assert pascal.pascal_row_into(0, bytearray()) == 0
    assert pascal.pascal_row_into(0, bytearray(3)) == 0


@pytest.mark.parametrize(
    "out", [memoryview(bytearray(8))[1:1], memoryview(bytearray(9))[1:]], ids=["empty-at-odd-address", "misaligned"]
)
def test_row_0_writes_nothing_so_any_address_will_do(out: memoryview) -> None:
    assert pascal.pascal_row_into(0, out) == 0
    assert pascal.pascal_triangle_into(0, out) == 0


def test_leaves_no_export_behind() -> None:
    out = bytearray(32)
    pascal.pascal_row_into(8, out)
    out.extend(b"more")  # a bytearray still exported could not be resized
    assert len(out) == 36


@pytest.mark.parametrize("out", [bytes(32), memoryview(bytearray(32)).toreadonly()], ids=["bytes", "readonly-view"])
def test_read_only_buffer_is_a_type_error(out: object) -> None:
    with pytest.raises(TypeError, match="read-only"):
        pascal.pascal_row_into(8, out)


@pytest.mark.parametrize("out", [None, [0] * 8, "x" * 32, 8], ids=["None", "list", "str", "int"])
def test_non_buffer_is_a_type_error(out: object) -> None:
    with pytest.raises(TypeError, match="must be a writable buffer"):
        pascal.pascal_row_into(8, out)


def test_non_contiguous_buffer_is_a_type_error() -> None:
    out = array.array("I", [5] * 16)
    with pytest.raises(TypeError, match="C-contiguous"):
        pascal.pascal_row_into(8, memoryview(out)[::2])
    assert out.tolist() == [5] * 16


@pytest.mark.parametrize("size", [0, 4, 31])
def test_too_small_buffer_is_a_value_error_and_untouched(size: int) -> None:
    out = bytearray(b"\xab" * size)
    with pytest.raises(ValueError, match=f"out has {size} bytes, row 8 needs 32"):
        pascal.pascal_row_into(8, out)
    assert out == bytearray(b"\xab" * size)


def test_huge_n_is_refused_by_the_size_check() -> None:
    with pytest.raises(ValueError, match="needs"):
        pascal.pascal_row_into(SIZE_MAX // 4 + 1, bytearray(64))  # 2**62 with a 64-bit size_t


def test_misaligned_buffer_is_a_value_error_and_untouched() -> None:
    out = bytearray(40)
    with pytest.raises(ValueError, match="not aligned"):
        pascal.pascal_row_into(8, memoryview(out)[1:33])
    assert out == bytearray(40)
    out.extend(b"1")  # the refused call left no export behind either


def test_released_view_is_refused() -> None:
    view = memoryview(bytearray(32))
    view.release()
    with pytest.raises(ValueError):
        pascal.pascal_row_into(8, view)
