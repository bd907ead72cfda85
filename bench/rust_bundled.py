"""pascal::row(10**6) from Rust, with libpascal-sys' bundled library (the
single-file build, compiled by its build script with cc) and with the CMake
release preset's libpascal.so (the feature `system`), in one run:

- callgrind's instruction counts of one call in each (load-independent, so
  they hold on a busy machine): pascal::row, the library call inside it
  (pascal_row_into) and the kernel it ran. Valgrind offers no AVX-512, so
  both run the AVX2 kernel there;
- the wall-clock time per call, the two programs taking turns round after
  round (so a slow moment of the machine falls on both alike), when the
  machine is quiet (1-minute load average below QUIET), or with --wall.

    rust_bundled.py BUNDLED SYSTEM [--n N] [--rounds R] [--wall] [--out FILE]

BUNDLED and SYSTEM are bindings/rust/pascal/benches/row.rs built each way
(scripts/bench --rust builds them). Prints a Markdown table, also written
to FILE.
"""

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Dict, List

QUIET = 0.5
FUNCTIONS = {"pascal::row": r"pascal::row::row", "pascal_row_into": r"pascal_row_into"}
KERNEL = re.compile(r"pascal::detail::(fill_row_\w+)\(")


def instructions(binary: str, n: int) -> Dict[str, str]:
    """Inclusive instruction counts of one pascal::row(n) under callgrind."""
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "callgrind.out"
        subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", binary, "--once", str(n)],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        annotated = subprocess.run(
            ["callgrind_annotate", "--inclusive=yes", str(out)], check=True, stdout=subprocess.PIPE, text=True
        ).stdout
    counts: Dict[str, str] = {}
    for line in annotated.splitlines():
        match = re.match(r"\s*([\d,]+) \([ \d.]+%\)\s+\S*?:(.*) \[", line)
        if not match:
            continue
        count, function = match.group(1).replace(",", ""), match.group(2)
        for name, pattern in FUNCTIONS.items():
            if name not in counts and re.fullmatch(pattern, function):
                counts[name] = count
        kernel = KERNEL.match(function)
        if kernel and "kernel" not in counts:
            counts["kernel"], counts["kernel instructions"] = kernel.group(1), count
    missing = set(FUNCTIONS) - set(counts)
    if missing:
        raise SystemExit(f"callgrind_annotate of {binary} names no {sorted(missing)}:\n{annotated}")
    return counts


def library(binary: str, n: int) -> str:
    """What the program says it runs, with the paths under this folder made relative."""
    said = subprocess.run([binary, "--once", str(n)], check=True, stdout=subprocess.PIPE, text=True).stdout.strip()
    return said.replace(os.getcwd() + os.sep, "")


def wall(binaries: List[str], n: int, rounds: int) -> List[List[float]]:
    """ns per call of each binary in each round, the binaries taking turns."""
    times: List[List[float]] = [[] for _ in binaries]
    for _ in range(rounds):
        for i, binary in enumerate(binaries):
            out = subprocess.run([binary, str(n), "200"], check=True, stdout=subprocess.PIPE, text=True).stdout
            times[i].append(float(out.split()[0]))
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("bundled")
    parser.add_argument("system")
    parser.add_argument("--n", type=int, default=10**6)
    parser.add_argument("--rounds", type=int, default=11)
    parser.add_argument("--wall", action="store_true", help="time the wall clock even on a busy machine")
    parser.add_argument("--out", type=Path)
    arguments = parser.parse_args()
    binaries = [arguments.bundled, arguments.system]
    n = arguments.n

    lines = [f"# pascal::row({n}) from Rust: the bundled library against the CMake-built one", ""]
    for label, binary in zip(("bundled", "CMake"), binaries):
        lines.append(f"- {label}: {library(binary, n)}")
    counts = [instructions(binary, n) for binary in binaries]
    lines += [
        "",
        f"callgrind, one call of pascal::row({n}), instructions (inclusive):",
        "",
        "| | bundled (cc, linked in) | CMake release libpascal.so | bundled / CMake |",
        "| --- | ---: | ---: | ---: |",
    ]
    for name in FUNCTIONS:
        a, b = int(counts[0][name]), int(counts[1][name])
        lines.append(f"| {name} | {a:,} | {b:,} | {a / b:.4f} |")
    kernels = [c.get("kernel", "?") for c in counts]
    if kernels[0] != kernels[1] or "kernel instructions" not in counts[0]:
        raise SystemExit(f"the two builds ran different kernels under callgrind: {kernels}")
    a, b = int(counts[0]["kernel instructions"]), int(counts[1]["kernel instructions"])
    lines.append(f"| {kernels[0]} (the kernel) | {a:,} | {b:,} | {a / b:.4f} |")

    load = os.getloadavg()[0]
    lines.append("")
    if arguments.wall or load < QUIET:
        times = wall(binaries, n, arguments.rounds)
        lines += [
            f"wall clock, ns per call, {arguments.rounds} rounds of 200 ms each, taking turns "
            f"(1-minute load average {load:.2f} at the start):",
            "",
            "| | bundled | CMake | bundled / CMake |",
            "| --- | ---: | ---: | ---: |",
        ]
        for name, pick in (("best", min), ("median", statistics.median)):
            a, b = pick(times[0]), pick(times[1])
            lines.append(f"| {name} | {a:,.0f} | {b:,.0f} | {a / b:.3f} |")
    else:
        lines.append(
            f"wall clock not timed: the machine is busy (1-minute load average {load:.2f} >= {QUIET}); "
            "--wall times it anyway"
        )
    text = "\n".join(lines) + "\n"
    print(text, end="")
    if arguments.out:
        arguments.out.write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
