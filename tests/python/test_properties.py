"""Property tests: every API, for any n, against math.comb(n-1, k) % 2**32."""

import array

import pascal
from helpers import ROW_APIS, reference_row
from hypothesis import given
from hypothesis import strategies as st

lengths = st.integers(min_value=0, max_value=400)


@given(lengths)
def test_every_api_matches_the_definition(n: int) -> None:
    expected = reference_row(n)
    for name, row in ROW_APIS.items():
        assert row(n) == expected, name


@given(lengths, st.integers(min_value=0, max_value=64), st.integers(min_value=0, max_value=2**32 - 1))
def test_row_into_writes_exactly_n_entries(n: int, spare: int, sentinel: int) -> None:
    out = array.array("I", [sentinel] * (n + spare))
    assert pascal.pascal_row_into(n, out) == n
    assert out[:n].tolist() == reference_row(n)
    assert out[n:].tolist() == [sentinel] * spare


@given(lengths, st.integers(min_value=0, max_value=400))
def test_slices_of_a_buffer_are_slices_of_the_row(n: int, start: int) -> None:
    view = pascal.pascal_row_buffer(n)
    assert view[start:].tolist() == reference_row(n)[start:]
