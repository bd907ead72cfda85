"""examples/python/dask_row.py run for real, against an oracle it does not use.

    dask_row_test.py WORK venv   (pyenv CPython) WORK/dask: a venv with the pinned
                                 dask, distributed and zarr (scripts/pip/dask.txt),
                                 installed offline, hash-checked, from the wheelhouse
    dask_row_test.py WORK run    (then, in that venv's python, PYTHONPATH = the build's
                                 python/) the example at n = 10^6 in 8 chunks on a LocalCluster
                                 of 2 worker processes, into a Zarr store in a
                                 temporary directory; the store read back must equal
                                 pascal_row(10^6), chunk for chunk

The venv is made the way tests/packaging makes its venvs (its helpers, the
same wheelhouse that scripts/wheelhouse fills); the settings come from
tests/examples/CMakeLists.txt through the environment.
"""

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import List

SOURCE = Path(__file__).resolve().parents[2]
EXAMPLE = SOURCE / "examples" / "python" / "dask_row.py"
N = 10**6
CHUNKS = 8
WORKERS = 2


def venv(root: Path) -> None:
    sys.path.insert(0, str(SOURCE / "tests" / "packaging"))
    from packaging_test import WHEELHOUSE, fresh, make_venv, offline_environment, pip_install_lock

    if not any(WHEELHOUSE.glob("distributed-*.whl")):
        raise SystemExit(f"no dask wheels in {WHEELHOUSE}: run scripts/wheelhouse (or scripts/deps packaging)")
    environment = offline_environment()
    python = make_venv(sys.executable, fresh(root / "dask"), False, environment)
    pip_install_lock(python, "dask", environment)
    print(f"{root / 'dask'}: {sys.executable} with scripts/pip/dask.txt")


def run(root: Path) -> None:
    """Runs `check` in the venv's interpreter (CTest names only interpreters
    that exist before any test runs)."""
    python = root / "dask" / "bin" / "python"
    if not python.exists():
        raise SystemExit(f"no venv at {python.parent.parent}: examples.dask.venv makes it")
    sys.stdout.flush()
    os.execv(str(python), [str(python), __file__, str(root), "check"])


def check(root: Path) -> None:
    import numpy
    import pascal
    import zarr

    print(f"interpreter {sys.executable}; pascal {pascal.__version__} from {Path(pascal.__file__).parent}")
    with tempfile.TemporaryDirectory(prefix="dask-row-", dir=root) as temporary:
        store = Path(temporary) / "row.zarr"
        command: List[str] = [sys.executable, str(EXAMPLE), "--n", str(N), "--chunks", str(CHUNKS)]
        command += ["--store", str(store), "--workers", str(WORKERS), "--threads-per-worker", "1"]
        print("+", " ".join(command), flush=True)
        begin = time.monotonic()
        # The worker processes find pascal through the PYTHONPATH inherited here.
        result = subprocess.run(command, timeout=300)
        print(f"the example took {time.monotonic() - begin:.1f} s", flush=True)
        if result.returncode != 0:
            raise SystemExit(f"the example failed ({result.returncode})")

        row = zarr.open_array(str(store), mode="r")
        assert row.shape == (N,) and row.dtype == numpy.uint32, (row.shape, row.dtype)
        assert row.chunks == (N // CHUNKS,), row.chunks
        assert row.nchunks_initialized == CHUNKS, f"{row.nchunks_initialized} of {CHUNKS} chunks stored"
        stored = row[:]
        expected = numpy.array(pascal.pascal_row(N), dtype=numpy.uint32)
        wrong = numpy.flatnonzero(stored != expected)
        if wrong.size:
            k = int(wrong[0])
            raise SystemExit(
                f"the stored row {N} differs from pascal_row({N}) at {wrong.size} entries, "
                f"first at k = {k}: {int(stored[k])} stored, {int(expected[k])} expected"
            )
    print(f"row {N} read back from Zarr: {CHUNKS} chunks, equal to pascal_row({N})")


def main(argv: List[str]) -> int:
    if len(argv) != 3 or argv[2] not in ("venv", "run", "check"):
        sys.exit(__doc__)
    root = Path(argv[1]).resolve()
    root.mkdir(parents=True, exist_ok=True)
    {"venv": venv, "run": run, "check": check}[argv[2]](root)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
