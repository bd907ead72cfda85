"""What is derived from the header: other languages' declarations of the C
API, the C manual's function reference (docs/c-api.md) and the man page
pascal(3). Each comes from the header's functions, types and structs as
scripts/header_api.py reads them, and from its manual (the /*! blocks, as
scripts/header_manual.py reads them).
Each file is generated into the source tree, where its package's own build
and packing (or cmake --install) find it; the target pascal_regenerate
rewrites them all, and the test api.generated_files_are_fresh fails when one
is stale.

    generate_declarations.py DECLARATIONS HEADER VERSION OUT_DIR
writes every generated file under OUT_DIR at its path in the source tree.
"""

import json
import sys
from pathlib import Path
from typing import Callable, Dict, List, NamedTuple, Tuple

import header_api
import header_manual

NOTICE = (
    "Generated from include/pascal/pascal.h by scripts/generate_declarations.py: do not edit.\n"
    "cmake --build <build dir> --target pascal_regenerate rewrites it."
)

# Each language's table of the header's error codes says this above it.
ERRORS_DOC = "The errno values libpascal reports, by name, with what it means by each (pascal.h's Errors block)."

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


class Header(NamedTuple):
    api: header_api.Api
    manual: Dict[str, str]  # name -> its /*! block
    introduction: str
    version: str  # the build's, "1.1.0"
    source: Path  # the source tree, for the documents generated into a part of a file
    errors: Tuple[header_manual.ErrorCode, ...]  # the "Errors" block's errno values


def rust(header: Header) -> Dict[str, str]:
    api, manual = header.api, header.manual
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
    lines += ["", f"/// {ERRORS_DOC}", "pub const ERRORS: &[(&str, &str)] = &["]
    lines += [f"    ({json.dumps(e.name)}, {json.dumps(e.meaning)})," for e in header.errors]
    lines.append("];")
    return {RUST_PATH: "\n".join(lines) + "\n"}


NODE_PATH = "bindings/node/lib/declarations.js"


def node(header: Header) -> Dict[str, str]:
    """Each function as koffi reads a C prototype, with its parameters'
    types apart (a pascal_array * is the package's own koffi type); each
    struct as koffi.struct takes its fields."""
    lines = [f"// {line}" for line in NOTICE.splitlines()]
    lines += ["'use strict';", "", "module.exports = {", "    structs: {"]
    for struct in header.api.structs:
        fields = ", ".join(f"{field.name}: '{field.type}'" for field in struct.fields)
        lines.append(f"        {struct.name}: {{ {fields} }},")
    lines += ["    },", "    functions: {"]
    for function in header.api.functions:
        parameters = ", ".join(f"'{p.type}'" for p in function.parameters)
        lines += [
            f"        {function.name}: {{",
            f"            prototype: '{header_api.prototype(function)[:-1]}',",
            f"            result: '{function.result}',",
            f"            parameters: [{parameters}],",
            "        },",
        ]
    lines += ["    },", f"    // {ERRORS_DOC}", "    errors: {"]
    lines += [f"        {e.name}: {js_string(e.meaning)}," for e in header.errors]
    lines += ["    },", "};"]
    return {NODE_PATH: "\n".join(lines) + "\n"}


def js_string(text: str) -> str:
    """A single-quoted JavaScript string, as the package's own code writes them."""
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


JAVA_PATH = "bindings/java/src/main/java/dev/libpascal/Declarations.java"
# size_t is the platform's own (JAVA_LONG on 64-bit, JAVA_INT on 32-bit), named
# "size_t" so that SizeT.java finds it in a descriptor and gives Java a long either way.
JAVA_LAYOUTS = {"uint32_t": "JAVA_INT", "uint64_t": "JAVA_LONG", "size_t": "SIZE_T", "int": "JAVA_INT"}


def java_layout(c_type: str) -> str:
    if c_type.endswith("*"):
        return "ADDRESS"
    if c_type in JAVA_LAYOUTS:
        return JAVA_LAYOUTS[c_type]
    raise ValueError(f"pascal.h uses the C type {c_type!r}, which has no Java layout here yet")


def java_constant(name: str) -> str:
    return name.upper()


def java(header: Header) -> Dict[str, str]:
    """Each function's FunctionDescriptor and each struct's layout, named
    after the C name in capitals."""
    lines = [f"// {line}" for line in NOTICE.splitlines()]
    lines += [
        "package dev.libpascal;",
        "",
        "import static java.lang.foreign.ValueLayout.ADDRESS;",
        "import static java.lang.foreign.ValueLayout.JAVA_INT;",
        "import static java.lang.foreign.ValueLayout.JAVA_LONG;",
        "",
        "import java.lang.foreign.FunctionDescriptor;",
        "import java.lang.foreign.Linker;",
        "import java.lang.foreign.MemoryLayout;",
        "import java.lang.foreign.StructLayout;",
        "import java.lang.foreign.ValueLayout;",
        "import java.util.List;",
        "",
        "/** The C declarations of pascal.h as the FFM API describes them. */",
        "final class Declarations {",
        "    private Declarations() {}",
        "",
        "    /** size_t as this platform's C has it. */",
        "    static final ValueLayout SIZE_T =",
        '            ((ValueLayout) Linker.nativeLinker().canonicalLayouts().get("size_t")).withName("size_t");',
    ]
    for struct in header.api.structs:
        fields = ", ".join(f'{java_layout(f.type)}.withName("{f.name}")' for f in struct.fields)
        lines += ["", f"    /** {struct.name}. */", f"    static final StructLayout {java_constant(struct.name)} ="]
        lines.append(f"            MemoryLayout.structLayout({fields});")
    for function in header.api.functions:
        parameters = [java_layout(p.type) for p in function.parameters]
        if function.result == "void":
            descriptor = f"FunctionDescriptor.ofVoid({', '.join(parameters)})"
        else:
            descriptor = f"FunctionDescriptor.of({', '.join([java_layout(function.result), *parameters])})"
        lines += [
            "",
            f"    /** {header_api.prototype(function)} */",
            f"    static final FunctionDescriptor {java_constant(function.name)} =",
            f"            {descriptor};",
        ]
    lines += ["", f"    /** {ERRORS_DOC} */", "    static final List<List<String>> ERRORS = List.of("]
    entries = [f"            List.of({json.dumps(e.name)}, {json.dumps(e.meaning)})" for e in header.errors]
    lines += [",\n".join(entries) + ");", "}"]
    return {JAVA_PATH: "\n".join(lines) + "\n"}


