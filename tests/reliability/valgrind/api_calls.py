"""2,000 calls of every function of the Python API, for valgrind: rows and
triangles of several sizes through each ownership model, the errors, and the
version. Every result is checked, so a wrong answer fails even where memcheck
is silent. Prints the number of calls made."""

import array
import os
import sys
from typing import List

import pascal

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "python"))
from helpers import reference_row, refused  # noqa: E402

# Any leak per call shows as bytes definitely lost, however few the calls;
# 2,000 keep both backends' runs at 20 s each under memcheck (10,000 took 70).
CALLS = 2_000
SIZES = [0, 1, 2, 35, 36, 41, 64]
TRIANGLE_ROWS = [0, 1, 2, 5, 9]

ROWS = {n: reference_row(n) for n in SIZES}
TRIANGLES = {rows: [reference_row(r) for r in range(1, rows + 1)] for rows in TRIANGLE_ROWS}
FLAT = {rows: [entry for r in TRIANGLES[rows] for entry in r] for rows in TRIANGLE_ROWS}


def checks(i: int, out: "array.array[int]") -> List[bool]:
    """One call of each kind; True where the result is right."""
    n = SIZES[i % len(SIZES)]
    rows = TRIANGLE_ROWS[i % len(TRIANGLE_ROWS)]
    with pascal.scoped_row_buffer(n) as view:
        scoped_row = view.tolist()
    with pascal.scoped_triangle_buffer(rows) as view:
        scoped_triangle = view.tolist()
    return [
        pascal.pascal_row(n) == ROWS[n],
        pascal.pascal_row_buffer(n).tolist() == ROWS[n],
        scoped_row == ROWS[n],
        pascal.pascal_row_into(n, out) == n and out.tolist()[:n] == ROWS[n],
        pascal.pascal_triangle(rows) == TRIANGLES[rows],
        pascal.pascal_triangle_buffer(rows).tolist() == FLAT[rows],
        scoped_triangle == FLAT[rows],
        pascal.pascal_triangle_into(rows, out) == len(FLAT[rows]) and out.tolist()[: len(FLAT[rows])] == FLAT[rows],
        pascal.library_version() == pascal.__version__,
        refused(lambda: pascal.pascal_row(-1), ValueError),
        refused(lambda: pascal.pascal_row(2**62), MemoryError),
        refused(lambda: pascal.pascal_row_into(n + 1, bytes(4 * (n + 1))), TypeError),
        n == 0 or pascal.pascal_entry(n, n // 2) == ROWS[n][n // 2],
        pascal.pascal_row_range(n, n // 3, n - n // 3) == ROWS[n][n // 3 :],
        pascal.pascal_row_range_buffer(n, 0, n).tolist() == ROWS[n],
        pascal.pascal_row_range_into(n, 0, n, out) == n and out.tolist()[:n] == ROWS[n],
        refused(lambda: pascal.pascal_entry(n, n), IndexError),
    ]


def main() -> int:
    out = array.array("I", bytes(4 * max(SIZES + [len(f) for f in FLAT.values()])))
    results = [result for i in range(CALLS) for result in checks(i, out)]
    kinds = len(results) // CALLS
    print(
        f"{len(results)} calls ({CALLS} of each of {kinds} kinds) through {pascal.BACKEND}, "
        f"{results.count(False)} wrong"
    )
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
