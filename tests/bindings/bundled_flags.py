"""bindings.rust.flags and bindings.go.flags: the packages that compile the
bundled library (libpascal-sys' build script, the Go package's cgo) use the
flags of CMake's release preset, so that their copies cannot drift apart.

    bundled_flags.py rust SOURCE_DIR WORK_DIR CARGO CMAKE
    bundled_flags.py go SOURCE_DIR WORK_DIR GO CMAKE

Rust:

The flags are written once, in bindings/rust/libpascal-sys/build.rs (FLAGS);
CMake's come from CMakePresets.json's `release`, cmake/flags.cmake and the
library's target properties. This configures the release preset (configure
only: compile_commands.json is written then), builds libpascal-sys with
cargo (its build script prints the compile command it runs), and compares
the flags of every library source's command with the crate's.

Left out of the comparison, as they say where things are, not how the code
is compiled: the compiler's name, -o, -c, include directories, and the
paths in -ffile-prefix-map (its presence is compared); and the flags that
pick the target, which build.rs takes from cc's defaults and names in its
output (-m64 -march=x86-64 here: rustc's x86-64 level, the compiler's
default on Debian too). The one expected
difference, the export macro: the shared library's sources get CMake's
-Dpascal_EXPORTS, the crate's static library -DPASCAL_STATIC_DEFINE
(pascal_export.h: no attribute either way on ELF, as both are hidden-visibility
builds); and the crate's -w (no warnings in users' builds; no code changes).

With CARGO_TARGET_DIR set (bindings.rust.test's, so nothing is built twice).

Go: the package's own flags (bindings/go/bundled.go's #cgo CPPFLAGS and
CXXFLAGS, as `go list` reads them) against the same release commands. cgo
itself adds -fPIC and its own -ffile-prefix-map to every compile command
(`go build -x` shows them), so those two are not the package's to write; its
-DPASCAL_GO_BUNDLED says which header the cgo preambles include.
"""

import ast
import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Dict, List, Set

LINE = re.compile(r"^libpascal-sys: compiling bundled/libpascal\.cpp with (\".*?\") (\[.*\])$", re.MULTILINE)
TARGET = re.compile(r"^libpascal-sys: of which the target's \(cc's defaults\): (\[.*\])$", re.MULTILINE)
WITH_ARGUMENT = {"-o", "-c", "-I", "-isystem", "-MF", "-MT", "-MQ"}
NOT_COMPARED = {"-w", "-MD", "-MMD", "-Dpascal_EXPORTS", "-DPASCAL_STATIC_DEFINE"}


def normalized(arguments: List[str]) -> Set[str]:
    """The flags that say how the code is compiled (see the module's docstring)."""
    flags: Set[str] = set()
    skip = False
    for argument in arguments:
        if skip:
            skip = False
        elif argument in WITH_ARGUMENT:
            skip = True
        elif argument.startswith(("-I", "-isystem")) or argument in NOT_COMPARED:
            pass
        elif argument.startswith("-ffile-prefix-map="):
            flags.add("-ffile-prefix-map=<path>=<name>")
        else:
            flags.add(argument)
    return flags