GO_PATH = "bindings/go/errors_table.go"


def go(header: Header) -> Dict[str, str]:
    """The error table only: cgo reads the header's declarations itself."""
    lines = [f"// {line}" for line in NOTICE.splitlines()]
    lines += ["", "package pascal", "", f"// documentedErrors: {ERRORS_DOC[0].lower()}{ERRORS_DOC[1:]}"]
    lines.append("var documentedErrors = []struct{ name, meaning string }{")
    lines += [f"\t{{{json.dumps(e.name)}, {json.dumps(e.meaning)}}}," for e in header.errors]
    lines.append("}")
    return {GO_PATH: "\n".join(lines) + "\n"}


C_API_PATH = "docs/c-api.md"
REFERENCE_BEGIN = "<!-- function-reference:begin (generated from pascal.h by scripts/generate_declarations.py) -->"
REFERENCE_END = "<!-- function-reference:end -->"


def c_reference(header: Header) -> Dict[str, str]:
    """docs/c-api.md with its function reference, between the markers, made
    from the header: each function's prototype and manual block, in the
    header's order; the rest of the page is prose written by hand."""
    lines = [REFERENCE_BEGIN, ""]
    declarations = {f.name: header_api.prototype(f) for f in header.api.functions}
    declarations.update((s.name, header_api.struct_declaration(s)) for s in header.api.structs)
    for name, block in header.manual.items():
        is_function = any(f.name == name for f in header.api.functions)
        lines += [f"### `{name}{'()' if is_function else ''}`", ""]
        if name in declarations:
            lines += ["```c", declarations[name], "```", ""]
        lines += ["```text", block, "```", ""]
    lines.append(REFERENCE_END)
    page = (header.source / C_API_PATH).read_text()
    start, end = page.index(REFERENCE_BEGIN), page.index(REFERENCE_END) + len(REFERENCE_END)
    return {C_API_PATH: page[:start] + "\n".join(lines) + page[end:]}


MAN_DIR = "docs/man"


def _roff(text: str) -> str:
    """Text as roff shows it verbatim: backslashes escaped, no line that
    starts with a control character."""
    return "\n".join("\\&" + line.replace("\\", "\\e") for line in text.splitlines())


def man_pages(header: Header) -> Dict[str, str]:
    """pascal(3): the introduction, the synopsis and every manual block;
    and one page per function that sources it, so that man 3 pascal_row works."""
    lines = [
        f'.TH PASCAL 3 "" "libpascal {header.version}" "libpascal"',
        ".SH NAME",
        "pascal \\- rows of Pascal's triangle through a plain C ABI",
        ".SH SYNOPSIS",
        ".nf",
        ".B #include <pascal/pascal.h>",
        ".PP",
        _roff("\n".join(header_api.struct_declaration(s) for s in header.api.structs)),
        ".PP",
        _roff("\n".join(header_api.prototype(f) for f in header.api.functions)),
        ".fi",
        ".SH DESCRIPTION",
        ".nf",
        _roff(header.introduction),
        ".fi",
        ".SH FUNCTIONS AND TYPES",
    ]
    for name, block in header.manual.items():
        lines += [f".SS {name}", ".nf", _roff(block), ".fi"]
    lines += [".SH SEE ALSO", "The header itself, pascal/pascal.h, is the manual this page is made from."]
    pages = {f"{MAN_DIR}/pascal.3": "\n".join(lines) + "\n"}
    for function in header.api.functions:
        pages[f"{MAN_DIR}/{function.name}.3"] = ".so man3/pascal.3\n"
    return pages


GENERATORS: List[Callable[[Header], Dict[str, str]]] = [rust, node, java, go, c_reference, man_pages]


def main(declarations: str, header_path: str, version: str, out_dir: str) -> int:
    api = header_api.read(declarations)
    text = Path(header_path).read_text()
    manual = header_manual.manual(text)
    missing = [f.name for f in api.functions if f.name not in manual]
    missing += [s.name for s in api.structs if s.name not in manual]
    if missing:
        print(f"pascal.h has no /*! manual block for {', '.join(missing)}")
        return 1
    source = Path(header_path).resolve().parents[2]
    header = Header(api, manual, header_manual.introduction(text), version, source, header_manual.errors(manual))
    for generate in GENERATORS:
        for path, content in generate(header).items():
            target = Path(out_dir) / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(content)
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    sys.exit(main(*sys.argv[1:]))
