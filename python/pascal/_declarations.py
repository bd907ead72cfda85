"""The C declarations both backends call through, written once: cffi_build.py
compiles them into _native.py (cffi's ABI mode), the ctypes backend derives
every argtypes and restype from them, and tests/python/
abi_declarations_match_header.py compiles them against pascal.h, so a
declaration that differs from the header fails a test, not a user.

Plain C, one function a line, as the header declares it minus PASCAL_EXPORT
and PASCAL_NOEXCEPT."""

import re
from typing import List, NamedTuple

TYPES = """
typedef struct pascal_array { uint32_t* data; size_t size; } pascal_array;
"""

DECLARATIONS = """
uint32_t pascal_version_number(void);
const char* pascal_version_string(void);
size_t pascal_row_exact_max(void);
uint32_t* pascal_row(size_t n, size_t* size_out);
void deallocate_vec(uint32_t* ptr, size_t len);
size_t pascal_row_into(size_t n, uint32_t* out, size_t capacity);
uint32_t* pascal_triangle(size_t rows, size_t* size_out);
size_t pascal_triangle_into(size_t rows, uint32_t* out, size_t capacity);
int pascal_row_alloc(size_t n, pascal_array* out);
int pascal_triangle_alloc(size_t rows, pascal_array* out);
void pascal_array_free(pascal_array* a);
int pascal_entry(uint64_t n, uint64_t k, uint32_t* out);
size_t pascal_row_range(uint64_t n, uint64_t k0, uint32_t* out, size_t count);
"""

_DECLARATION = re.compile(r"^(?P<result>[^()]*?)\s*\b(?P<name>\w+)\((?P<parameters>[^()]*)\);$")


class Function(NamedTuple):
    result: str  # a C type: "size_t", "uint32_t*", "void"
    name: str
    parameters: List[str]  # C types of the parameters, names dropped; [] for (void)


def _type_of(parameter: str) -> str:
    """'size_t* size_out' -> 'size_t*'."""
    words = parameter.replace("*", "* ").split()
    return " ".join(words[:-1]).replace(" *", "*") if len(words) > 1 else words[0]


def functions() -> List[Function]:
    parsed = []
    for line in filter(None, (line.strip() for line in DECLARATIONS.splitlines())):
        match = _DECLARATION.match(line)
        if not match:
            raise ValueError(f"not a one-line function declaration: {line}")
        parameters = match["parameters"]
        types = [] if parameters == "void" else [_type_of(p.strip()) for p in parameters.split(",")]
        parsed.append(Function(match["result"].replace(" *", "*"), match["name"], types))
    return parsed
