"""Turns one run's measurements into bench/results/latest.md: a table per
interpreter (µs per call and speed-up over the fastest comparator), the
issue's targets with the ratios measured, and where the time goes."""

from typing import Dict, List, Optional, Tuple

from implementations import ALL, FAMILIES

# Rows timed in C by Google Benchmark, the same for every interpreter.
C_LEVEL = {
    "c_pascal_row": "C call alone: pascal_row + deallocate_vec",
    "c_pascal_row_into": "C call alone: pascal_row_into",
}
GROUPS = [
    (
        "comparator",
        "comparators: the original comparison's three, and what a Python user would pick today",
    ),
    ("libpascal", "libpascal, through the `pascal` package"),
    ("c", "libpascal, the C call alone (Google Benchmark, no Python)"),
    (
        "floor",
        "for reference: no binding, no row; then one bare call, whatever n (on PyPy the JIT folds `abs(-10)` away)",
    ),
]
LABELS = {**FAMILIES, **{i.key: i.label for i in ALL}, **C_LEVEL}
GROUP_OF = {
    **{family: "comparator" for family in FAMILIES},
    **{i.key: i.group for i in ALL},
    **{key: "c" for key in C_LEVEL},
}
MEMBERS = {family: [i.key for i in ALL if i.family == family] for family in FAMILIES}
# The comparators a libpascal call is measured against: each family counts
# once, by its fastest build (the fastest of its members at each n).
COMPARATORS = [*FAMILIES, *(i.key for i in ALL if i.group == "comparator" and not i.family)]

# (implementation, n, least speed-up over the fastest comparator), on CPython:
# the claims the README and docs/performance.md make (issue 5's targets).
TARGETS = [
    ("pascal_row_cffi", 1000, 4),
    ("pascal_row_buffer_cffi", 1000, 15),
    ("pascal_row_into_cffi", 1000, 15),
    ("pascal_row_cffi", 10000, 30),
]
# PyPy / CPython time ratio still read as "as fast": repeated runs here vary by
# a few percent when both are the same C call.
NOISE = 1.05
CFFI_PATHS = ["pascal_row_cffi", "pascal_row_buffer_cffi", "scoped_row_buffer_cffi", "pascal_row_into_cffi"]
LIBPASCAL = [i.key for i in ALL if i.group == "libpascal"]
ROWLESS = {i.key for i in ALL if i.rowless}

Results = Dict[str, Dict[int, dict]]


def display_keys(all_builds: bool) -> List[str]:
    """The rows of a table, in order: each family where its first build
    would be, followed by its builds when all are asked for."""
    keys: List[str] = []
    for implementation in ALL:
        if implementation.family is None:
            keys.append(implementation.key)
            continue
        if implementation.family not in keys:
            keys.append(implementation.family)
        if all_builds:
            keys.append(implementation.key)
    return keys + list(C_LEVEL)


def add_families(results: Results) -> None:
    """Adds each family's row: at each n, the fastest of its builds, and which."""
    for family, members in MEMBERS.items():
        timed = [key for key in members if key in results]
        if not timed:
            continue
        row: Dict[int, dict] = {}
        for n in sorted({n for key in timed for n in results[key]}):
            entries = [(results[key][n]["seconds"], key) for key in timed if "seconds" in results[key].get(n, {})]
            if entries:
                seconds, fastest = min(entries)
                row[n] = {"seconds": seconds, "fastest": fastest}
            else:
                row[n] = {"skipped": min(results[key][n]["skipped"] for key in timed if n in results[key])}
        results[family] = row


def build_of(key: str) -> str:
    """cext_clang_O3 -> clang -O3"""
    compiler, level = key.rsplit("_", 2)[1:]
    return f"{compiler} -{level}"


def function_of(key: str) -> str:
    """pascal_row_into_cffi -> pascal_row_into"""
    return key.rsplit("_", 1)[0]


def size_name(n: int) -> str:
    return f"10^{len(str(n)) - 1}" if n >= 10000 and str(n).strip("0") == "1" else str(n)


def microseconds(seconds: float) -> str:
    us = seconds * 1e6
    if us >= 100:
        return f"{us:,.0f}"
    return f"{us:.1f}" if us >= 10 else f"{us:.2f}" if us >= 1 else f"{us:.3f}"


def seconds_of(results: Results, key: str, n: int) -> Optional[float]:
    return results.get(key, {}).get(n, {}).get("seconds")


