"""8 threads x 20,000 mixed calls of the whole Python API at once, every
result checked against rows from the definition. Calls release the GIL, so
the library really is entered from several threads at a time."""

import array
import math
import os
import random
import threading
from typing import Callable, Dict, List, Type

import pascal

THREADS = 8
CALLS_PER_THREAD = 20_000
MAX_N = 200
MAX_ROWS = 20

EXPECTED = [[math.comb(n - 1, k) % 2**32 for k in range(n)] for n in range(MAX_N + 1)]
TRIANGLES = [EXPECTED[1 : rows + 1] for rows in range(MAX_ROWS + 1)]
FLAT = [[entry for row in triangle for entry in row] for triangle in TRIANGLES]


def via_buffer(n: int) -> List[int]:
    return pascal.pascal_row_buffer(n).tolist()


def via_scope(n: int) -> List[int]:
    with pascal.scoped_row_buffer(n) as view:
        return view.tolist()


def via_into(n: int) -> List[int]:
    out = array.array("I", bytes(4 * (n + 1)))
    if pascal.pascal_row_into(n, out) != n or out[n] != 0:
        return []
    return out.tolist()[:n]


ROWS: List[Callable[[int], List[int]]] = [pascal.pascal_row, via_buffer, via_scope, via_into]


def triangle_via_buffer(rows: int) -> List[int]:
    return pascal.pascal_triangle_buffer(rows).tolist()


def triangle_via_scope(rows: int) -> List[int]:
    with pascal.scoped_triangle_buffer(rows) as view:
        return view.tolist()


def triangle_via_into(rows: int) -> List[int]:
    entries = rows * (rows + 1) // 2
    out = array.array("I", bytes(4 * (entries + 1)))
    if pascal.pascal_triangle_into(rows, out) != entries or out[entries] != 0:
        return []
    return out.tolist()[:entries]


FLAT_TRIANGLES: List[Callable[[int], List[int]]] = [triangle_via_buffer, triangle_via_scope, triangle_via_into]


def refused(call: Callable[[], object], error: Type[Exception]) -> bool:
    try:
        call()
    except error:
        return True
    return False


def one_call(rng: random.Random) -> bool:
    """One randomly chosen call; True if it kept its promises."""
    n = rng.randrange(MAX_N + 1)
    rows = n % (MAX_ROWS + 1)
    kind = rng.randrange(12)
    if kind < 4:
        return ROWS[kind](n) == EXPECTED[n]
    if kind == 4:
        return pascal.pascal_triangle(rows) == TRIANGLES[rows]
    if kind < 8:
        return FLAT_TRIANGLES[kind - 5](rows) == FLAT[rows]
    if kind == 8:
        return refused(lambda: pascal.pascal_row(-1 - n), ValueError)
    if kind == 9:
        return refused(lambda: pascal.pascal_row(2**62 + n), MemoryError)
    if kind == 10:
        return refused(lambda: pascal.pascal_row_into(n + 1, bytearray(4 * n)), ValueError)
    return pascal.library_version() == pascal.__version__


def test_eight_threads_of_mixed_calls() -> None:
    assert pascal.BACKEND == os.environ["PASCAL_BACKEND"]
    counts: Dict[int, List[int]] = {}
    start = threading.Barrier(THREADS)

    def work(index: int) -> None:
        rng = random.Random(index)
        start.wait()
        calls = mismatches = 0
        for _ in range(CALLS_PER_THREAD):
            calls += 1
            mismatches += not one_call(rng)
        counts[index] = [calls, mismatches]

    threads = [threading.Thread(target=work, args=(i,)) for i in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    calls = sum(c for c, _ in counts.values())
    mismatches = sum(m for _, m in counts.values())
    print(
        f"stress ({pascal.BACKEND}): {THREADS} threads x {CALLS_PER_THREAD} calls = "
        f"{calls} calls, {mismatches} mismatches"
    )
    assert len(counts) == THREADS and calls == THREADS * CALLS_PER_THREAD
    assert mismatches == 0
