"""pascal_entry and the row ranges, against oracles that share nothing with
the library: math.comb, the reference row, a plain multiplicative product
with odd parts and powers of two kept apart, Pascal's rule, symmetry and
Kummer's carry count."""

import array
import math
import random
from typing import Callable, Dict, List

import pascal
import pytest
from helpers import reference_row, refused

MOD = 2**32
U64_MAX = 2**64 - 1
RNG = random.Random(20261130)


def _buffer_range(n: int, k0: int, count: int) -> List[int]:
    view = pascal.pascal_row_range_buffer(n, k0, count)
    assert view.format == "I" and len(view) == count
    return view.tolist()


def _range_into(n: int, k0: int, count: int) -> List[int]:
    out = array.array("I", bytes(4 * (count + 1)))  # one guard entry
    assert pascal.pascal_row_range_into(n, k0, count, out) == count
    assert out[count] == 0, "pascal_row_range_into wrote past the range"
    return out.tolist()[:count]


# Every way to get a range, as a list: copied, handed to Python, caller-owned.
RANGE_APIS: Dict[str, Callable[[int, int, int], List[int]]] = {
    "pascal_row_range": pascal.pascal_row_range,
    "pascal_row_range_buffer": _buffer_range,
    "pascal_row_range_into": _range_into,
}


def product_entry(n: int, k: int) -> int:
    """C(n-1, k) mod 2**32 as the product of (m - k + i) / i, i = 1..k, with
    each factor's odd part and power of two kept apart: O(k), any n."""
    m, odd, twos = n - 1, 1, 0
    for i in range(1, k + 1):
        top, bottom = m - k + i, i
        top_twos = (top & -top).bit_length() - 1
        bottom_twos = (bottom & -bottom).bit_length() - 1
        odd = odd * (top >> top_twos) * pow(bottom >> bottom_twos, -1, MOD) % MOD
        twos += top_twos - bottom_twos
    return (odd << twos) % MOD if twos < 32 else 0


def kummer_twos(m: int, k: int) -> int:
    """The power of two in C(m, k): the carries adding k and m - k in base 2."""
    return bin(k).count("1") + bin(m - k).count("1") - bin(m).count("1")


def test_every_entry_of_every_row_up_to_300_is_the_reference() -> None:
    for n in range(1, 301):
        assert [pascal.pascal_entry(n, k) for k in range(n)] == reference_row(n)


def test_random_entries_of_rows_up_to_100000_are_math_comb() -> None:
    # math.comb of a 10^5 row is a 30,000-digit integer: 60 points, 0.3 s on
    # CPython and 3 s on PyPy (the whole suite runs about 30 times in CI).
    for _ in range(60):
        n = RNG.randint(1, 100_000)
        k = RNG.randrange(n)
        assert pascal.pascal_entry(n, k) == math.comb(n - 1, k) % MOD, (n, k)


def test_entries_near_the_ends_of_huge_rows_are_the_plain_product() -> None:
    for _ in range(300):
        n = RNG.randint(2**33, U64_MAX)
        k = RNG.randint(0, 60)
        assert pascal.pascal_entry(n, k) == product_entry(n, k), (n, k)
        assert pascal.pascal_entry(n, n - 1 - k) == product_entry(n, k), (n, n - 1 - k)


def test_huge_rows_obey_pascals_rule_symmetry_and_kummer() -> None:
    for _ in range(3000):
        m = RNG.randint(2, U64_MAX - 2)
        k = RNG.randrange(m)
        below, right = pascal.pascal_entry(m + 1, k), pascal.pascal_entry(m + 1, k + 1)
        # C(m, k) + C(m, k + 1) = C(m + 1, k + 1)
        assert (below + right) % MOD == pascal.pascal_entry(m + 2, k + 1), (m, k)
        # C(m, k) = C(m, m - k)
        assert below == pascal.pascal_entry(m + 1, m - k), (m, k)
        twos = kummer_twos(m, k)
        if twos >= 32:
            assert below == 0, (m, k)
        else:
            assert below != 0 and (below & -below) == 1 << twos, (m, k)


def test_the_readme_example_agrees_with_kummer_and_pascals_rule() -> None:
    n, k = 10**18 + 1, 5 * 10**17
    value = pascal.pascal_entry(n, k)
    assert value == 486539264  # what README.md shows
    assert (value & -value) == 1 << kummer_twos(n - 1, k)
    assert (pascal.pascal_entry(n - 1, k - 1) + pascal.pascal_entry(n - 1, k)) % MOD == value


