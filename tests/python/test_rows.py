"""Row values, through every API: the known rows, the limits of exactness,
the empty row and long rows."""

from typing import Callable, List

import pascal
import pytest
from helpers import ROW_APIS, reference_row

RowApi = Callable[[int], List[int]]


@pytest.fixture(params=sorted(ROW_APIS))
def row(request: pytest.FixtureRequest) -> RowApi:
    return ROW_APIS[request.param]


def test_row_10(row: RowApi) -> None:
    assert row(10) == [1, 9, 36, 84, 126, 126, 84, 36, 9, 1]


def test_row_0_is_empty(row: RowApi) -> None:
    assert row(0) == []


def test_first_rows(row: RowApi) -> None:
    assert [row(n) for n in range(1, 6)] == [[1], [1, 1], [1, 2, 1], [1, 3, 3, 1], [1, 4, 6, 4, 1]]


def test_row_35_is_exact_above_2_to_the_31(row: RowApi) -> None:
    assert row(35)[17] == 2333606220 == reference_row(35)[17]


def test_row_41_wraps_modulo_2_to_the_32(row: RowApi) -> None:
    assert row(41)[20] == 407575348 == reference_row(41)[20]


def test_long_row_matches_the_definition(row: RowApi) -> None:
    assert row(3000) == reference_row(3000)


def test_row_100000_is_symmetric_with_ones_at_the_ends(row: RowApi) -> None:
    values = row(100_000)
    assert len(values) == 100_000
    assert values[0] == values[-1] == 1 and values[1] == 99_999
    assert values == values[::-1]


def test_pascal_row_returns_a_list_of_ints() -> None:
    values = pascal.pascal_row(12)
    assert type(values) is list and all(type(value) is int for value in values)


def test_integer_like_n_is_accepted(row: RowApi) -> None:
    class Index:
        def __index__(self) -> int:
            return 4

    assert row(Index()) == [1, 3, 3, 1]  # type: ignore[arg-type]
    assert row(True) == [1]
