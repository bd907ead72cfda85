"""Runs the whole comparison once the comparators and libpascal are built
(scripts/bench builds them, then calls this with CPython):

  1. time_rows.py under each interpreter: every implementation, one process each;
  2. zero_row.py for each implementation and interpreter: what row 0 does;
  3. the C benchmark, for the C call alone;
then writes latest.md and latest.png to --out and prints the table.
"""

import argparse
import datetime
import json
import os
import signal
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Dict, List

import machine
import plot
import report
from implementations import BY_KEY, Paths, import_pascal

HERE = Path(__file__).resolve().parent
INTERPRETERS = ["/usr/bin/python3", "/usr/bin/pypy3"]
FULL = {"sizes": [10, 100, 1000, 10000, 100000], "repeats": 5, "target": 0.1}
QUICK = {"sizes": [10, 100, 1000], "repeats": 1, "target": 0.01}


def time_rows(interpreter: str, paths: Paths, settings: dict) -> dict:
    command = [
        interpreter,
        str(HERE / "time_rows.py"),
        str(paths.comparators),
        str(paths.pascal_python),
        "--sizes",
        ",".join(map(str, settings["sizes"])),
        "--repeats",
        str(settings["repeats"]),
        "--target",
        str(settings["target"]),
    ]
    output = json.loads(subprocess.run(command, check=True, stdout=subprocess.PIPE, text=True).stdout)
    output["results"] = {key: {int(n): entry for n, entry in by_n.items()} for key, by_n in output["results"].items()}
    return output


def zero_row(interpreter: str, paths: Paths, key: str) -> dict:
    """What asking `key` for row 0 does, in a few words, and the last line the
    process wrote to stderr if it died."""
    environment = {name: value for name, value in os.environ.items() if name != "RUST_BACKTRACE"}
    done = subprocess.run(
        [interpreter, str(HERE / "zero_row.py"), str(paths.comparators), str(paths.pascal_python), key],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )
    if done.returncode < 0:
        last = [line for line in done.stderr.splitlines() if line.strip()][-1:]
        return {
            "said": f"**aborts the interpreter** ({signal.Signals(-done.returncode).name})",
            "stderr": last[0] if last else "",
        }
    if done.returncode != 0:
        sys.exit(f"zero_row.py {key} under {interpreter} failed:\n{done.stderr}")
    return {"said": done.stdout.strip()}


def c_level(benchmark: Path, sizes: List[int], settings: dict) -> Dict[str, Dict[int, dict]]:
    """Best real time of the repetitions of each C benchmark at the sizes it runs."""
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "c.json"
        done = subprocess.run(
            [
                str(benchmark),
                "--benchmark_filter=^pascal_row(_into)?/",
                f"--benchmark_repetitions={settings['repeats']}",
                f"--benchmark_min_time={settings['target']}",
                f"--benchmark_out={out}",
                "--benchmark_out_format=json",
            ],
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            sys.exit(f"{benchmark} failed:\n{done.stdout}{done.stderr}")
        runs = json.loads(out.read_text())["benchmarks"]
    scale = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}
    best: Dict[str, Dict[int, dict]] = {"c_pascal_row": {}, "c_pascal_row_into": {}}
    for entry in runs:
        if entry.get("run_type") != "iteration":
            continue
        # "pascal_row/1000", or "pascal_row/10000000/min_time:1.000" for the large rows
        name, n = entry["run_name"].split("/")[:2]
        if int(n) not in sizes:
            continue
        seconds = entry["real_time"] * scale[entry["time_unit"]]
        previous = best[f"c_{name}"].get(int(n))
        if previous is None or seconds < previous["seconds"]:
            best[f"c_{name}"][int(n)] = {"seconds": seconds}
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--comparators", type=Path, required=True, help="directory of the built comparators")
    parser.add_argument("--pascal-python", type=Path, required=True, help="directory holding the pascal package")
    parser.add_argument("--c-benchmark", type=Path, required=True, help="pascal_row_bench")
    parser.add_argument(
        "--cargo-lock", type=Path, required=True, help="Cargo.lock of the Debian-built Rust comparators"
    )
    parser.add_argument("--cargo-lock-current", type=Path, required=True, help="Cargo.lock of the current PyO3 build")
    parser.add_argument("--rustc-current", type=Path, required=True, help="the rustc that built the current PyO3")
    parser.add_argument(
        "--all-builds", action="store_true", help="list each C extension build, not only the fastest of each loop"
    )
    parser.add_argument("--out", type=Path, required=True, help="where latest.md and latest.png go")
    parser.add_argument("--quick", action="store_true", help="small n, one short repeat: proves it all runs")
    args = parser.parse_args()
    settings = QUICK if args.quick else FULL
    paths = Paths(args.comparators.resolve(), args.pascal_python.resolve())
    paths.importable()

    started, load = datetime.datetime.now(datetime.timezone.utc), os.getloadavg()[0]
    libpascal = import_pascal(paths, "cffi").library_version()
    tables = []
    for interpreter in INTERPRETERS:
        print(f"bench: timing under {interpreter}", file=sys.stderr, flush=True)
        table = time_rows(interpreter, paths, settings)
        table["zero"] = {key: zero_row(interpreter, paths, key) for key in table["results"] if not BY_KEY[key].rowless}
        broken = {
            key: zero["said"]
            for key, zero in table["zero"].items()
            if BY_KEY[key].group == "libpascal" and zero["said"] != "returns []"
        }
        if broken:
            sys.exit(f"libpascal must return an empty row for n = 0 under {interpreter}: {broken}")
        tables.append(table)

    print("bench: the C call alone (Google Benchmark)", file=sys.stderr, flush=True)
    c_rows = c_level(args.c_benchmark, settings["sizes"], settings)
    for table in tables:
        table["results"].update(c_rows)
        report.add_families(table["results"])

    run = {
        "machine": machine.describe(
            [t["interpreter"] for t in tables],
            machine.Rust(args.cargo_lock, args.cargo_lock_current, args.rustc_current),
            libpascal,
            started,
            load,
        ),
        "quick": args.quick,
        "all_builds": args.all_builds,
        "tables": tables,
        **settings,
    }
    args.out.mkdir(parents=True, exist_ok=True)
    text = report.markdown(run)
    (args.out / "latest.md").write_text(text)
    plot.plot(run, args.out / "latest.png")
    print(text)
    print(f"bench: wrote {args.out / 'latest.md'} and {args.out / 'latest.png'}", file=sys.stderr)


if __name__ == "__main__":
    main()
