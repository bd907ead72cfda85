"""10,000 calls of every function of the Python API, for valgrind: rows of
several sizes through each ownership model, the errors, and the version.
Every result is checked, so a wrong answer fails even where memcheck is
silent. Prints the number of calls made."""

import array
import math
import sys
from typing import Callable, Type

import pascal

CALLS = 10_000
SIZES = [0, 1, 2, 35, 36, 41, 64]
EXPECTED = {n: [math.comb(n - 1, k) % 2**32 for k in range(n)] for n in SIZES}


def refuses(call: Callable[[], object], error: Type[Exception]) -> bool:
    try:
        call()
    except error:
        return True
    return False


def main() -> int:
    calls = 0
    failures = 0
    out = array.array("I", bytes(4 * max(SIZES)))
    for i in range(CALLS):
        n = SIZES[i % len(SIZES)]
        with pascal.scoped_row_buffer(n) as view:
            scoped = view.tolist()
        view_row = pascal.pascal_row_buffer(n)
        checks = [
            pascal.pascal_row(n) == EXPECTED[n],
            view_row.tolist() == EXPECTED[n],
            scoped == EXPECTED[n],
            pascal.pascal_row_into(n, out) == n and out.tolist()[:n] == EXPECTED[n],
            pascal.library_version() == pascal.__version__,
            refuses(lambda: pascal.pascal_row(-1), ValueError),
            refuses(lambda: pascal.pascal_row(2**62), MemoryError),
            refuses(lambda: pascal.pascal_row_into(n + 1, bytes(4 * (n + 1))), TypeError),
        ]
        del view_row
        calls += len(checks)
        failures += checks.count(False)
    print(f"{calls} calls ({CALLS} of each of {calls // CALLS} kinds) through {pascal.BACKEND}, "
          f"{failures} wrong")
    return 0 if failures == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