def strongest(results: Results, keys: List[str], n: int) -> Optional[Tuple[float, str]]:
    """The least time among `keys` at n, and whose it is."""
    times = [(t, key) for key, t in ((key, seconds_of(results, key, n)) for key in keys) if t is not None]
    return min(times) if times else None


def fastest_comparator(results: Results, n: int) -> Optional[float]:
    found = strongest(results, COMPARATORS, n)
    return found[0] if found else None


def named(results: Results, key: str, n: int) -> str:
    """A row's label, with the build that was fastest for a family."""
    fastest = results.get(key, {}).get(n, {}).get("fastest")
    return f"{LABELS[key].split(', fastest of')[0]}, {build_of(fastest)}" if fastest else LABELS[key]


def speedup(results: Results, key: str, n: int) -> Optional[float]:
    seconds, fastest = seconds_of(results, key, n), fastest_comparator(results, n)
    return fastest / seconds if seconds and fastest else None


def times(ratio: float) -> str:
    if ratio >= 100:
        return f"{ratio:,.0f}×"
    return f"{ratio:.3g}×" if ratio >= 1 else f"{ratio:.2g}×"


def cell(results: Results, key: str, n: int) -> str:
    entry = results.get(key, {}).get(n)
    if entry is None:
        return "n/a" if key not in results else "–"
    if "skipped" in entry:
        return "skipped"
    # A call floor makes no row: a speed-up over a row would mean nothing.
    ratio = None if key in ROWLESS else speedup(results, key, n)
    shown = microseconds(entry["seconds"])
    return f"{shown} ({times(ratio)})" if ratio is not None else shown


def interpreter_table(table: dict, sizes: List[int], all_builds: bool) -> List[str]:
    results, zero = table["results"], table["zero"]
    numpy = f", NumPy {table['numpy']}" if "numpy" in table else ", no NumPy"
    lines = [
        f"### {table['interpreter']}, cffi {table['cffi']}{numpy}",
        "",
        "| implementation | pascal_row(0) | " + " | ".join(f"n = {size_name(n)}" for n in sizes) + " |",
        "|---|---|" + "---:|" * len(sizes),
    ]
    for group, title in GROUPS:
        lines.append(f"| **{title}** | |" + " |" * len(sizes))
        for key in display_keys(all_builds):
            if GROUP_OF[key] != group:
                continue
            cells = [cell(results, key, n) for n in sizes]
            if key in MEMBERS:  # row 0 is the same code in every build: say what they said
                said = " / ".join(sorted({zero[m]["said"] for m in MEMBERS[key] if m in zero})) or "n/a"
            else:
                said = (
                    zero[key]["said"] if key in zero else "–" if group in ("c", "floor") and key in results else "n/a"
                )
            lines.append(f"| {LABELS[key]} | {said} | " + " | ".join(cells) + " |")
    for family in MEMBERS:
        if family in results:
            builds = [results[family][n].get("fastest") for n in sizes if n in results[family]]
            shown = ", ".join(build_of(key) if key else "skipped" for key in builds)
            lines += ["", f"{LABELS[family].split(', fastest of')[0]}: the fastest build at each n was {shown}."]
    aborted: Dict[str, List[str]] = {}
    for key, outcome in zero.items():
        if outcome.get("stderr"):
            aborted.setdefault(outcome["stderr"], []).append(LABELS[key])
    for stderr, labels in aborted.items():
        lines += [
            "",
            f"Row 0 from {' and from '.join(labels)}: the last line on stderr before the abort was `{stderr}`.",
        ]
    return lines


def target_lines(cpython: Results, sizes: List[int]) -> List[str]:
    lines = []
    for key, n, least in TARGETS:
        wanted = f"`{function_of(key)}` at n = {size_name(n)}: at least {least}× faster"
        ratio, found = speedup(cpython, key, n), strongest(cpython, COMPARATORS, n)
        if n not in sizes or ratio is None or found is None:
            lines.append(f"- {wanted}: not measured in this run")
            continue
        against = f"{named(cpython, found[1], n)}, {microseconds(found[0])} µs"
        ctypes_ratio = speedup(cpython, key.replace("_cffi", "_ctypes"), n)
        also = f" (ctypes backend {times(ctypes_ratio)})" if ctypes_ratio else ""
        verdict = "met" if ratio >= least else "missed"
        lines.append(f"- {wanted} than the strongest comparator ({against}): {times(ratio)}{also}, **{verdict}**")
    return lines


