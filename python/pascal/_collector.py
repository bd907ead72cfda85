"""What PyPy's collector must be told about rows it cannot see.

pascal_row_buffer's rows live outside the collector's heap and are freed when
their last view is collected. CPython frees them at once (reference counts);
PyPy only at a major collection, which its own heap's growth schedules, and a
loop of views of large rows grows that heap by a few small objects per row:
left alone, resident memory grows by gigabytes between collections.

cffi's answer, ffi.gc(..., size=nbytes), charges each row to the collector,
which then runs a major collection whenever the charges pass a threshold set
by its (small) heap: at n = 10^5 that was a collection every few rows, and
pascal_row_buffer ran 6-8x slower than on CPython. Instead we count the bytes
of rows handed out since the last forced collection (with ROW_OBJECTS for the
objects around each) and collect when they pass BUDGET: at most about BUDGET
of dropped rows waits for the collector, and a collection comes once per
BUDGET of rows however large each is. The count is a plain add, not a
destructor per row: a Python-level destructor costs PyPy's collector more
than the whole call at n = 10. Rows freed by their block (scoped_row_buffer)
are not counted."""

import gc
import sys
from typing import Optional

# Bytes of rows handed to views between forced collections.
BUDGET = 32 << 20
# What each row adds besides its entries: the cffi objects, views and heap
# headers around it, about this many bytes, which the collector's own heap
# growth counts late. Counted too, so loops of small rows also collect.
ROW_OBJECTS = 512


class Pressure:
    """Counts the bytes of rows handed to views; a full collection (which
    frees every row no view keeps) when they pass `budget`. Kept loosely: an
    update lost between threads only moves the next collection a little."""

    def __init__(self, budget: int = BUDGET) -> None:
        self.budget = budget
        self.since = 0  # bytes handed out since the last forced collection

    def add(self, nbytes: int) -> None:
        since = self.since + nbytes + ROW_OBJECTS
        if since > self.budget:
            gc.collect()
            since = 0
        self.since = since


# PyPy only: on CPython every row is freed as soon as its last view is gone.
PRESSURE: Optional[Pressure] = Pressure() if sys.implementation.name == "pypy" else None
