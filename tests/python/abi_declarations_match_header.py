"""Compiles cffi_build.TYPES and DECLARATIONS in cffi's API mode against the real header.

ABI mode trusts the hand-written declarations; a wrong one would crash users.
Here each declaration must also be the exact type of the header's function: a
pointer of the declared type is initialised from it, which C refuses when the
types differ (incompatible pointer types are errors here) — even where a call
would have converted silently. As a control, each declaration is then broken
on purpose (return type, first parameter) and that build must fail.

    abi_declarations_match_header.py SOURCE_DIR GENERATED_INCLUDE_DIR LIBRARY_DIR WORK_DIR
"""

import contextlib
import importlib
import os
import re
import sys
from pathlib import Path
from typing import Iterator, List, Tuple

import cffi

DECLARATION = re.compile(r"^(?P<result>[^()]*?)\s*\b(?P<name>\w+)\((?P<parameters>[^()]*)\);$")
WRONG_TYPE = "int8_t"  # the type of nothing in pascal.h


def parse(declarations: str) -> List[Tuple[str, str, str]]:
    parsed = []
    for line in filter(None, (line.strip() for line in declarations.splitlines())):
        match = DECLARATION.match(line)
        assert match, f"not a one-line function declaration: {line}"
        parsed.append((match["result"], match["name"], match["parameters"]))
    return parsed


def render(parsed: List[Tuple[str, str, str]]) -> str:
    return "\n".join(f"{result} {name}({parameters});" for result, name, parameters in parsed)


def exact_type_checks(parsed: List[Tuple[str, str, str]]) -> str:
    lines = [
        f"    {result} (*check_{name})({parameters}) = &{name}; (void)check_{name};"
        for result, name, parameters in parsed
    ]
    return "void pascal_check_types(void);\nvoid pascal_check_types(void) {\n" + "\n".join(lines) + "\n}\n"


def build(
    types: str, parsed: List[Tuple[str, str, str]], module: str, includes: List[str], library_dir: str, work_dir: Path
) -> bool:
    """Whether the declarations compile against the header in API mode (cffi
    checks each struct field's type there too)."""
    ffi = cffi.FFI()
    ffi.cdef(types + render(parsed))
    ffi.set_source(
        module,
        '#include "pascal/pascal.h"\n' + exact_type_checks(parsed),
        include_dirs=includes,
        library_dirs=[library_dir],
        runtime_library_dirs=[library_dir],
        libraries=["pascal"],
        extra_compile_args=["-Werror=incompatible-pointer-types"],
    )
    try:
        ffi.compile(tmpdir=str(work_dir), verbose=False)
    except cffi.VerificationError:
        return False
    return True


def broken_variants(parsed: List[Tuple[str, str, str]]) -> Iterator[Tuple[str, List[Tuple[str, str, str]]]]:
    for index, (result, name, parameters) in enumerate(parsed):
        variant = list(parsed)
        variant[index] = (WRONG_TYPE, name, parameters)
        yield f"{name} returning {WRONG_TYPE}", variant
        if parameters != "void":
            first, _, rest = parameters.partition(",")
            broken_first = WRONG_TYPE + " " + first.split()[-1].lstrip("*")
            variant = list(parsed)
            variant[index] = (result, name, ",".join([broken_first] + ([rest] if rest else [])))
            yield f"{name} taking {broken_first}", variant


@contextlib.contextmanager
def silenced(log: Path) -> Iterator[None]:
    """Sends this process's and its children's stdout and stderr to `log`."""
    sys.stdout.flush()
    sys.stderr.flush()
    saved = [os.dup(1), os.dup(2)]
    with open(log, "w") as sink:
        os.dup2(sink.fileno(), 1)
        os.dup2(sink.fileno(), 2)
        try:
            yield
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            for fd, original in zip((1, 2), saved):
                os.dup2(original, fd)
                os.close(original)


def main(source_dir: str, generated_include: str, library_dir: str, work_dir: str) -> int:
    sys.path.insert(0, source_dir)
    import cffi_build

    parsed = parse(cffi_build.DECLARATIONS)
    includes = [str(Path(source_dir) / "include"), generated_include]
    work = Path(work_dir)
    work.mkdir(parents=True, exist_ok=True)

    types = cffi_build.TYPES
    if not build(types, parsed, "_pascal_api_check", includes, library_dir, work):
        print("FAIL: cffi_build.DECLARATIONS do not match include/pascal/pascal.h (compiler output above)")
        return 1
    sys.path.insert(0, str(work))
    checked = importlib.import_module("_pascal_api_check")
    print(
        f"declarations match the header; API-mode build runs libpascal "
        f"{checked.ffi.string(checked.lib.pascal_version_string()).decode()}"
    )

    log = work / "broken-builds.log"
    with silenced(log):  # the compiler errors expected here would bury the result
        undetected = [
            what
            for what, variant in broken_variants(parsed)
            if build(types, variant, "_pascal_api_broken", includes, library_dir, work / "broken")
        ]
        wrong_field = types.replace("uint32_t* data", f"{WRONG_TYPE}* data", 1)
        assert wrong_field != types
        if build(wrong_field, parsed, "_pascal_api_broken", includes, library_dir, work / "broken"):
            undetected.append(f"pascal_array.data as {WRONG_TYPE}*")
    if undetected:
        print("FAIL: these wrong declarations compiled: " + "; ".join(undetected))
        return 1
    print(f"and every deliberately wrong declaration fails to compile (compiler output: {log})")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    sys.exit(main(*sys.argv[1:]))
