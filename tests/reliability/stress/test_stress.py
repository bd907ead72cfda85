"""8 threads x 20,000 mixed calls of the whole Python API at once, every
result checked against rows from the definition. Calls release the GIL, so
the library really is entered from several threads at a time."""

import os
import random
import sys
import threading
from typing import Dict, List

import pascal

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "python"))
from helpers import ROW_APIS, TRIANGLE_APIS, reference_row, refused  # noqa: E402

THREADS = 8
CALLS_PER_THREAD = 20_000
MAX_N = 200
MAX_ROWS = 20

EXPECTED = [reference_row(n) for n in range(MAX_N + 1)]
TRIANGLES = [EXPECTED[1 : rows + 1] for rows in range(MAX_ROWS + 1)]
ROWS = list(ROW_APIS.values())
TRIANGLE_CALLS = list(TRIANGLE_APIS.values())


def one_call(rng: random.Random) -> bool:
    """One randomly chosen call; True if it kept its promises."""
    n = rng.randrange(MAX_N + 1)
    rows = n % (MAX_ROWS + 1)
    kind = rng.randrange(14)
    if kind < 4:
        return ROWS[kind](n) == EXPECTED[n]
    if kind < 8:
        return TRIANGLE_CALLS[kind - 4](rows) == TRIANGLES[rows]
    if kind == 8:
        return refused(lambda: pascal.pascal_row(-1 - n), ValueError)
    if kind == 9:
        return refused(lambda: pascal.pascal_row(2**62 + n), MemoryError)
    if kind == 10:
        return refused(lambda: pascal.pascal_row_into(n + 1, bytearray(4 * n)), ValueError)
    if kind == 11:
        return n == 0 or pascal.pascal_entry(n, n // 2) == EXPECTED[n][n // 2]
    if kind == 12:
        return pascal.pascal_row_range(n, n // 3, n - n // 3) == EXPECTED[n][n // 3 :]
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
