"""A signal whose handler raises (SIGALRM, and SIGINT as Ctrl-C sends it,
each from a kernel timer) during long calls of every allocating API, many times: each call
either returns or raises the handler's exception, and resident memory stays
flat, so no interrupted call left its array behind. The handler's exception
comes at the first bytecode after the C call returns, which is exactly where
an array not yet owned by anything would be lost."""

import ctypes
import os
import random
import signal
import sys
from typing import Callable, Dict, Iterator

import pascal
import pytest

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


class _Sigevent(ctypes.Structure):
    """glibc's struct sigevent, as timer_create() reads it for SIGEV_SIGNAL."""

    _fields_ = [
        ("value", ctypes.c_void_p),
        ("signo", ctypes.c_int),
        ("notify", ctypes.c_int),
        ("rest", ctypes.c_int * 12),
    ]


class _Itimerspec(ctypes.Structure):
    _fields_ = [
        ("interval_sec", ctypes.c_long),
        ("interval_nsec", ctypes.c_long),
        ("value_sec", ctypes.c_long),
        ("value_nsec", ctypes.c_long),
    ]


class Interrupter:
    """A one-shot kernel timer (timer_create) that sends `signum` to this
    process: the signal comes from outside, as Ctrl-C's does, with no thread
    of ours running Python at the time. Its handler raises only while armed,
    so a signal that comes late cannot escape the loop below."""

    CLOCK_MONOTONIC, SIGEV_SIGNAL = 1, 0
    _libc = ctypes.CDLL(None, use_errno=True)

    def __init__(self, signum: int) -> None:
        self.armed = False
        self.exception = KeyboardInterrupt if signum == signal.SIGINT else Alarm
        event = _Sigevent(signo=signum, notify=self.SIGEV_SIGNAL)
        self.timer = ctypes.c_void_p()
        if self._libc.timer_create(self.CLOCK_MONOTONIC, ctypes.byref(event), ctypes.byref(self.timer)) != 0:
            raise OSError(ctypes.get_errno(), "timer_create failed")

    def handler(self, _signum: int, _frame: object) -> None:
        if self.armed:
            self.armed = False
            raise self.exception()

    def _set(self, delay: float) -> None:
        seconds = int(delay)
        when = _Itimerspec(0, 0, seconds, int((delay - seconds) * 1e9))
        if self._libc.timer_settime(self.timer, 0, ctypes.byref(when), None) != 0:
            raise OSError(ctypes.get_errno(), "timer_settime failed")

    def arm(self, delay: float) -> None:
        self.armed = True
        self._set(delay)

    def disarm(self) -> None:
        self.armed = False
        self._set(0.0)  # a zero time stops the timer

    def close(self) -> None:
        self._libc.timer_delete(self.timer)


@pytest.fixture(params=["SIGALRM", "SIGINT"])
def interrupter(request: pytest.FixtureRequest) -> Iterator[Interrupter]:
    signum = getattr(signal, request.param)
    interrupter = Interrupter(signum)
    previous = signal.signal(signum, interrupter.handler)
    try:
        yield interrupter
    finally:
        interrupter.disarm()
        interrupter.close()
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