def release_commands(source: Path, work: Path, cmake: str) -> Dict[str, List[str]]:
    """The compile command of each of the library's sources in the release build."""
    build = work / "release"
    subprocess.run(
        [
            cmake,
            "--preset",
            "release",
            "-B",
            str(build),
            "-DBUILD_TESTING=OFF",
            "-DPASCAL_BUILD_EXAMPLES=OFF",
            "-DPASCAL_BUILD_BENCHMARKS=OFF",
        ],
        cwd=source,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    commands = {}
    for entry in json.loads((build / "compile_commands.json").read_text()):
        path = Path(entry["file"])
        if path.parent == source / "src":
            arguments = entry.get("arguments") or shlex.split(entry["command"])
            commands[path.name] = arguments[1:]
    if not commands:
        raise SystemExit(f"no library source of {source / 'src'} in {build / 'compile_commands.json'}")
    return commands


def crate_command(source: Path, cargo: str) -> List[str]:
    """The command libpascal-sys' build script compiles libpascal.cpp with."""
    manifest = source / "bindings" / "rust" / "Cargo.toml"
    built = subprocess.run(
        [cargo, "build", "--locked", "-p", "libpascal-sys", "--manifest-path", str(manifest), "--message-format=json"],
        check=True,
        stdout=subprocess.PIPE,
        text=True,
    ).stdout
    for line in built.splitlines():
        message = json.loads(line)
        if message.get("reason") == "build-script-executed" and "libpascal-sys" in message["package_id"]:
            output = (Path(message["out_dir"]).parent / "output").read_text()
            match, target = LINE.search(output), TARGET.search(output)
            if not match or not target:
                raise SystemExit(
                    f"libpascal-sys' build script printed no compile command: it did not build "
                    f"the bundled library (is LIBPASCAL_SYSTEM set?)\n{output}"
                )
            command, target_flags = ast.literal_eval(match.group(2)), ast.literal_eval(target.group(1))
            print("libpascal-sys, the target's flags (not compared):", " ".join(target_flags))
            return [flag for flag in command if flag not in target_flags]
    raise SystemExit("cargo ran no build script of libpascal-sys")


# What cgo adds to every compile command itself (normalized), and the Go
# package's own define.
CGO_ADDS = {"-fPIC", "-ffile-prefix-map=<path>=<name>"}
GO_ONLY = {"-DPASCAL_GO_BUNDLED"}


def go_flags(source: Path, go: str) -> Set[str]:
    """The flags of bindings/go/bundled.go's #cgo lines (the default build)."""
    listed = subprocess.run(
        [go, "list", "-json", "."], cwd=source / "bindings" / "go", check=True, stdout=subprocess.PIPE, text=True
    ).stdout
    package = json.loads(listed)
    flags = normalized((package.get("CgoCPPFLAGS") or []) + (package.get("CgoCXXFLAGS") or []))
    return (flags - GO_ONLY) | CGO_ADDS


def compare(what: str, where: str, flags: Set[str], commands: Dict[str, List[str]]) -> int:
    """0 if every release command's flags are `flags`, else 1, naming the difference."""
    print(f"{what} ({where}):", " ".join(sorted(flags)))
    failed = False
    for name, command in sorted(commands.items()):
        release = normalized(command)
        print(f"release preset, src/{name}:", " ".join(sorted(release)))
        if release != flags:
            failed = True
            if release - flags:
                print(f"  missing from {where}: {' '.join(sorted(release - flags))}")
            if flags - release:
                print(f"  in {where} but not in the release build: {' '.join(sorted(flags - release))}")
    if failed:
        print(
            f"{what} compiles its bundled library with other flags than CMake's release preset: "
            f"change {where} (or cmake/flags.cmake)"
        )
        return 1
    print(f"{what} compiles with the release preset's flags")
    return 0


def main(arguments: List[str]) -> int:
    if len(arguments) != 5 or arguments[0] not in ("rust", "go"):
        raise SystemExit(__doc__)
    language, source, work, tool, cmake = arguments[0], Path(arguments[1]).resolve(), Path(arguments[2]), *arguments[3:]
    if os.environ.get("LIBPASCAL_SYSTEM"):
        raise SystemExit("LIBPASCAL_SYSTEM is set: the bundled build is what this test compares")
    if language == "rust":
        what, where, flags = (
            "libpascal-sys",
            "FLAGS in bindings/rust/libpascal-sys/build.rs",
            normalized(crate_command(source, tool)),
        )
    else:
        what, where, flags = "the Go package", "the #cgo lines of bindings/go/bundled.go", go_flags(source, tool)
    return compare(what, where, flags, release_commands(source, work, cmake))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
