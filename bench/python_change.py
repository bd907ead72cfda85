"""Per-call cost of every Python API in two copies of the package, side by
side in one run: a change to the Python layer keeps its speed, or this shows
by how much it does not.

    python3 bench/python_change.py BEFORE AFTER [--interpreters I...] [--quick]
    python3 bench/python_change.py BEFORE AFTER --instructions [--interpreters I...]

BEFORE and AFTER are folders that each hold a `pascal` package with its
library (a staged build/<preset>/python, or a copy of one made before the
change). Every API is timed at n = 10 and n = 1000 (rows; triangles of that
many rows; entry n // 2 and the whole row as a range) on both backends, on
each interpreter. One child process per interpreter and backend imports both
copies (as two packages of their own names) and times them in alternating
batches, BEFORE, AFTER, BEFORE..., 31 of each, keeping the best of each: a
machine whose speed drifts moves both alike. The table gives after / before;
the last line counts the figures more than 5% slower. It times, it asserts
nothing: run it on a quiet machine.

--instructions counts instead of timing: each child runs under valgrind's
callgrind, which dumps its instruction count at every os.getppid() (the
marker around each loop of calls), so each figure is the instructions per
call, the same in every run whatever else the machine does. On a VM whose
speed wanders by more than the 5% being judged, this is the figure that can
decide it (callgrind counts instructions, not cache misses or stalls).
Default interpreter: /usr/bin/python3 (PyPy's JIT under valgrind is slow).
"""

import argparse
import array
import gc
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable, Dict, List

LENGTHS = [10, 1000]
TOLERANCE = 1.05


