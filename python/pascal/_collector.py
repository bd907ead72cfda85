"""What PyPy's collector must be told about rows it cannot see.

pascal_row_buffer's rows live outside the collector's heap and are freed when
their last view is collected. CPython frees them at once (reference counts);
PyPy only at a major collection, which its own heap's growth schedules, and a
loop of views of large rows grows that heap by a few small objects per row:
left alone, resident memory would grow by gigabytes between collections.

cffi's answer, ffi.gc(..., size=nbytes), charges each row to the collector,
which then runs a major collection whenever the charges pass a threshold set
by the (small) heap: at n = 10^5 that was a collection every few rows, and
pascal_row_buffer ran 8x slower than on CPython. Instead we count the bytes of
rows not yet freed ourselves and collect when they double since the last
collection (with a floor): resident memory stays within a small multiple of
what the program really keeps, and collections get rarer as rows get larger.
Rows freed by their block (scoped_row_buffer) are not counted."""

import gc
import sys
from typing import Any, Callable, Optional

# Below this many bytes of uncollected rows no collection is forced.
FLOOR = 64 << 20


class Pressure:
    """Bytes of rows handed to views and not yet freed; a full collection
    when they pass `threshold`, which then becomes twice what is left (at
    least FLOOR). The count lives in a list cell that the destructors (run
    by the collector, in whichever thread collects) update in place. It is a
    heuristic: an update lost between threads moves the next collection a
    little, and each collection sets the threshold afresh from the count."""

    def __init__(self, floor: int = FLOOR) -> None:
        self.floor = floor
        self.threshold = floor
        self.outstanding = [0]

    def track(self, owner: Any, nbytes: int) -> Callable[[Any], None]:
        """The destructor for a row of `nbytes` held by `owner`, counted
        until it runs; collects first when too much is outstanding."""
        outstanding = self.outstanding
        outstanding[0] += nbytes
        if outstanding[0] > self.threshold:
            gc.collect()  # runs the destructors of every row no view keeps
            self.threshold = max(self.floor, 2 * outstanding[0])
        release = owner.__exit__

        def destructor(_pointer: Any) -> None:
            outstanding[0] -= nbytes
            release()

        return destructor


# PyPy only: on CPython every row is freed as soon as its last view is gone.
PRESSURE: Optional[Pressure] = Pressure() if sys.implementation.name == "pypy" else None
