"""Every package offers the whole API: each function of the header (as
scripts/header_api.py reads the build's declarations) is called by every
package, unless bindings/unwrapped.toml names it for that package with a
reason. What "called" means is each language's way of binding a C function,
looked for in the package's own sources (tests excluded); each package's
suite then tests the wrapper that makes the call.

    packages_offer_the_api.py SOURCE_DIR DECLARATIONS
"""

import re
import sys
from pathlib import Path
from typing import Dict, List, NamedTuple

import tomllib

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
import header_api  # noqa: E402  (found through the path above)


class Package(NamedTuple):
    sources: str  # a glob under the source tree
    call: str  # a pattern for a call of the C function {name}


PACKAGES: Dict[str, Package] = {
    "python-cffi": Package("python/pascal/_backend_cffi.py", r"\blib\.{name}\b|\"{name}\""),
    "python-ctypes": Package("python/pascal/_backend_ctypes.py", r"\blib\.{name}\b|\"{name}\""),
    "rust": Package("bindings/rust/pascal/src/**/*.rs", r"\b(?:sys|libpascal_sys)::{name}\b"),
    "go": Package("bindings/go/*.go", r"\bC\.{name}\("),
    "node": Package("bindings/node/lib/native.js", r"declared\('{name}'|functions\.{name}\b"),
    "java": Package("bindings/java/src/main/java/dev/libpascal/NativeLibrary.java", r'"{name}"'),
}


def without_tests(path: Path) -> str:
    """A source file's text, less its tests: Go's _test.go files, and a Rust
    file's #[cfg(test)] module (by convention its last item)."""
    if path.name.endswith("_test.go"):
        return ""
    text = path.read_text()
    return text.split("#[cfg(test)]")[0] if path.suffix == ".rs" else text


def sources(source: Path, package: Package) -> str:
    files = sorted(source.glob(package.sources))
    assert files, f"no sources match {package.sources}"
    return "\n".join(without_tests(p) for p in files)


def main(source_dir: str, declarations: str) -> int:
    source = Path(source_dir)
    names = [function.name for function in header_api.read(declarations).functions]
    unwrapped = tomllib.loads((source / "bindings/unwrapped.toml").read_text())
    reasons = unwrapped.pop("reasons")
    failures: List[str] = []
    for language, package in PACKAGES.items():
        text = sources(source, package)
        exempt = unwrapped.get(language, {})
        for name in names:
            called = re.search(package.call.format(name=re.escape(name)), text) is not None
            if name in exempt:
                if exempt[name] not in reasons:
                    failures.append(f"{language}: {name}'s reason {exempt[name]!r} is not in [reasons]")
                if called:
                    failures.append(f"{language}: calls {name}, which bindings/unwrapped.toml says it does not")
            elif not called:
                failures.append(f"{language}: does not call {name} (wrap it, or say why in bindings/unwrapped.toml)")
        failures += [
            f"{language}: {name} in bindings/unwrapped.toml is not in the header"
            for name in exempt
            if name not in names
        ]
    for failure in failures:
        print(failure)
    if failures:
        return 1
    print(f"all {len(PACKAGES)} packages call each of the header's {len(names)} functions, or say why not")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(*sys.argv[1:]))
