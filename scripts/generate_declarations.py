"""Other languages' declarations of the C API, generated from the header:
its functions, types and structs as scripts/header_api.py reads them, and
its manual (the /*! blocks) as their documentation. Each file is generated
into the source tree, where its package's own build and packing find it;
the target pascal_regenerate rewrites them all, and the test
api.generated_files_are_fresh fails when one is stale.

    generate_declarations.py DECLARATIONS HEADER OUT_DIR
writes every generated file under OUT_DIR at its path in the source tree.
"""

import sys
from pathlib import Path
from typing import Callable, Dict, List

import header_api

NOTICE = (
    "Generated from include/pascal/pascal.h by scripts/generate_declarations.py: do not edit.\n"
    "cmake --build <build dir> --target pascal_regenerate rewrites it."
)

RUST_PATH = "bindings/rust/libpascal-sys/src/declarations.rs"
RUST_TYPES = {"uint32_t": "u32", "uint64_t": "u64", "size_t": "usize", "int": "c_int", "char": "c_char"}


def rust_type(c_type: str) -> str:
    """A C type of the header as Rust spells it."""
    if c_type.endswith("*"):
        pointee = c_type[:-1].strip()
        if pointee.startswith("const "):
            return f"*const {rust_type(pointee[len('const ') :])}"
        return f"*mut {rust_type(pointee)}"
    if c_type.startswith("struct "):
        return c_type[len("struct ") :]
    if c_type in RUST_TYPES:
        return RUST_TYPES[c_type]
    if c_type.startswith("pascal_"):
        return c_type  # a struct of the header, declared here by its name
    raise ValueError(f"pascal.h uses the C type {c_type!r}, which has no Rust spelling here yet")


def rust_doc(text: str, indent: str) -> List[str]:
    """The manual's words as a doc comment: verbatim, in a text block, since
    its indented lines would otherwise be Rust code to rustdoc."""
    return (
        [f"{indent}/// ```text"] + [f"{indent}/// {line}".rstrip() for line in text.splitlines()] + [f"{indent}/// ```"]
    )


def rust(api: header_api.Api, manual: Dict[str, str]) -> str:
    lines = [f"// {line}" for line in NOTICE.splitlines()]
    lines += ["", "use core::ffi::{c_char, c_int};", ""]
    for struct in api.structs:
        lines += rust_doc(manual[struct.name], "")
        lines += ["#[repr(C)]", "#[derive(Debug, Clone, Copy, PartialEq, Eq)]", f"pub struct {struct.name} {{"]
        lines += [f"    pub {field.name}: {rust_type(field.type)}," for field in struct.fields]
        lines += ["}", ""]
    lines.append('extern "C" {')
    for index, function in enumerate(api.functions):
        parameters = ", ".join(f"{p.name}: {rust_type(p.type)}" for p in function.parameters)
        result = "" if function.result == "void" else f" -> {rust_type(function.result)}"
        if index:
            lines.append("")
        lines += rust_doc(manual[function.name], "    ")
        lines.append(f"    pub fn {function.name}({parameters}){result};")
    lines.append("}")
    return "\n".join(lines) + "\n"


GENERATORS: Dict[str, Callable[[header_api.Api, Dict[str, str]], str]] = {RUST_PATH: rust}


def main(declarations: str, header: str, out_dir: str) -> int:
    api = header_api.read(declarations)
    manual = header_api.manual(Path(header).read_text())
    missing = [f.name for f in api.functions if f.name not in manual] + [
        s.name for s in api.structs if s.name not in manual
    ]
    if missing:
        print(f"pascal.h has no /*! manual block for {', '.join(missing)}")
        return 1
    for path, generate in GENERATORS.items():
        target = Path(out_dir) / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(generate(api, manual))
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    sys.exit(main(*sys.argv[1:]))
