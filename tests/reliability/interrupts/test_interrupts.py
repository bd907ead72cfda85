"""A signal whose handler raises (SIGALRM from a timer, SIGINT as Ctrl-C
sends it) during long calls of every allocating API, many times: each call
either returns or raises the handler's exception, and resident memory stays
flat, so no interrupted call left its array behind. The handler's exception
comes at the first bytecode after the C call returns, which is exactly where
an array not yet owned by anything would be lost."""

import os
import random
import signal
import sys
import threading
from typing import Callable, Dict, Iterator, Optional

import pytest

import pascal

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "python"))
from helpers import collect, resident_bytes  # noqa: E402

ROW = 4_000_000  # 16 MB: the C call takes about a millisecond
ROWS = 2_828  # a triangle of 3,999,606 entries
INTERRUPTS = 16  # calls until this many were interrupted ...
CALLS = 256  # ... or this many were made (a loaded machine delivers late)
DELAYS = (0.00002, 0.001)  # seconds from the call's start to the signal
LEAK_BOUND = 3 * 4 * ROW  # three arrays: noise stays far below, four leaked calls pass it


def _scoped_row() -> object:
    with pascal.scoped_row_buffer(ROW) as view:
        return view[ROW // 2]


def _scoped_triangle() -> object:
    with pascal.scoped_triangle_buffer(ROWS) as view:
        return view[-1]


APIS: Dict[str, Callable[[], object]] = {
    "pascal_row": lambda: pascal.pascal_row(ROW),
    "pascal_row_buffer": lambda: pascal.pascal_row_buffer(ROW),
    "scoped_row_buffer": _scoped_row,
    "pascal_triangle": lambda: pascal.pascal_triangle(ROWS),
    "pascal_triangle_buffer": lambda: pascal.pascal_triangle_buffer(ROWS),
    "scoped_triangle_buffer": _scoped_triangle,
}


class Alarm(Exception):
    pass


class Interrupter:
    """Sends `signum` after a delay; its handler raises only while armed, so
    a signal that comes late cannot escape the loop below."""

    def __init__(self, signum: int) -> None:
        self.signum = signum
        self.armed = False
        self.timer: Optional[threading.Timer] = None
        self.exception = KeyboardInterrupt if signum == signal.SIGINT else Alarm

    def handler(self, _signum: int, _frame: object) -> None:
        if self.armed:
            self.armed = False
            raise self.exception()

    def arm(self, delay: float) -> None:
        self.armed = True
        if self.signum == signal.SIGALRM:
            signal.setitimer(signal.ITIMER_REAL, delay)
        else:
            self.timer = threading.Timer(delay, os.kill, (os.getpid(), signal.SIGINT))
            self.timer.start()

    def disarm(self) -> None:
        self.armed = False
        if self.signum == signal.SIGALRM:
            signal.setitimer(signal.ITIMER_REAL, 0)
        elif self.timer is not None:
            self.timer.cancel()
            self.timer.join()


@pytest.fixture(params=["SIGALRM", "SIGINT"])
def interrupter(request: pytest.FixtureRequest) -> Iterator[Interrupter]:
    signum = getattr(signal, request.param)
    interrupter = Interrupter(signum)
    previous = signal.signal(signum, interrupter.handler)
    try:
        yield interrupter
    finally:
        interrupter.disarm()
        signal.signal(signum, previous)


@pytest.mark.parametrize("api", sorted(APIS))
def test_an_interrupted_call_leaves_nothing_behind(api: str, interrupter: Interrupter) -> None:
    call = APIS[api]
    call()  # the allocator's and the interpreter's high-water marks, before measuring
    collect()
    before = resident_bytes()
    delays = random.Random(api).uniform
    interrupted = calls = 0
    while interrupted < INTERRUPTS and calls < CALLS:
        calls += 1
        try:
            interrupter.arm(delays(*DELAYS))
            result = call()
            interrupter.disarm()
            del result
        except interrupter.exception:
            interrupter.disarm()
            interrupted += 1
    collect()
    grown = resident_bytes() - before
    print(f"{api}: {interrupted} of {calls} calls interrupted, resident memory {grown / 2**20:+.1f} MiB")
    assert interrupted >= INTERRUPTS // 4, "too few calls were interrupted to show anything"
    assert grown < LEAK_BOUND, f"resident memory grew by {grown / 2**20:.0f} MiB"
