"""The two pure-Python comparators, and the exact reference every
implementation is checked against before it is timed."""

import math
from typing import List

MASK = 2**32 - 1


def recurrence_row(n: int) -> List[int]:
    """The original O(n^2) recurrence, each row built from the previous one."""
    if n == 0:
        return []
    row = [1]
    for _ in range(n - 1):
        row = [1] + [(left + right) & MASK for left, right in zip(row, row[1:])] + [1]
    return row


def comb_row(n: int) -> List[int]:
    """Big-integer binomials, reduced: O(n) calls of math.comb."""
    return [math.comb(n - 1, k) % 2**32 for k in range(n)]


def exact_row(n: int) -> List[int]:
    """The reference: C(n-1, k) exactly, stepping k with
    C(m, k+1) = C(m, k) * (m - k) / (k + 1), then reduced mod 2^32."""
    row = []
    binomial = 1
    for k in range(n):
        row.append(binomial & MASK)
        binomial = binomial * (n - 1 - k) // (k + 1)
    return row
