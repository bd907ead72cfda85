"""Thread safety: the library has no global state and every call releases the
GIL, so rows can be computed from many threads at once."""

import array
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Callable, List

import pascal
from helpers import ROW_APIS, reference_row

LENGTHS = [0, 1, 2, 10, 35, 41, 100, 257, 1000]


def test_every_api_from_a_thread_pool() -> None:
    expected = {n: reference_row(n) for n in LENGTHS}
    jobs = [(api, n) for _ in range(40) for api in sorted(ROW_APIS) for n in LENGTHS]
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda job: ROW_APIS[job[0]](job[1]), jobs))
    assert results == [expected[n] for _, n in jobs]


def test_views_are_shared_between_threads() -> None:
    view = pascal.pascal_row_buffer(1000)
    with ThreadPoolExecutor(max_workers=4) as pool:
        sums = list(pool.map(lambda _: sum(view), range(16)))
    assert sums == [sum(reference_row(1000))] * 16


def main_thread_saw_the_call_half_done(
    fill: Callable[[], object], out: "array.array[int]", positions: List[int]
) -> bool:
    """Runs fill() (which writes a row into `out`, zeroed first) in another
    thread, and reports whether this thread, running Python meanwhile, saw `out`
    half written: nonzero at some of `positions` and still zero at others. Had
    the call held the GIL, this thread could not have run during it."""
    out[:] = array.array("I", bytes(4 * len(out)))
    thread = threading.Thread(target=fill)
    thread.start()
    half_done = False
    while thread.is_alive() and not half_done:
        written = [out[position] != 0 for position in positions]
        half_done = any(written) and not all(written)
    thread.join()
    return half_done


def test_calls_release_the_gil() -> None:
    n = 1 << 20
    out = array.array("I", bytes(4 << 26))
    # A row long enough that writing it takes 20 ms or more: on a loaded
    # 2-core machine (CI runs builds beside the tests) a shorter call could end
    # before this thread is scheduled at all, in every try.
    while n < len(out):
        begin = time.perf_counter()
        pascal.pascal_row_into(n, out)
        if time.perf_counter() - begin > 0.02:
            break
        n *= 2
    row = pascal.pascal_row_buffer(n)
    positions = [position for position in range(0, n, n // 64) if row[position] != 0] + [n - 1]
    # PyPy hands a GIL released for a C call to a waiting thread only after the
    # switch interval (5 ms by default), about as long as the call.
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-4)
    try:
        # This thread may not be scheduled during one call on a busy machine; with
        # the GIL held it could not run during any, whatever the number of tries.
        assert any(
            main_thread_saw_the_call_half_done(lambda: pascal.pascal_row_into(n, out), out, positions)
            for _ in range(50)
        )
    finally:
        sys.setswitchinterval(interval)
