"""One version: project(VERSION) in CMakeLists.txt is the version, and every
copy a format forces on us says the same, read with that format's own
parser: the Rust workspace, its crates' dependency on libpascal-sys and its
lock, the npm package and its lock, the Maven project, the examples'
manifests and locks, and the documents that name a file or a package by its
version. A copy that drifts fails here, named.

    manifests_carry_the_version.py SOURCE_DIR VERSION
"""

import json
import re
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from typing import Callable, Dict, List

import tomllib

MAVEN = {"m": "http://maven.apache.org/POM/4.0.0"}
# Versions the documents may name that are not this one: the released ABI
# baseline, and the other major version the loaders' tests refuse.
OTHER_VERSIONS = {"1.0.0", "2.0.0"}
# Documents that name the version in prose or in file names.
DOCUMENTS = ["README.md", "python/README.md", "docs", "examples"]
# Benchmark records say which version was measured, then: not a copy.
RECORDS = {"docs/performance.md", "bench/results/latest.md"}
# How the documents name our version (other software's versions are theirs):
# libpascal 1.1.0, libpascal-1.1.0.tar.gz, pascal-1.1.0.jar, dev.libpascal:pascal:1.1.0,
# the libpascal package 1.1.0, pascal v1.1.0, libpascal.so.1.1.0, <version>1.1.0</version>,
# PASCAL_EXPECTED_VERSION=1.1.0, a version string "1.1.0", and npm's libpascal@1.1.0,
# @libpascal/linux-x64@1.1.0 and its tarball libpascal-linux-x64-1.1.0.tgz.
X_Y_Z = r"(\d+\.\d+\.\d+)(?![.\d]*\d)"
OUR_VERSION = re.compile(
    rf"(?:(?:libpascal|pascal)`?(?: package)?[-: ]v?|libpascal\.so\.|<version>|PASCAL_EXPECTED_VERSION=|\""
    rf"|libpascal(?:/[a-z0-9-]+)?@|libpascal-[a-z0-9]+-[a-z0-9]+-){X_Y_Z}"
)


def toml(path: Path) -> Dict:
    return tomllib.loads(path.read_text())


def locked(path: Path, name: str) -> str:
    """The version of package `name` in a Cargo.lock."""
    return next(p["version"] for p in toml(path)["package"] if p["name"] == name)


def manifests(source: Path) -> Dict[str, Callable[[], str]]:
    rust, node = source / "bindings/rust", source / "bindings/node"
    return {
        "bindings/rust/Cargo.toml [workspace.package] version": lambda: toml(rust / "Cargo.toml")["workspace"][
            "package"
        ]["version"],
        "bindings/rust/pascal/Cargo.toml libpascal-sys dependency": lambda: toml(rust / "pascal/Cargo.toml")[
            "dependencies"
        ]["libpascal-sys"]["version"],
        "bindings/rust/Cargo.lock libpascal-sys": lambda: locked(rust / "Cargo.lock", "libpascal-sys"),
        "bindings/rust/Cargo.lock pascal": lambda: locked(rust / "Cargo.lock", "pascal"),
        "bindings/node/package.json": lambda: json.loads((node / "package.json").read_text())["version"],
        "bindings/node/package-lock.json": lambda: json.loads((node / "package-lock.json").read_text())["version"],
        "bindings/node/package-lock.json packages['']": lambda: json.loads((node / "package-lock.json").read_text())[
            "packages"
        ][""]["version"],
        "bindings/java/pom.xml": lambda: ElementTree.parse(source / "bindings/java/pom.xml").findtext(
            "m:version", namespaces=MAVEN
        ),
        "examples/rust/Cargo.toml pascal dependency": lambda: toml(source / "examples/rust/Cargo.toml")["dependencies"][
            "pascal"
        ]["version"],
        "examples/rust/Cargo.lock pascal": lambda: locked(source / "examples/rust/Cargo.lock", "pascal"),
        "examples/node/package-lock.json libpascal": lambda: json.loads(
            (source / "examples/node/package-lock.json").read_text()
        )["packages"]["node_modules/libpascal"]["version"],
        "examples/go/go.mod require": lambda: re.search(
            r"^require example\.invalid/libpascal/pascal v(\S+)$",
            (source / "examples/go/go.mod").read_text(),
            re.M,
        )[1],
    }


def documents(source: Path, version: str) -> List[str]:
    """Each line of a document naming a version that is neither this one nor
    one of OTHER_VERSIONS."""
    stale = []
    for root in DOCUMENTS:
        paths = [source / root] if (source / root).is_file() else sorted((source / root).rglob("*"))
        for path in paths:
            relative = path.relative_to(source).as_posix()
            if not path.is_file() or relative in RECORDS or path.suffix not in {".md", ".java", ".py", ".js", ".rs"}:
                continue
            for number, line in enumerate(path.read_text().splitlines(), 1):
                named = set(OUR_VERSION.findall(line)) - OTHER_VERSIONS - {version}
                if named:
                    names = ", ".join(sorted(named))
                    stale.append(f"{relative}:{number}: names {names}, not {version}: {line.strip()}")
    return stale


def main(source_dir: str, version: str) -> int:
    source = Path(source_dir)
    failures = []
    for place, read in manifests(source).items():
        found = read()
        if found != version:
            failures.append(f"{place}: {found}, not {version}")
    failures += documents(source, version)
    for failure in failures:
        print(failure)
    if failures:
        print(f"FAIL: project(VERSION) is {version}; change each copy above")
        return 1
    print(f"every manifest, lock and document says {version}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(*sys.argv[1:]))
