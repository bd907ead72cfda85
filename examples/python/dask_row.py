"""A row computed by a cluster: row n as a Dask array whose chunks are
pascal_row_range calls, computed by dask.distributed workers, written to a
Zarr store by those workers, then spot-checked against pascal_entry.

    PYTHONPATH=build/release/python python3 examples/python/dask_row.py \\
        --n 1000000 --chunks 8 --store row.zarr [--scheduler tcp://HOST:8786]

Needs dask[array], distributed and zarr (pinned in scripts/pip/dask.txt) and
the pascal package on every worker, not only here:
  - without --scheduler, a LocalCluster of --workers processes is started
    here. Its worker processes are new interpreters: they inherit this
    process's environment, not its sys.path, so the directory holding the
    pascal package must come from PYTHONPATH (as above) or an installed
    package (pip install .);
  - with --scheduler, the cluster's workers must import the same pascal
    version (installed, or on their PYTHONPATH), and --store must name storage
    they and this process all reach (a shared file system, or an fsspec URL
    such as an object store's).
The script checks that every worker imports pascal before computing.

Each chunk is one pascal_row_range_into call filling a fresh NumPy array: its
start costs O(log^2 n), the rest runs at the row kernel's speed, and no chunk
depends on another, so the graph is one task per chunk plus one store task
per chunk, nothing shared. The chunks are made by dask.array.map_blocks with
no input array (block_info gives each block's first index) rather than
from_delayed + concatenate: map_blocks is one blockwise graph layer however
many chunks there are (the scheduler sees it whole, Zarr writes fuse into the
same tasks), where from_delayed builds one Python object and one layer per
chunk and a concatenate on top. Dask arrays have signed 64-bit shapes, so n
stops at 2**63 - 1 here (pascal_row_range itself takes n up to 2**64 - 1).
The scale plan (chunk size, memory per worker, cost of a 10^11-entry row) is
docs/scaling.md; the same pieces on one machine's threads are
examples/python/huge_row_parallel.py.
"""

import argparse
import random
import resource
import sys
import time
from typing import Any, Dict, List, Optional, Tuple

import dask.array
import numpy
import pascal
import zarr
from dask.distributed import Client, LocalCluster, get_worker

CHUNK_EVENT = "pascal-row-chunk"  # each chunk's compute time, logged by the worker that ran it


def fill_block(n: int, block_info: Optional[Dict[Any, Any]] = None) -> numpy.ndarray:
    """One chunk of row n: the entries block_info locates, by one
    pascal_row_range_into call into a new array (no copy; the GIL is
    released, so a worker's threads compute side by side)."""
    assert block_info is not None
    k0, stop = block_info[None]["array-location"][0]
    count = stop - k0
    out = numpy.empty(count, dtype=numpy.uint32)
    begin = time.perf_counter()
    written = pascal.pascal_row_range_into(n, k0, count, out)
    seconds = time.perf_counter() - begin
    assert written == count
    try:
        get_worker().log_event(CHUNK_EVENT, {"k0": k0, "count": count, "seconds": seconds})
    except ValueError:
        pass  # not on a dask.distributed worker (the local scheduler): nothing to report to
    return out


def row_array(n: int, chunk_size: int) -> dask.array.Array:
    """Row n as a lazy Dask array of uint32 in chunks of chunk_size entries
    (the last one shorter)."""
    if not 1 <= n < 2**63:
        raise ValueError(f"n must be in 1 .. 2**63 - 1 for a Dask array, not {n}")
    full, rest = divmod(n, chunk_size)
    chunks = (chunk_size,) * full + ((rest,) if rest else ())
    return dask.array.map_blocks(
        fill_block,
        n,
        chunks=(chunks,),
        dtype=numpy.uint32,
        meta=numpy.empty((0,), dtype=numpy.uint32),
        token="pascal_row_range",
    )


def check_workers(client: Client) -> None:
    """Every worker imports pascal, at this process's version; otherwise a
    clear error now rather than a failed task later."""

    def version() -> str:
        import pascal

        return str(pascal.__version__)

    try:
        versions = client.run(version)
    except ImportError as error:
        raise SystemExit(
            f"a worker cannot import pascal ({error}): put the directory holding the package on the "
            "workers' PYTHONPATH (a LocalCluster's workers inherit this process's environment, not its "
            "sys.path) or install it on every worker"
        ) from error
    wrong = {worker: v for worker, v in versions.items() if v != pascal.__version__}
    if wrong:
        raise SystemExit(f"workers with another pascal than this process's {pascal.__version__}: {wrong}")


def worker_memory(client: Client) -> Dict[str, Tuple[float, float]]:
    """(resident MiB now, peak resident MiB since the worker started) per worker."""

    def measure() -> Tuple[float, float]:
        import psutil  # a dependency of distributed

        now = psutil.Process().memory_info().rss / 2**20
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**10  # KiB on Linux
        return now, peak

    return {str(worker): value for worker, value in client.run(measure).items()}


