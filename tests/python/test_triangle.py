"""Many rows from one call into C: pascal_triangle and its zero-copy and
caller-owned forms, with the same ownership and error rules as rows."""

import array
import errno
import os
from typing import Callable, List

import pascal
import pytest
from helpers import IS_64_BIT, SIZE_MAX, TRIANGLE_APIS, collect, reference_triangle, resident_bytes

ENOMEM_TEXT = f"ENOMEM: {os.strerror(errno.ENOMEM)}"


@pytest.fixture(params=sorted(TRIANGLE_APIS))
def triangle(request: pytest.FixtureRequest) -> Callable[[int], List[List[int]]]:
    return TRIANGLE_APIS[request.param]


def test_first_rows(triangle: Callable[[int], List[List[int]]]) -> None:
    assert triangle(4) == [[1], [1, 1], [1, 2, 1], [1, 3, 3, 1]]


def test_zero_rows_is_empty(triangle: Callable[[int], List[List[int]]]) -> None:
    assert triangle(0) == []


def test_rows_past_exactness_wrap_like_the_definition(triangle: Callable[[int], List[List[int]]]) -> None:
    assert triangle(80) == reference_triangle(80)


def test_each_row_equals_pascal_row() -> None:
    rows = pascal.pascal_triangle(1000)
    assert len(rows) == 1000
    assert all(row == pascal.pascal_row(r) for r, row in enumerate(rows, start=1))


def test_triangle_buffer_is_one_read_only_flat_view() -> None:
    view = pascal.pascal_triangle_buffer(5)
    assert view.readonly and view.format == "I" and len(view) == 15
    assert view[10:15].tolist() == [1, 4, 6, 4, 1]


def test_triangle_into_returns_the_entry_count_and_leaves_the_rest() -> None:
    out = array.array("I", [7] * 12)
    assert pascal.pascal_triangle_into(4, out) == 10
    assert out.tolist()[10:] == [7, 7]


@pytest.mark.parametrize("rows", [2.0, "3", None])
def test_non_integer_rows_is_a_type_error(triangle: Callable[[int], List[List[int]]], rows: object) -> None:
    with pytest.raises(TypeError, match="rows must be an integer"):
        triangle(rows)  # type: ignore[arg-type]


def test_negative_rows_is_a_value_error(triangle: Callable[[int], List[List[int]]]) -> None:
    with pytest.raises(ValueError, match="rows must be >= 0, got -1"):
        triangle(-1)


@pytest.mark.parametrize("api", ["pascal_triangle", "pascal_triangle_buffer", "scoped_triangle_buffer"])
@pytest.mark.parametrize("rows", [2**33 if IS_64_BIT else 2**17, SIZE_MAX])
def test_an_entry_count_beyond_size_t_is_an_overflow_error(api: str, rows: int) -> None:
    with pytest.raises(OverflowError, match="more than size_t counts"):
        getattr(pascal, api)(rows)


UNALLOCATABLE_ROWS = 2**31 if IS_64_BIT else 2**16


@pytest.mark.parametrize("api", ["pascal_triangle", "pascal_triangle_buffer", "scoped_triangle_buffer"])
def test_an_unallocatable_triangle_is_a_memory_error_with_errno(api: str) -> None:
    with pytest.raises(MemoryError) as raised:
        # 2**61 entries: they fit size_t, not memory; with a 32-bit size_t,
        # 2**31 entries, whose bytes do not fit it.
        getattr(pascal, api)(UNALLOCATABLE_ROWS)
    assert str(raised.value) == f"pascal_triangle({UNALLOCATABLE_ROWS}) failed: {ENOMEM_TEXT}"


def test_triangle_into_refuses_a_small_or_read_only_buffer_before_c() -> None:
    with pytest.raises(ValueError, match="out has 36 bytes, a triangle of 4 rows needs 40"):
        pascal.pascal_triangle_into(4, bytearray(36))
    with pytest.raises(TypeError, match="read-only bytes: pascal_triangle_into needs a writable buffer"):
        pascal.pascal_triangle_into(4, bytes(40))


@pytest.mark.resident_memory
@pytest.mark.parametrize("api", ["pascal_triangle", "pascal_triangle_buffer", "scoped_triangle_buffer"])
def test_resident_memory_stays_flat(api: str) -> None:
    def call() -> None:
        if api == "scoped_triangle_buffer":
            with pascal.scoped_triangle_buffer(40) as view:
                view[0]
        else:
            getattr(pascal, api)(40)  # 820 entries, 3280 bytes a call

    for _ in range(5_000):
        call()
    collect()
    before = resident_bytes()
    for _ in range(50_000):  # a leak would be 160 MB
        call()
    collect()
    growth = resident_bytes() - before
    assert growth < 4 << 20, f"{api}: resident memory grew by {growth / 2**20:.1f} MiB"