def calls(pascal: Any, n: int) -> Dict[str, Callable[[], object]]:
    """Every API of the package `pascal` at size n, in the order of its __all__."""
    row_out = array.array("I", bytes(4 * n))
    triangle_out = array.array("I", bytes(4 * (n * (n + 1) // 2)))

    def scoped(make: Callable[[int], Any]) -> None:
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


def load(folder: str, name: str) -> Any:
    """The package in folder/pascal, imported as `name`: its relative imports
    then resolve inside that copy, so two copies live in one process."""
    package = Path(folder) / "pascal"
    locations = [str(package)]
    spec = importlib.util.spec_from_file_location(name, package / "__init__.py", submodule_search_locations=locations)
    assert spec is not None and spec.loader is not None, folder
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def batch(call: Callable[[], object], number: int) -> float:
    start = time.perf_counter()
    for _ in range(number):
        call()
    return time.perf_counter() - start


# Batches of each side, taken in turn. Many short ones, because this VM's
# speed wanders by a third within a second: the best of many is what both
# copies cost when nothing else interferes.
BATCHES = 31


def alternating(before: Callable[[], object], after: Callable[[], object], budget: float) -> List[float]:
    """[before, after] microseconds per call: the best of BATCHES batches of
    each, taken in turn, each sized to last about budget / (2 * BATCHES) s,
    with the cyclic collector off during each (it runs between them)."""
    number, share = 1, budget / (2 * BATCHES)
    while batch(before, number) < share and number < 1 << 22:  # also warms both up (PyPy's JIT)
        batch(after, number)
        number *= 2
    best = [float("inf"), float("inf")]
    for _ in range(BATCHES):
        for side, call in enumerate((before, after)):
            gc.collect()
            gc.disable()
            try:
                best[side] = min(best[side], batch(call, number))
            finally:
                gc.enable()
    return [elapsed / number * 1e6 for elapsed in best]


def measure(before_folder: str, after_folder: str, budget: float) -> Dict[str, Dict[str, List[float]]]:
    """{api: {n: [before, after]}} in this process."""
    before, after = load(before_folder, "pascal_before"), load(after_folder, "pascal_after")
    figures: Dict[str, Dict[str, List[float]]] = {}
    for n in LENGTHS:
        before_calls, after_calls = calls(before, n), calls(after, n)
        for api in before_calls:
            assert before_calls[api]() == after_calls[api](), api  # the same answers (ints, lists, or None)
            figures.setdefault(api, {})[str(n)] = alternating(before_calls[api], after_calls[api], budget)
    return figures


# Calls per counted loop: callgrind runs code about 50 times slower, and a
# count needs no repeats, only enough calls that the markers' cost vanishes.
COUNTED_CALLS = {10: 2000, 1000: 20}


def count(before_folder: str, after_folder: str) -> List[List[object]]:
    """[[api, n, side, calls]...] in the order the counted loops run, each loop
    between two os.getppid() markers; the parent reads the counts."""
    packages = load(before_folder, "pascal_before"), load(after_folder, "pascal_after")
    loops: List[List[object]] = []
    gc.disable()  # the collector's passes would land in whichever loop they fall
    for n in LENGTHS:
        sides = [calls(package, n) for package in packages]
        for api in sides[0]:
            for side, side_calls in enumerate(sides):
                call, number = side_calls[api], COUNTED_CALLS[n]
                for _ in range(16):  # CPython specializes a call site after 8 runs
                    call()
                os.getppid()
                for _ in range(number):
                    call()
                os.getppid()
                loops.append([api, n, side, number])
    return loops


def counted(interpreter: str, backend: str, before: str, after: str) -> Dict[str, Dict[str, List[float]]]:
    """{api: {n: [before, after]}}: instructions per call, from callgrind."""
    with tempfile.TemporaryDirectory() as scratch:
        out = os.path.join(scratch, "callgrind.out")
        loops: List[List[Any]] = json.loads(
            run(
                ["valgrind", "--tool=callgrind", "--dump-before=getppid", f"--callgrind-out-file={out}", "-q"]
                + [interpreter, __file__, before, after, "--count"],
                backend,
            )
        )
        # Dump k (from 1) ends at the k-th marker: dump 2j+2 holds loop j.
        totals = [
            int(re.search(r"^totals: (\d+)", Path(f"{out}.{k}").read_text(), re.M).group(1))  # type: ignore[union-attr]
            for k in range(2, 2 * len(loops) + 1, 2)
        ]
    figures: Dict[str, Dict[str, List[float]]] = {}
    for (api, n, side, number), total in zip(loops, totals):
        figures.setdefault(api, {}).setdefault(str(n), [0.0, 0.0])[side] = total / number
    return figures


def run(command: List[str], backend: str) -> str:
    return subprocess.run(
        command,
        env=dict(os.environ, PASCAL_BACKEND=backend, PYTHONDONTWRITEBYTECODE="1"),
        check=True,
        stdout=subprocess.PIPE,
        universal_newlines=True,
    ).stdout


def child(interpreter: str, backend: str, before: str, after: str, budget: float) -> Dict[str, Dict[str, List[float]]]:
    figures: Dict[str, Dict[str, List[float]]] = json.loads(
        run([interpreter, __file__, before, after, "--child", str(budget)], backend)
    )
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("before")
    parser.add_argument("after")
    parser.add_argument("--interpreters", nargs="+")
    parser.add_argument("--quick", action="store_true", help="short batches: a smoke run, not a measurement")
    parser.add_argument("--instructions", action="store_true", help="count instructions under callgrind")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--count", action="store_true", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child is not None:
        print(json.dumps(measure(options.before, options.after, float(options.child))))
        return 0
    if options.count:
        loops = count(options.before, options.after)
        print(json.dumps(loops))
        return 0
    interpreters = options.interpreters or (
        ["/usr/bin/python3"] if options.instructions else ["/usr/bin/python3", "/usr/bin/pypy3"]
    )

    budget = 0.02 if options.quick else 0.5
    header = " | ".join(f"n = {n}: before, after, ratio" for n in LENGTHS)
    print(f"| interpreter | backend | API | {header} |")
    print("|---|---|---|" + "---:|" * len(LENGTHS))
    slower = total = 0
    for interpreter in interpreters:
        for backend in ("cffi", "ctypes"):
            if options.instructions:
                figures = counted(interpreter, backend, options.before, options.after)
            else:
                figures = child(interpreter, backend, options.before, options.after, budget)
            for api, by_n in figures.items():
                cells = []
                for n in map(str, LENGTHS):
                    before, after = by_n[n]
                    slower += after / before > TOLERANCE
                    total += 1
                    digits = 0 if options.instructions else 3
                    cells.append(f"{before:,.{digits}f}, {after:,.{digits}f}, {after / before:.3f}")
                print(f"| {Path(interpreter).name} | {backend} | {api} | {' | '.join(cells)} |")
    print()
    unit = (
        "Instructions per call (callgrind), loop included, in one process per row group."
        if options.instructions
        else f"Microseconds per call, best of {BATCHES} alternating batches each, in one process per row group."
    )
    print(f"{unit} {slower} of {total} figures are more than {TOLERANCE - 1:.0%} above before.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
