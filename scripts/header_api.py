"""The API as include/pascal/pascal.h declares it, read by a real C parser:
the one place that reads the header's declarations. Everything that needs
the list of functions, their types or the structs (cffi_build.py, the export
and change-map tests) asks this module, never a pattern of its own, so that
clang-format wrapping a prototype or a new macro cannot fool one of them.

The header is preprocessed as a consumer preprocesses it (the include
directories and definitions the pascal target gives its users, so the
generated export and version headers are the build's), keeping only what the
library's own headers contribute, then parsed with pycparser, the parser
cffi's cdef uses too.

    header_api.py preprocess CC HEADER INCLUDE_DIRS DEFINITIONS OUT   the plain declarations
    header_api.py functions DECLARATIONS                             their function names
INCLUDE_DIRS, DEFINITIONS: each a list separated by '|'; empty items ignored.
"""

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import List, NamedTuple, Tuple

from pycparser import c_ast, c_parser

LINEMARKER = re.compile(r'^# \d+ "(?P<file>(?:[^"\\]|\\.)*)"')
# The standard types the declarations use, which the dropped system headers
# declare: pycparser needs to know they are types, nothing more.
STANDARD_TYPES = ("size_t", "uint32_t", "uint64_t")


class Parameter(NamedTuple):
    name: str
    type: str  # C, as written: "size_t", "uint32_t *", "const char *", "pascal_array *"


class Function(NamedTuple):
    name: str
    result: str
    parameters: Tuple[Parameter, ...]  # () for (void)


class Struct(NamedTuple):
    name: str  # the typedef name, which is also the tag
    fields: Tuple[Parameter, ...]


class Api(NamedTuple):
    functions: Tuple[Function, ...]  # in the header's order
    structs: Tuple[Struct, ...]


def items(joined: str) -> List[str]:
    return [item for item in joined.split("|") if item]


def _within(path: str, directories: List[str]) -> bool:
    path = os.path.realpath(path)
    return any(os.path.commonpath([path, directory]) == directory for directory in directories)


def preprocess(cc: str, header: str, include_dirs: List[str], definitions: List[str]) -> str:
    """The header's own declarations, preprocessed: the lines the library's
    include directories contribute, without the system headers' (cffi knows
    size_t and uint32_t; gcc's stddef.h declares max_align_t with
    __attribute__ in C11) and without # lines. Plain C that cffi's cdef reads."""
    command = [cc, "-x", "c", "-E"] + [f"-I{d}" for d in include_dirs] + [f"-D{d}" for d in definitions] + [header]
    output = subprocess.run(command, check=True, stdout=subprocess.PIPE, universal_newlines=True).stdout
    ours = [os.path.realpath(d) for d in include_dirs]
    kept = []
    keep = False
    for line in output.splitlines():
        marker = LINEMARKER.match(line)
        if marker:
            keep = _within(marker["file"], ours)
        elif keep and line.strip() and not line.lstrip().startswith("#"):
            kept.append(line)
    return "\n".join(kept) + "\n"


def _type(node: c_ast.Node) -> str:
    """A declarator's C type without its name: "const char *"."""
    if isinstance(node, c_ast.PtrDecl):
        return f"{_type(node.type)} *" + "".join(f" {q}" for q in node.quals)
    if isinstance(node, c_ast.TypeDecl):
        inner = node.type
        if isinstance(inner, c_ast.IdentifierType):
            name = " ".join(inner.names)
        elif isinstance(inner, c_ast.Struct):
            name = f"struct {inner.name}"
        else:
            raise ValueError(f"unsupported type in pascal.h: {type(inner).__name__}")
        return " ".join([*node.quals, name])
    raise ValueError(f"unsupported declarator in pascal.h: {type(node).__name__}")


def _parameters(declaration: c_ast.FuncDecl) -> Tuple[Parameter, ...]:
    parameters = declaration.args.params if declaration.args is not None else []
    if len(parameters) == 1 and _type(parameters[0].type) == "void" and parameters[0].name is None:
        return ()
    return tuple(Parameter(p.name, _type(p.type)) for p in parameters)


def parse(declarations: str) -> Api:
    """The functions and structs of preprocessed declarations."""
    prelude = "".join(f"typedef int {name};\n" for name in STANDARD_TYPES)
    tree = c_parser.CParser().parse(prelude + declarations, "pascal.h")
    functions, structs = [], []
    for node in tree.ext[len(STANDARD_TYPES) :]:
        if isinstance(node, c_ast.Decl) and isinstance(node.type, c_ast.FuncDecl):
            function = node.type
            functions.append(Function(node.name, _type(function.type), _parameters(function)))
        elif isinstance(node, c_ast.Typedef) and isinstance(node.type.type, c_ast.Struct):
            struct = node.type.type
            fields = tuple(Parameter(field.name, _type(field.type)) for field in struct.decls or [])
            structs.append(Struct(node.name, fields))
    if not functions:
        raise ValueError("pascal.h declares no function: is this the header?")
    return Api(tuple(functions), tuple(structs))


def prototype(function: Function) -> str:
    """The function as C declares it, without the header's macros."""
    parameters = ", ".join(f"{p.type} {p.name}" for p in function.parameters) or "void"
    return f"{function.result} {function.name}({parameters});".replace("* ", "*")


def struct_declaration(struct: Struct) -> str:
    """The struct as the header declares it."""
    fields = "".join(f"    {field.type} {field.name};\n" for field in struct.fields).replace("* ", "*")
    return f"typedef struct {struct.name} {{\n{fields}}} {struct.name};"


def read(declarations_file: str) -> Api:
    """The API from the declarations main() wrote."""
    return parse(Path(declarations_file).read_text())


def main(arguments: List[str]) -> int:
    if arguments[:1] == ["preprocess"] and len(arguments) == 6:
        cc, header, include_dirs, definitions, out = arguments[1:]
        text = preprocess(cc, header, items(include_dirs), items(definitions))
        parse(text)  # fails here, at build time, on anything the readers could not take
        Path(out).write_text(text)
        return 0
    if arguments[:1] == ["functions"] and len(arguments) == 2:
        print("\n".join(function.name for function in read(arguments[1]).functions))
        return 0
    sys.exit(__doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
