"""A row too large to want in memory at once, written to disk in chunks by a
thread pool: row 10^9 (4 GB of uint32) into a NumPy memmap, then spot-checked
against pascal_entry.

    PYTHONPATH=build/release/python /usr/bin/python3 examples/python/huge_row_parallel.py \
        [--n 1000000000] [--chunk 16777216] [--threads 2] [--path row.u32]

Each chunk is an independent pascal_row_range_into call into a slice of the
memmap: the library writes into the mapped file's pages directly (no copy),
and every call releases the GIL, so the threads compute side by side. Memory
stays bounded by what the kernel keeps of the mapping; the file is the row.
The same pieces, spread over machines instead of threads, are
examples/python/dask_row.py.
"""

import argparse
import os
import random
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

import numpy
import pascal


def fill(row: "numpy.memmap", n: int, chunk: int, threads: int) -> float:
    """Writes row n into `row` in chunks of `chunk` entries; returns seconds."""
    starts = range(0, n, chunk)

    def one(k0: int) -> int:
        count = min(chunk, n - k0)
        return pascal.pascal_row_range_into(n, k0, count, row[k0 : k0 + count])

    begin = time.perf_counter()
    with ThreadPoolExecutor(max_workers=threads) as pool:
        written = sum(pool.map(one, starts))
    elapsed = time.perf_counter() - begin
    assert written == n
    return elapsed


def spot_check(row: "numpy.memmap", n: int, samples: int) -> None:
    """The ends, the middle and random entries against pascal_entry."""
    rng = random.Random(n)
    positions = {0, 1, n // 2, n - 2, n - 1} | {rng.randrange(n) for _ in range(samples)}
    for k in sorted(p for p in positions if 0 <= p < n):
        expected = pascal.pascal_entry(n, k)
        if int(row[k]) != expected:
            raise SystemExit(f"entry {k} of row {n}: the file holds {int(row[k])}, pascal_entry gives {expected}")
    print(f"spot check: {len(positions)} entries agree with pascal_entry")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10**9)
    parser.add_argument("--chunk", type=int, default=1 << 24)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--path", help="the file to write (default: a temporary one, removed after)")
    args = parser.parse_args()

    path = args.path or os.path.join(tempfile.mkdtemp(prefix="pascal-row-"), "row.u32")
    try:
        row = numpy.memmap(path, dtype=numpy.uint32, mode="w+", shape=(args.n,))
        seconds = fill(row, args.n, args.chunk, args.threads)
        row.flush()
        print(
            f"row {args.n}: {args.n * 4 / 2**30:.2f} GiB in {seconds:.2f} s with {args.threads} threads, "
            f"chunks of {args.chunk} entries, into {path}"
        )
        spot_check(row, args.n, 1000)
        del row
    finally:
        if not args.path:
            os.remove(path)
            os.rmdir(os.path.dirname(path))
    return 0


if __name__ == "__main__":
    sys.exit(main())