def test_row_two_to_the_64_minus_one_is_reachable() -> None:
    assert pascal.pascal_entry(U64_MAX, 0) == 1
    assert pascal.pascal_entry(U64_MAX, U64_MAX - 1) == 1
    assert pascal.pascal_entry(U64_MAX, 1) == (U64_MAX - 1) % MOD


@pytest.mark.parametrize("api", sorted(RANGE_APIS))
def test_ranges_equal_the_entries_one_by_one(api: str) -> None:
    for n in [2**32 + 7, 2**63 + 12345, U64_MAX, RNG.randint(2**40, 2**62)]:
        for k0 in [0, RNG.randint(0, 100), n // 2 - RNG.randint(0, 100), n - 300, n - RNG.randint(50, 300)]:
            count = min(300, n - k0)
            assert RANGE_APIS[api](n, k0, count) == [pascal.pascal_entry(n, k) for k in range(k0, k0 + count)], (n, k0)


@pytest.mark.parametrize("api", sorted(RANGE_APIS))
def test_ranges_are_slices_of_the_row(api: str) -> None:
    for n in [1, 2, 35, 1000, 65537, 10**7]:
        row = pascal.pascal_row_buffer(n)
        for k0 in sorted({0, n // 3, n // 2, n - 1}):
            for count in sorted({0, 1, 17, min(100_000, n - k0)}):
                if k0 + count <= n:
                    assert RANGE_APIS[api](n, k0, count) == row[k0 : k0 + count].tolist(), (n, k0, count)


def test_a_range_buffer_is_a_read_only_uint32_view_owned_by_python() -> None:
    view = pascal.pascal_row_range_buffer(10, 2, 5)
    assert view.format == "I" and view.readonly and view.tolist() == [36, 84, 126, 126, 84]


@pytest.mark.parametrize("k", [5, 6, U64_MAX])
def test_an_entry_outside_the_row_is_an_index_error(k: int) -> None:
    assert refused(lambda: pascal.pascal_entry(5, k), IndexError)


def test_row_zero_has_no_entry() -> None:
    assert refused(lambda: pascal.pascal_entry(0, 0), IndexError)


@pytest.mark.parametrize("api", sorted(RANGE_APIS))
@pytest.mark.parametrize("k0, count", [(3, 3), (6, 0), (U64_MAX, 2)])
def test_a_range_outside_the_row_is_an_index_error(api: str, k0: int, count: int) -> None:
    assert refused(lambda: RANGE_APIS[api](5, k0, count), IndexError)


@pytest.mark.parametrize("api", sorted(RANGE_APIS))
def test_an_empty_range_is_empty(api: str) -> None:
    assert RANGE_APIS[api](5, 5, 0) == []
    assert RANGE_APIS[api](5, 2, 0) == []


@pytest.mark.parametrize(
    "call",
    [
        lambda: pascal.pascal_entry(-1, 0),
        lambda: pascal.pascal_entry(5, -1),
        lambda: pascal.pascal_row_range(-1, 0, 1),
        lambda: pascal.pascal_row_range(5, -1, 1),
        lambda: pascal.pascal_row_range(5, 0, -1),
    ],
)
def test_negative_arguments_are_value_errors(call: Callable[[], object]) -> None:
    assert refused(call, ValueError)


@pytest.mark.parametrize("call", [lambda: pascal.pascal_entry(2**64, 0), lambda: pascal.pascal_row_range(2**64, 0, 1)])
def test_row_indices_past_64_bits_are_overflow_errors(call: Callable[[], object]) -> None:
    assert refused(call, OverflowError)


@pytest.mark.parametrize(
    "call",
    [
        lambda: pascal.pascal_entry(5.0, 1),
        lambda: pascal.pascal_entry(5, "1"),
        lambda: pascal.pascal_row_range(5, 0, 1.5),
    ],
)
def test_non_integers_are_type_errors(call: Callable[[], object]) -> None:
    assert refused(call, TypeError)


def test_range_into_checks_its_buffer() -> None:
    assert refused(lambda: pascal.pascal_row_range_into(10, 0, 5, bytes(20)), TypeError)
    assert refused(lambda: pascal.pascal_row_range_into(10, 0, 5, bytearray(16)), ValueError)