def pypy_lines(cpython: Results, pypy: Results, sizes: List[int]) -> List[str]:
    lines = [
        f"- On PyPy, the cffi path at least as fast as on CPython. PyPy time / CPython time at each n; "
        f"at most 1 is met, up to {NOISE} is equal within timing noise:"
    ]
    for key in CFFI_PATHS:
        ratios = [
            (n, seconds_of(pypy, key, n) / seconds_of(cpython, key, n))  # type: ignore[operator]
            for n in sizes
            if seconds_of(pypy, key, n) and seconds_of(cpython, key, n)
        ]
        failed = [size_name(n) for n, ratio in ratios if ratio > NOISE]
        equal = [size_name(n) for n, ratio in ratios if 1 < ratio <= NOISE]
        verdict = "**met** at every n" if not failed else f"**missed** at n = {', '.join(failed)}"
        if equal:
            verdict += f" (equal within noise at n = {', '.join(equal)})"
        shown = ", ".join(f"{ratio:.2f}" for _, ratio in ratios)
        lines.append(f"  - `{function_of(key)}`: {shown}; {verdict}")
    return lines


def share_lines(tables: List[dict], sizes: List[int]) -> List[str]:
    """How much of a Python call is the C call, and how much of a list result
    is making the Python ints, per interpreter and n."""
    lines = ["| | " + " | ".join(f"n = {size_name(n)}" for n in sizes) + " |", "|---|" + "---:|" * len(sizes)]
    for table in tables:
        results, name = table["results"], table["interpreter"].split(" (")[0]
        rows = [
            (f"{name}: C call / `pascal_row_into` (cffi)", "c_pascal_row_into", "pascal_row_into_cffi"),
            (f"{name}: C call / `pascal_row` (cffi)", "c_pascal_row", "pascal_row_cffi"),
        ]
        if name.startswith("CPython"):  # PyPy stores a list of small ints unboxed: there is no such floor
            rows.append((f"{name}: `array.tolist` / `pascal_row` (cffi)", "list_floor", "pascal_row_cffi"))
        for title, part, whole in rows:
            shares = []
            for n in sizes:
                a, b = seconds_of(results, part, n), seconds_of(results, whole, n)
                shares.append(f"{100 * a / b:.0f}%" if a and b else "–")
            lines.append(f"| {title} | " + " | ".join(shares) + " |")
    return lines


def not_ahead_lines(tables: List[dict], sizes: List[int]) -> List[str]:
    """Each interpreter and n where some comparator beats libpascal's fastest
    call, with both times."""
    lines = []
    for table in tables:
        results, name = table["results"], table["interpreter"].split(" (")[0]
        for n in sizes:
            best = strongest(results, LIBPASCAL, n)
            if best is None:
                continue
            ahead = [
                (seconds, key)
                for key in COMPARATORS
                for seconds in [seconds_of(results, key, n)]
                if seconds is not None and seconds < best[0]
            ]
            if ahead:
                shown = "; ".join(f"{named(results, key, n)} {microseconds(t)} µs" for t, key in sorted(ahead))
                lines.append(
                    f"- {name}, n = {size_name(n)}: libpascal's fastest call, `{function_of(best[1])}` "
                    f"({best[1].rsplit('_', 1)[1]}), takes {microseconds(best[0])} µs; faster: {shown}."
                )
    return lines or ["- Nowhere in this run: libpascal's fastest call beats every comparator at every n."]