def chunk_times(client: Client, chunks: int, wait: float = 10.0) -> List[float]:
    """The seconds each chunk's pascal_row_range_into call took on its worker
    (the events arrive shortly after the tasks finish)."""
    deadline = time.monotonic() + wait
    while True:
        events = client.get_events(CHUNK_EVENT)
        if len(events) >= chunks or time.monotonic() > deadline:
            return [message["seconds"] for _, message in events]
        time.sleep(0.1)


def spot_check(store: str, n: int, samples: int) -> None:
    """The ends, the middle and random entries of the stored row against
    pascal_entry. Zarr reads whole chunks, so the entries are read chunk by
    chunk, each chunk once: memory stays at one chunk, and the check costs
    a read of every chunk it touches (at most samples + 5 chunks)."""
    row = zarr.open_array(store, mode="r")
    if row.shape != (n,) or row.dtype != numpy.uint32:
        raise SystemExit(f"{store} holds a {row.dtype} array of shape {row.shape}, not row {n} as uint32")
    chunk = row.chunks[0]
    rng = random.Random(n)
    candidates = {0, 1, n // 2, n - 2, n - 1, *(rng.randrange(n) for _ in range(samples))}
    by_chunk: Dict[int, List[int]] = {}
    for k in sorted(k for k in candidates if 0 <= k < n):
        by_chunk.setdefault(k // chunk, []).append(k)
    for positions in by_chunk.values():
        stored = row[positions[0] : positions[-1] + 1]  # within one chunk
        for k in positions:
            value, expected = int(stored[k - positions[0]]), pascal.pascal_entry(n, k)
            if value != expected:
                raise SystemExit(f"entry {k} of row {n}: the store holds {value}, pascal_entry gives {expected}")
    print(f"spot check: {sum(map(len, by_chunk.values()))} entries in {len(by_chunk)} chunks agree with pascal_entry")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10**6, help="the row (default 10^6)")
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--chunk-size", type=int, help="entries per chunk (default 2^24: 64 MiB)")
    size.add_argument("--chunks", type=int, help="the number of chunks (instead of --chunk-size)")
    parser.add_argument("--store", required=True, help="the Zarr store to write: a path or an fsspec URL")
    parser.add_argument("--scheduler", help="a running scheduler (tcp://HOST:PORT); default: a LocalCluster here")
    parser.add_argument("--workers", type=int, default=2, help="LocalCluster worker processes (default 2)")
    parser.add_argument("--threads-per-worker", type=int, default=1, help="LocalCluster threads per worker")
    parser.add_argument("--compress", action="store_true", help="Zarr's default compression (the row hardly shrinks)")
    parser.add_argument("--samples", type=int, default=1000, help="random entries to spot-check (default 1000)")
    args = parser.parse_args()

    if args.chunks is not None:
        if not 1 <= args.chunks <= args.n:
            parser.error(f"--chunks must be in 1 .. n, not {args.chunks}")
        chunk_size = -(-args.n // args.chunks)
    else:
        chunk_size = args.chunk_size or 1 << 24
        if chunk_size < 1:
            parser.error(f"--chunk-size must be positive, not {chunk_size}")
    row = row_array(args.n, min(chunk_size, args.n))

    if args.scheduler:
        cluster = None
        client = Client(args.scheduler)
    else:
        cluster = LocalCluster(
            n_workers=args.workers,
            threads_per_worker=args.threads_per_worker,
            processes=True,
            dashboard_address=None,
        )
        client = Client(cluster)
    try:
        check_workers(client)
        before = worker_memory(client)
        begin = time.perf_counter()
        # The workers compute the chunks and write them to the store; no
        # chunk comes back here. One Zarr chunk per Dask chunk.
        dask.array.to_zarr(row, args.store, mode="w", **({} if args.compress else {"compressors": None}))
        seconds = time.perf_counter() - begin
        times = sorted(chunk_times(client, row.numblocks[0]))
        after = worker_memory(client)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

    print(
        f"row {args.n}: {args.n * 4 / 2**20:.1f} MiB in {row.numblocks[0]} chunks of {row.chunks[0][0]} entries, "
        f"computed and stored in {seconds:.2f} s by {len(after)} workers into {args.store}"
    )
    if times:
        print(
            f"chunk compute (pascal_row_range_into on the worker): {len(times)} chunks, "
            f"min {times[0] * 1e3:.2f} ms, median {times[len(times) // 2] * 1e3:.2f} ms, "
            f"max {times[-1] * 1e3:.2f} ms, {row.chunks[0][0] / times[len(times) // 2] / 1e6:.0f} M entries/s"
        )
    for worker in sorted(after):
        now, peak = after[worker]
        started = f"{before[worker][0]:.0f} MiB before, " if worker in before else ""
        print(f"worker {worker}: resident {started}{now:.0f} MiB after, peak {peak:.0f} MiB since it started")
    spot_check(args.store, args.n, args.samples)
    return 0


if __name__ == "__main__":
    sys.exit(main())
