"""Per-call cost of every Python API in two copies of the package, side by
side in one run: a change to the Python layer keeps its speed, or this shows
by how much it does not.

    python3 bench/python_change.py BEFORE AFTER [--interpreters I...] [--rounds R] [--quick]

BEFORE and AFTER are folders that each hold a `pascal` package with its
library (a staged build/<preset>/python, or a copy of one made before the
change). Every API is timed at n = 10 and n = 1000 (rows; triangles of that
many rows; entry n // 2 and the whole row as a range) on both backends, on
each interpreter, in child processes that alternate BEFORE, AFTER, BEFORE...
for R rounds; each figure is the best of its rounds (each round is the best
of 5 batches, python_api.per_call_us). The table gives after / before; the
last line counts the figures more than 5% slower. It times, it asserts
nothing: run it on a quiet machine.
"""

import argparse
import array
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Callable, Dict, List

sys.path.insert(0, str(Path(__file__).resolve().parent))
from python_api import per_call_us  # noqa: E402  (this folder's benchmark)

LENGTHS = [10, 1000]
TOLERANCE = 1.05


def calls(n: int) -> Dict[str, Callable[[], object]]:
    """Every API of the package at size n, in the order of its __all__."""
    import pascal

    row_out = array.array("I", bytes(4 * n))
    triangle_out = array.array("I", bytes(4 * (n * (n + 1) // 2)))

    def scoped(make: Callable[[int], "pascal.RowScope"]) -> None:
        with make(n) as view:
            view[0]

    return {
        "pascal_entry": lambda: pascal.pascal_entry(n, n // 2),
        "pascal_row": lambda: pascal.pascal_row(n),
        "pascal_row_buffer": lambda: pascal.pascal_row_buffer(n),
        "pascal_row_into": lambda: pascal.pascal_row_into(n, row_out),
        "pascal_row_range": lambda: pascal.pascal_row_range(n, 0, n),
        "pascal_row_range_buffer": lambda: pascal.pascal_row_range_buffer(n, 0, n),
        "pascal_row_range_into": lambda: pascal.pascal_row_range_into(n, 0, n, row_out),
        "pascal_triangle": lambda: pascal.pascal_triangle(n),
        "pascal_triangle_buffer": lambda: pascal.pascal_triangle_buffer(n),
        "pascal_triangle_into": lambda: pascal.pascal_triangle_into(n, triangle_out),
        "scoped_row_buffer": lambda: scoped(pascal.scoped_row_buffer),
        "scoped_triangle_buffer": lambda: scoped(pascal.scoped_triangle_buffer),
    }


def measure(budget: float) -> Dict[str, Dict[str, float]]:
    """{api: {n: microseconds per call}} in this process."""
    figures: Dict[str, Dict[str, float]] = {}
    for n in LENGTHS:
        for api, call in calls(n).items():
            figures.setdefault(api, {})[str(n)] = per_call_us(call, budget)
    return figures


def child(interpreter: str, backend: str, package: str, budget: float) -> Dict[str, Dict[str, float]]:
    done = subprocess.run(
        [interpreter, __file__, "--child", str(budget)],
        env=dict(os.environ, PASCAL_BACKEND=backend, PYTHONPATH=package, PYTHONDONTWRITEBYTECODE="1"),
        check=True,
        stdout=subprocess.PIPE,
        universal_newlines=True,
    )
    figures: Dict[str, Dict[str, float]] = json.loads(done.stdout)
    return figures


def best(runs: List[Dict[str, Dict[str, float]]]) -> Dict[str, Dict[str, float]]:
    return {api: {n: min(run[api][n] for run in runs) for n in runs[0][api]} for api in runs[0]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("before", nargs="?")
    parser.add_argument("after", nargs="?")
    parser.add_argument("--interpreters", nargs="+", default=["/usr/bin/python3", "/usr/bin/pypy3"])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="short batches: a smoke run, not a measurement")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child is not None:
        print(json.dumps(measure(float(options.child))))
        return 0
    if not options.before or not options.after:
        parser.error("BEFORE and AFTER are required")

    budget = 0.02 if options.quick else 0.3
    header = " | ".join(f"n = {n}: before, after, ratio" for n in LENGTHS)
    print(f"| interpreter | backend | API | {header} |")
    print("|---|---|---|" + "---:|" * len(LENGTHS))
    slower = total = 0
    for interpreter in options.interpreters:
        for backend in ("cffi", "ctypes"):
            runs: Dict[str, List[Dict[str, Dict[str, float]]]] = {"before": [], "after": []}
            for _ in range(options.rounds):
                for side in ("before", "after"):
                    runs[side].append(child(interpreter, backend, getattr(options, side), budget))
            before, after = best(runs["before"]), best(runs["after"])
            for api in before:
                cells = []
                for n in map(str, LENGTHS):
                    ratio = after[api][n] / before[api][n]
                    slower += ratio > TOLERANCE
                    total += 1
                    cells.append(f"{before[api][n]:,.3f}, {after[api][n]:,.3f}, {ratio:.3f}")
                print(f"| {Path(interpreter).name} | {backend} | {api} | {' | '.join(cells)} |")
    print()
    print(
        f"Microseconds per call, best of {options.rounds} alternating rounds. "
        f"{slower} of {total} figures are more than {TOLERANCE - 1:.0%} slower after than before."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
