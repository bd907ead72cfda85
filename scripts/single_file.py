"""The single-file build of libpascal: every source of the library in one
C++17 file, libpascal.cpp, and the public header with the two headers CMake
configures written into it, libpascal.h (zstd's build/single_file_libs,
SQLite's amalgamation). Other build systems compile libpascal.cpp alone:
the Rust crate libpascal-sys (the cc crate) and the Go package (cgo), which
carry a copy each, as their formats force; CMake builds the library from it
with PASCAL_SINGLE_FILE=ON (the ci-static and clang builds), and the C/C++
suite runs against that.

The sources and their order are the library's in CMakeLists.txt. A project
header is written in where it is included, once if it has an include guard,
at each inclusion if it has none (row_kernel_simd.hpp and row_kernel_x86.hpp,
once per target region). Standard headers stay #include lines.

    single_file.py SOURCE_DIR VERSION OUT_DIR           libpascal.cpp and .h in OUT_DIR
    single_file.py --copies SOURCE_DIR VERSION OUT_DIR  each package's copy under OUT_DIR,
                                                        at its path in the source tree
The target pascal_regenerate rewrites the copies in the source tree;
api.single_file_is_fresh fails when one is stale.
"""

import re
import sys
from pathlib import Path
from typing import List, Set

# Where the packages keep their copies, and the line each needs first.
COPIES = {
    "bindings/rust/libpascal-sys/bundled": "",
    # cgo compiles every C++ file in the package's folder, and a build
    # constraint applies to those too: with -tags libpascal_system (the
    # library through pkg-config) it compiles none of the bundled sources.
    "bindings/go": "//go:build !libpascal_system\n\n",
}

NOTICE = (
    "/* {name}: generated from libpascal {version}'s {what} by scripts/single_file.py:\n"
    " * do not edit. cmake --build <build dir> --target pascal_regenerate rewrites it. */\n"
)

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"\s*$')
GUARD = re.compile(r"^#ifndef (\w+)\n#define \1\n|^#pragma once\n", re.MULTILINE)
PRAGMA_ONCE = re.compile(r"^\s*#\s*pragma\s+once\s*$")


def library_sources(source_dir: Path) -> List[str]:
    """The library's .cpp files, in CMakeLists.txt's order."""
    cmake = (source_dir / "CMakeLists.txt").read_text()
    sources = re.findall(r"\bsrc/[\w]+\.cpp\b", cmake)
    return list(dict.fromkeys(sources))


def configured(template: Path, values: dict) -> str:
    """A CMake configure_file(@ONLY) template with its @NAME@ replaced."""

    def value(match: "re.Match[str]") -> str:
        return values[match.group(1)]

    return re.sub(r"@(\w+)@", value, template.read_text())


def public_header(source_dir: Path, version: str) -> str:
    major, minor, patch = version.split(".")
    values = {
        "PROJECT_VERSION": version,
        "PROJECT_VERSION_MAJOR": major,
        "PROJECT_VERSION_MINOR": minor,
        "PROJECT_VERSION_PATCH": patch,
        "PASCAL_EXPORT_DEFINE_SYMBOL": "pascal_EXPORTS",
    }
    generated = {
        "pascal/pascal_export.h": configured(source_dir / "cmake" / "pascal_export.h.in", values),
        "pascal/pascal_version.h": configured(source_dir / "cmake" / "pascal_version.h.in", values),
    }
    lines = []
    for line in (source_dir / "include" / "pascal" / "pascal.h").read_text().splitlines(keepends=True):
        match = INCLUDE.match(line)
        if match:
            lines.append(generated.pop(match.group(1)))
        else:
            lines.append(line)
    if generated:
        raise SystemExit(f"single_file.py: pascal.h no longer includes {sorted(generated)}")
    return NOTICE.format(name="libpascal.h", version=version, what="public header") + "".join(lines)


def written_in(path: Path, done: Set[Path]) -> str:
    """A source with the project headers it includes written in."""
    text = path.read_text()
    lines = [f"/**** {path.parent.name}/{path.name} ****/\n"]
    for line in text.splitlines(keepends=True):
        match = INCLUDE.match(line)
        if PRAGMA_ONCE.match(line):
            continue  # done's job here; in a main file, a warning
        if not match:
            lines.append(line)
            continue
        name = match.group(1)
        if name == "pascal/pascal.h":
            lines.append('#include "libpascal.h"\n')
            continue
        header = (path.parent / name).resolve()
        if not header.is_file():
            raise SystemExit(f'single_file.py: {path.name} includes "{name}", which is not beside it')
        if header in done:
            continue
        if GUARD.search(header.read_text()):
            done.add(header)
        lines.append(written_in(header, done))
    return "".join(lines)


def main(arguments: List[str]) -> int:
    copies = arguments[:1] == ["--copies"]
    if len(arguments) != 3 + copies:
        raise SystemExit(__doc__)
    source_dir, version, out_dir = arguments[copies:]
    source, out = Path(source_dir), Path(out_dir)
    done: Set[Path] = set()
    body = "".join(written_in(source / name, done) for name in library_sources(source))
    files = {
        "libpascal.h": public_header(source, version),
        "libpascal.cpp": NOTICE.format(name="libpascal.cpp", version=version, what="src/") + body,
    }
    for directory, first in COPIES.items() if copies else [("", "")]:
        target = out / directory
        target.mkdir(parents=True, exist_ok=True)
        for name, text in files.items():
            (target / name).write_text((first if name.endswith(".cpp") else "") + text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
