"""200,000 calls of each API, and of each error path, leave resident memory
flat: every row is freed, every error frees what it took."""

import array
from typing import Callable

import pascal
import pytest
from helpers import IS_PYPY, collect, resident_bytes

CALLS = 200_000
# Calls first, to fill the allocator's and the collector's pools. On PyPy as
# many again: its resident memory grows by tens of MiB over the first few
# hundred thousand scoped_row_buffer calls, then stays flat for millions (a
# warm-up of 20,000 measured 5 to 10 MiB of that growth as a leak). CPython
# frees each object at once and is flat after 20,000.
WARM_UP = CALLS if IS_PYPY else 20_000
ALLOWED_GROWTH = 4 << 20
N = 100  # 400-byte rows: a leak of each would be 80 MB


def _scoped(n: int) -> None:
    with pascal.scoped_row_buffer(n) as view:
        view[0]


_out = array.array("I", bytes(4 * N))
_too_small = bytearray(4 * N - 1)


def _into(n: int) -> None:
    pascal.pascal_row_into(n, _out)


def _refused(call: Callable[[int], object], n: int, error: type) -> Callable[[int], None]:
    def refused(_: int) -> None:
        try:
            call(n)
        except error:
            return
        raise AssertionError(f"{call.__name__}({n}) did not raise {error.__name__}")

    return refused


CALLS_BY_NAME = {
    "pascal_row": pascal.pascal_row,
    "pascal_row_buffer": pascal.pascal_row_buffer,
    "scoped_row_buffer": _scoped,
    "pascal_row_into": _into,
    "pascal_row ENOMEM": _refused(pascal.pascal_row, 2**62, MemoryError),
    "pascal_row_buffer ENOMEM": _refused(pascal.pascal_row_buffer, 2**62, MemoryError),
    "pascal_row_into too small": _refused(lambda n: pascal.pascal_row_into(n, _too_small), N, ValueError),
    "pascal_row negative": _refused(pascal.pascal_row, -1, ValueError),
}


@pytest.mark.resident_memory
@pytest.mark.parametrize("name", list(CALLS_BY_NAME))
def test_resident_memory_stays_flat(name: str) -> None:
    call = CALLS_BY_NAME[name]
    for _ in range(WARM_UP):
        call(N)
    collect()
    before = resident_bytes()
    for _ in range(CALLS):
        call(N)
    collect()
    growth = resident_bytes() - before
    assert growth < ALLOWED_GROWTH, f"{name}: resident memory grew by {growth / 2**20:.1f} MiB"
