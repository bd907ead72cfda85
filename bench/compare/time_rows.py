"""Times every implementation this interpreter can load, all in this one
process, and prints the results as JSON on stdout (progress goes to stderr).

    INTERPRETER time_rows.py COMPARATORS_DIR PASCAL_PYTHON_DIR --sizes 10,100 --repeats 5 --target 0.2

Each implementation is checked against the exact row at each n before it is
timed; a mismatch stops the run.
"""

import argparse
import json
import sys
import time
import timeit
from pathlib import Path

import cffi  # built into PyPy; python3-cffi for Debian's CPython
from implementations import Implementation, Paths, available
from pure_python import exact_row

MAX_CALL_SECONDS = 1.0
PYPY = sys.implementation.name == "pypy"


def interpreter_name() -> str:
    python = ".".join(map(str, sys.version_info[:3]))
    if PYPY:
        pypy = ".".join(map(str, sys.pypy_version_info[:3]))  # type: ignore[attr-defined]
        return f"PyPy {pypy} (Python {python})"
    return f"CPython {python}"


def autorange(timer: timeit.Timer, target: float) -> int:
    """timeit.Timer.autorange with a chosen target: the first number of calls
    in 1, 2, 5, 10, 20, 50, ... whose total time reaches `target` seconds."""
    scale = 1
    while True:
        for multiple in (1, 2, 5):
            number = scale * multiple
            if timer.timeit(number) >= target:
                return number
        scale *= 10


def time_case(implementation: Implementation, n: int, reference: list, maker, args) -> dict:
    case = maker(n)
    started = time.perf_counter()
    row = case.row() if case.row is not None else reference
    one_call = time.perf_counter() - started
    if row != reference:
        first = next((k for k, (a, b) in enumerate(zip(row, reference)) if a != b), min(len(row), len(reference)))
        sys.exit(
            f"{implementation.key}: row {n} differs from the exact row at entry {first} "
            f"(length {len(row)}, expected {len(reference)})"
        )
    if implementation.growth is not None and one_call > MAX_CALL_SECONDS:
        return {"skipped": one_call}
    # Collection stays on: some rows are freed by the collector, and that is
    # part of their cost.
    timer = timeit.Timer(case.call, setup="gc.enable()")
    for _ in range(args.warmups):  # lets PyPy's JIT compile the loop first
        autorange(timer, args.target)
    number = autorange(timer, args.target)
    best = min(timer.repeat(repeat=args.repeats, number=number)) / number
    return {"seconds": best, "number": number}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("comparators", type=Path)
    parser.add_argument("pascal_python", type=Path)
    parser.add_argument("--sizes", required=True, help="comma-separated n")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--target", type=float, default=0.2, help="least seconds per repeat (timeit's autorange: 0.2)")
    parser.add_argument("--warmups", type=int, default=2 if PYPY else 0)
    args = parser.parse_args()
    paths = Paths(args.comparators, args.pascal_python)
    paths.importable()

    implementations = available()
    makers = {implementation.key: implementation.load(paths) for implementation in implementations}
    results: dict = {implementation.key: {} for implementation in implementations}
    last: dict = {}  # key -> (n, seconds per call) at the largest n timed so far
    for n in map(int, args.sizes.split(",")):
        reference = exact_row(n)
        for implementation in implementations:
            key = implementation.key
            if implementation.growth is not None and key in last:
                previous_n, seconds = last[key]
                predicted = seconds * (n / previous_n) ** implementation.growth
                if predicted > MAX_CALL_SECONDS:
                    results[key][n] = {"skipped": predicted}
                    continue
            results[key][n] = result = time_case(implementation, n, reference, makers[key], args)
            if "seconds" in result:
                last[key] = (n, result["seconds"])
                shown = f"{result['seconds'] * 1e6:.3f} us"
            else:
                shown = f"skipped, one call takes {result['skipped']:.1f} s"
            print(f"  {interpreter_name()}  n={n:<6} {key:<26} {shown}", file=sys.stderr, flush=True)
    versions = {"cffi": cffi.__version__}
    if any(implementation.requires == "numpy" for implementation in implementations):
        import numpy

        versions["numpy"] = numpy.__version__
    json.dump({"interpreter": interpreter_name(), **versions, "results": results}, sys.stdout)


if __name__ == "__main__":
    main()
