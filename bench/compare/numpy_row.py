"""The NumPy comparator: what a Python user would write today for a row of
uint32 entries. The same O(n^2) recurrence, each row one vectorised pass:
`row[1:i+1] += row[:i]` adds the previous row shifted by one, n-1 passes of
growing length (n²/2 additions in all, but each pass a single ufunc call).
uint32 addition wraps silently, so entries are C(n-1, k) mod 2^32. The
operands overlap, and NumPy makes the result as if they did not (it buffers
the input), so this is the recurrence, not a prefix sum."""

import numpy


def pascal_row(n: int) -> "numpy.ndarray":
    row = numpy.zeros(n, dtype=numpy.uint32)
    if n:
        row[0] = 1
    for i in range(1, n):
        row[1 : i + 1] += row[:i]
    return row
