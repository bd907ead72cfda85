"""The date and machine line printed above every table, so a figure is never
quoted without the machine and toolchains that produced it."""

import datetime
import os
import platform
import re
import subprocess
import sysconfig
from pathlib import Path
from typing import List, NamedTuple


def first_line(command: List[str]) -> str:
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout.splitlines()[0]


def cpu_model() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or platform.machine()


def os_name() -> str:
    fields = dict(re.findall(r'^(\w+)="?([^"\n]*)"?$', Path("/etc/os-release").read_text(), re.M))
    return fields.get("PRETTY_NAME", platform.system())


def crate_version(cargo_lock: Path, crate: str) -> str:
    match = re.search(rf'name = "{crate}"\nversion = "([^"]+)"', cargo_lock.read_text())
    return match.group(1) if match else "?"


class Rust(NamedTuple):
    debian_lock: Path  # PyO3 from librust-pyo3-dev, built by Debian's rustc
    current_lock: Path  # PyO3's current release, built by rustup's rustc
    current_rustc: Path


def describe(interpreters: List[str], rust: Rust, libpascal: str, started: datetime.datetime, load: float) -> str:
    """`started` and `load` are taken when the run starts, before it adds its own load."""
    date = started.astimezone(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    gcc = first_line([sysconfig.get_config_var("CC").split()[0], "-dumpfullversion"])
    clang = re.search(r"version (\S+)", first_line(["clang", "--version"])).group(1)  # type: ignore[union-attr]
    rustc = first_line(["/usr/bin/rustc", "--version"]).split()[1]
    current_rustc = first_line([str(rust.current_rustc), "--version"]).split()[1]
    return " · ".join(
        [
            date,
            f"{cpu_model()}, {os.cpu_count()} cores, {os_name()}, load average {load:.1f} at start",
            *interpreters,
            f"gcc {gcc}",
            f"clang {clang}",
            f"PyO3 {crate_version(rust.debian_lock, 'pyo3')} with Debian's rustc {rustc}",
            f"PyO3 {crate_version(rust.current_lock, 'pyo3')} with rustup's rustc {current_rustc}",
            f"libpascal {libpascal}",
        ]
    )