def why_lines(cpython: Results, pypy: Results, sizes: List[int]) -> List[str]:
    """Why an ABI-mode call cannot match a compiled extension at small n, with
    the call floors this run measured (they do not depend on n: the least
    time over the sizes is the best estimate)."""

    def floor(results: Results, key: str) -> Optional[float]:
        times = [t for t in (seconds_of(results, key, n) for n in sizes) if t is not None]
        return min(times) if times else None

    def us(seconds: Optional[float]) -> str:
        return f"{microseconds(seconds)} µs" if seconds is not None else "(not measured)"

    n = sizes[0]
    builtin, cffi_call, ctypes_call = (floor(cpython, key) for key in ("builtin_call", "cffi_call", "ctypes_call"))
    extension = strongest(cpython, ["cext", "pyo3", "pyo3_current"], n)
    ratio = f" ({cffi_call / builtin:.0f}× the built-in call)" if cffi_call and builtin else ""
    text = (
        f"Why, on CPython: a compiled extension's function is called by the interpreter itself. The C "
        f"extension's `pascal_row` is `METH_O` and PyO3's is `METH_FASTCALL`: the argument arrives as a C "
        f"pointer through vectorcall, no Python frame runs, one `PyLong_AsSsize_t` converts it, and the row "
        f"and its list are built in the same C function. A call of that kind costs {us(builtin)} here "
        f"(`abs(-10)`), and the fastest extension's whole `pascal_row({n})` "
        f"{us(extension[0] if extension else None)}. An ABI-mode call has no compiled glue: cffi's "
        f"`lib.f(...)` converts each argument by its declared C type at run time, releases and retakes the "
        f"GIL and saves and restores errno around the call, calls through libffi's generic `ffi_call`, and "
        f"converts the result back: {us(cffi_call)} for a bare `abs(-10)`{ratio}, {us(ctypes_call)} through "
        f"ctypes. libpascal's `pascal_row` makes two such calls (`pascal_row`, `deallocate_vec`), allocates "
        f"its `size_t` out-parameter with `ffi.new` and builds the list with `ffi.unpack`, and checks its "
        f"argument in Python frames; `pascal_row_into` adds the buffer protocol (`ffi.from_buffer`) and its "
        f"size and alignment checks. At n = {n}, where the C call itself takes "
        f"{us(seconds_of(cpython, 'c_pascal_row_into', n))}, those per-call costs are the whole difference. "
        f"Only compiled glue (a hand-written extension, or cffi's API mode) removes them, and both need a "
        f"compiler at install time and a build per interpreter, which the ABI-mode package avoids: one "
        f"pure-Python package for CPython and PyPy."
    )
    if pypy:
        text += (
            f" On PyPy the JIT turns an ABI-mode call into a direct call: `pascal_row({n})` (cffi) takes "
            f"{us(seconds_of(pypy, 'pascal_row_cffi', n))} there."
        )
    return [text]


def markdown(run: dict) -> str:
    sizes, tables = run["sizes"], run["tables"]
    by_name = {table["interpreter"].split()[0]: table["results"] for table in tables}
    cpython, pypy = by_name.get("CPython", {}), by_name.get("PyPy", {})
    lines = [
        "# Python bindings of `pascal_row`: the strongest comparators beside libpascal",
        "",
        run["machine"],
        "",
        f"Generated by `scripts/bench{' --quick' if run['quick'] else ''}"
        f"{' --all-builds' if run.get('all_builds') else ''}`. Microseconds per call, best of "
        f"{run['repeats']} repeat{'s' if run['repeats'] > 1 else ''} of `timeit` "
        f"(calls per repeat chosen as `autorange` does, for ≥ {run['target']} s; PyPy warmed up first). "
        "In brackets: speed-up over the fastest comparator at the same n and on the same interpreter "
        "(1× is that comparator, below 1× is slower). Each C extension row is the fastest of four builds "
        "(gcc and clang, -O2 and -O3) at each n; the build is named under the table. Every "
        "implementation's row was checked against exact binomials mod 2^32 before it was timed. "
        "`pascal_row(0)` was asked in a process of its own. n/a: not available on this interpreter (a "
        "CPython extension module, or NumPy, which Debian ships for CPython only). skipped: one O(n²) call "
        "takes over a second (measured, or extrapolated from the previous n).",
        "",
    ]
    for table in tables:
        lines += interpreter_table(table, sizes, run.get("all_builds", False)) + [""]
    lines += [
        "## The claims, against the strongest comparator",
        "",
        "Speed-up over the fastest comparator at that n, CPython (each C extension at its fastest build):",
        "",
    ]
    lines += target_lines(cpython, sizes)
    if pypy:
        lines += pypy_lines(cpython, pypy, sizes)
    lines += ["", "## Where libpascal is not ahead", ""]
    lines += not_ahead_lines(tables, sizes)
    lines += [""] + why_lines(cpython, pypy, sizes)
    lines += [
        "",
        "## Where the time goes",
        "",
        "Share of a Python call spent in the C call itself (Google Benchmark), and on CPython the "
        "share of a `pascal_row` list that making n Python ints from a C array costs on its own. "
        "A small C share means the Python layer (argument checks, the buffer protocol, the FFI "
        "call) is the bottleneck.",
        "",
    ]
    lines += share_lines(tables, sizes)
    return "\n".join(lines) + "\n"
