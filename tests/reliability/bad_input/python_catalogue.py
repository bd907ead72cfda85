"""The Python API's bad-input catalogue: every bad argument we know of, for
every function, and exactly what each gets, the same from the cffi and the
ctypes backend, on CPython and on PyPy. Cases that need NumPy exist where
NumPy does (Debian has none for PyPy).

test_bad_input.py runs every cell against a backend; check_docs.py renders
these tables into docs/reliability.md's "Errors and bad input" section and
fails when that section differs. A cell is "ExceptionType: message" or "returns <value>".
"""

import array
import ctypes
import decimal
import fractions
import mmap
from typing import Any, Callable, List, NamedTuple, Optional, TypeVar

try:
    import numpy
except ImportError:  # PyPy here
    numpy = None

Case = TypeVar("Case")


def with_numpy(*cases: Case) -> List[Case]:
    """The cases, where NumPy is installed; none elsewhere."""
    return list(cases) if numpy is not None else []


class Index:
    """An object with __index__ returning whatever it was given."""

    def __init__(self, value: object) -> None:
        self.value = value

    def __index__(self) -> object:
        return self.value


class IndexRaises:
    """An object whose __index__ raises."""

    def __index__(self) -> int:
        raise RuntimeError("__index__ failed")


class Liar(int):
    """An int subclass whose comparisons lie: only its value may count."""

    def __lt__(self, other: object) -> bool:
        return False

    def __ge__(self, other: object) -> bool:
        return True

    def __gt__(self, other: object) -> bool:
        return False


class IntOnly:
    """An object with __int__ but no __index__: not an integer to an API."""

    def __int__(self) -> int:
        return 3


INTO_ENTRIES = 8  # pascal_row_into(n, out) gets an array('I') this long


class NCase(NamedTuple):
    expression: str  # as docs/reliability.md shows it
    value: Callable[[], Any]  # deliberately anything
    rows: str  # pascal_row, pascal_row_buffer and scoped_row_buffer
    into: str  # pascal_row_into(n, array('I') of INTO_ENTRIES)


TOO_BIG = "MemoryError: pascal_row({n}) failed: ENOMEM: Cannot allocate memory"
NOT_SIZE_T = "OverflowError: n = {n} does not fit in size_t (at most 18446744073709551615)"
SMALL_OUT = "ValueError: out has 32 bytes, row {n} needs {bytes}"


def too_big(n: int) -> str:
    return TOO_BIG.format(n=n)


def not_size_t(n: int) -> str:
    return NOT_SIZE_T.format(n=n)


def small_out(n: int) -> str:
    return SMALL_OUT.format(n=n, bytes=4 * n)


def not_integer(type_name: str) -> str:
    return f"TypeError: n must be an integer, not {type_name}"


def negative(n: int) -> str:
    return f"ValueError: n must be >= 0, got {n}"


N_CASES: List[NCase] = [
    NCase("-1", lambda: -1, negative(-1), negative(-1)),
    NCase("-2**63", lambda: -(2**63), negative(-(2**63)), negative(-(2**63))),
    NCase("-2**64", lambda: -(2**64), negative(-(2**64)), negative(-(2**64))),
    NCase("True", lambda: True, "returns [1]", "returns 1"),
    NCase("False", lambda: False, "returns []", "returns 0"),
    NCase("3.0", lambda: 3.0, not_integer("float"), not_integer("float")),
    NCase("float('nan')", lambda: float("nan"), not_integer("float"), not_integer("float")),
    NCase("'3'", lambda: "3", not_integer("str"), not_integer("str")),
    NCase("b'3'", lambda: b"3", not_integer("bytes"), not_integer("bytes")),
    NCase("None", lambda: None, not_integer("NoneType"), not_integer("NoneType")),
    NCase("[3]", lambda: [3], not_integer("list"), not_integer("list")),
    NCase("3j", lambda: 3j, not_integer("complex"), not_integer("complex")),
    NCase("Decimal(3)", lambda: decimal.Decimal(3), not_integer("Decimal"), not_integer("Decimal")),
    NCase("Fraction(3)", lambda: fractions.Fraction(3), not_integer("Fraction"), not_integer("Fraction")),
    NCase("object()", object, not_integer("object"), not_integer("object")),
    NCase("IntOnly() (`__int__`, no `__index__`)", IntOnly, not_integer("IntOnly"), not_integer("IntOnly")),
    NCase("Index(3) (`__index__` returns 3)", lambda: Index(3), "returns [1, 2, 1]", "returns 3"),
    NCase("Index(-1)", lambda: Index(-1), negative(-1), negative(-1)),
    NCase("Liar(-1) (an `int` subclass whose `<` lies)", lambda: Liar(-1), negative(-1), negative(-1)),
    NCase("Index(3.0) (`__index__` returns a float)", lambda: Index(3.0), not_integer("Index"), not_integer("Index")),
    NCase("Index(2**64)", lambda: Index(2**64), not_size_t(2**64), not_size_t(2**64)),
    NCase(
        "IndexRaises() (`__index__` raises)",
        IndexRaises,
        "RuntimeError: __index__ failed",
        "RuntimeError: __index__ failed",
    ),
    *with_numpy(
        NCase("numpy.int64(3)", lambda: numpy.int64(3), "returns [1, 2, 1]", "returns 3"),
        NCase("numpy.float64(3)", lambda: numpy.float64(3), not_integer("float64"), not_integer("float64")),
    ),
    NCase("2**61", lambda: 2**61, too_big(2**61), small_out(2**61)),
    NCase("2**63", lambda: 2**63, too_big(2**63), small_out(2**63)),
    NCase("2**64 - 1 (SIZE_MAX)", lambda: 2**64 - 1, too_big(2**64 - 1), small_out(2**64 - 1)),
    *with_numpy(
        NCase("numpy.uint64(2**64 - 1)", lambda: numpy.uint64(2**64 - 1), too_big(2**64 - 1), small_out(2**64 - 1))
    ),
    NCase("2**64", lambda: 2**64, not_size_t(2**64), not_size_t(2**64)),
    NCase("2**100", lambda: 2**100, not_size_t(2**100), not_size_t(2**100)),
]


class TriangleCase(NamedTuple):
    expression: str
    value: Callable[[], Any]  # deliberately anything
    triangle: str  # pascal_triangle
    buffers: str  # pascal_triangle_buffer and scoped_triangle_buffer, as lists
    into: str  # pascal_triangle_into(rows, array('I') of INTO_ENTRIES)


def rows_not_integer(type_name: str) -> str:
    return f"TypeError: rows must be an integer, not {type_name}"


def rows_negative(rows: int) -> str:
    return f"ValueError: rows must be >= 0, got {rows}"


def triangle_too_big(rows: int) -> str:
    return f"MemoryError: pascal_triangle({rows}) failed: ENOMEM: Cannot allocate memory"


def triangle_small_out(rows: int) -> str:
    return (
        f"ValueError: out has {4 * INTO_ENTRIES} bytes, a triangle of {rows} rows needs {4 * (rows * (rows + 1) // 2)}"
    )


def too_many_entries(rows: int) -> str:
    return f"OverflowError: a triangle of {rows} rows has {rows * (rows + 1) // 2} entries, more than size_t counts"


def triangle_case(
    expression: str, value: Callable[[], Any], triangle: str, buffers: str = "", into: str = ""
) -> TriangleCase:
    return TriangleCase(expression, value, triangle, buffers or triangle, into or triangle)


TRIANGLE_CASES: List[TriangleCase] = [
    triangle_case("-1", lambda: -1, rows_negative(-1)),
    triangle_case("True", lambda: True, "returns [[1]]", "returns [1]", "returns 1"),
    triangle_case("False", lambda: False, "returns []", "returns []", "returns 0"),
    triangle_case("3.0", lambda: 3.0, rows_not_integer("float")),
    triangle_case("'3'", lambda: "3", rows_not_integer("str")),
    triangle_case("None", lambda: None, rows_not_integer("NoneType")),
    triangle_case(
        "Index(3) (`__index__` returns 3)",
        lambda: Index(3),
        "returns [[1], [1, 1], [1, 2, 1]]",
        "returns [1, 1, 1, 1, 2, 1]",
        "returns 6",
    ),
    *with_numpy(triangle_case("numpy.float64(3)", lambda: numpy.float64(3), rows_not_integer("float64"))),
    triangle_case("2**31", lambda: 2**31, triangle_too_big(2**31), "", triangle_small_out(2**31)),
    triangle_case(
        "2**32 (entry count fits, byte size does not)",
        lambda: 2**32,
        triangle_too_big(2**32),
        "",
        triangle_small_out(2**32),
    ),
    triangle_case("2**33 (entry count overflows)", lambda: 2**33, too_many_entries(2**33)),
    triangle_case("2**64 - 1 (SIZE_MAX)", lambda: 2**64 - 1, too_many_entries(2**64 - 1)),
    triangle_case(
        "2**64",
        lambda: 2**64,
        "OverflowError: rows = 18446744073709551616 does not fit in size_t (at most 18446744073709551615)",
    ),
]


class OutCase(NamedTuple):
    expression: str
    value: Callable[[], Any]  # deliberately anything
    into: str  # pascal_row_into(3, out): row 3 needs 12 bytes
    empty: str  # pascal_row_into(0, out): nothing is written, so size and alignment do not matter


NOT_A_BUFFER = "TypeError: out must be a writable buffer (bytearray, array.array('I'), numpy uint32 array), not {}"
READ_ONLY = "TypeError: out is a read-only {}: pascal_row_into needs a writable buffer"


def released_view() -> memoryview:
    view = memoryview(bytearray(12))
    view.release()
    return view


def read_only_array() -> "numpy.ndarray[Any, Any]":
    out = numpy.zeros(3, numpy.uint32)
    out.setflags(write=False)
    return out


ZERO = "returns 0"
MISALIGNED = "ValueError: out is not aligned for uint32_t (a slice starting at an odd byte?)"
NOT_CONTIGUOUS = "TypeError: out must be C-contiguous"
RELEASED = "ValueError: operation forbidden on released memoryview object"


class ClaimsToBeAnArray(bytearray):
    """A bytearray whose __class__ says array.array, whose items are always
    aligned: only the object's real type may count."""

    @property  # type: ignore[misc]
    def __class__(self) -> type:
        return array.array


def misaligned_liar() -> ClaimsToBeAnArray:
    """13 bytes at an odd address: deleting from a bytearray's front moves its start."""
    out = ClaimsToBeAnArray(b"\xa5" * 14)
    del out[:1]
    return out


def refused(message: str) -> tuple:
    """(into, empty) for a buffer refused whatever n is."""
    return message, message


OUT_CASES: List[OutCase] = [
    OutCase("None", lambda: None, *refused(NOT_A_BUFFER.format("NoneType"))),
    OutCase("[0, 0, 0]", lambda: [0, 0, 0], *refused(NOT_A_BUFFER.format("list"))),
    OutCase("'abc'", lambda: "abc", *refused(NOT_A_BUFFER.format("str"))),
    OutCase("bytes(12)", lambda: bytes(12), *refused(READ_ONLY.format("bytes"))),
    OutCase("memoryview(bytes(12))", lambda: memoryview(bytes(12)), *refused(READ_ONLY.format("memoryview"))),
    *with_numpy(
        OutCase("numpy.zeros(3, numpy.uint32) (made read-only)", read_only_array, *refused(READ_ONLY.format("ndarray")))
    ),
    OutCase("bytearray(8)", lambda: bytearray(8), "ValueError: out has 8 bytes, row 3 needs 12", ZERO),
    OutCase(
        "array('I', [0, 0])", lambda: array.array("I", [0, 0]), "ValueError: out has 8 bytes, row 3 needs 12", ZERO
    ),
    OutCase("array('I') (empty)", lambda: array.array("I"), "ValueError: out has 0 bytes, row 3 needs 12", ZERO),
    OutCase(
        "memoryview(bytearray(8))[1:1] (empty, at an odd address)",
        lambda: memoryview(bytearray(8))[1:1],
        "ValueError: out has 0 bytes, row 3 needs 12",
        ZERO,
    ),
    OutCase("memoryview(bytearray(13))[1:] (misaligned)", lambda: memoryview(bytearray(13))[1:], MISALIGNED, ZERO),
    OutCase(
        "ClaimsToBeAnArray(14) after del out[:1] (a bytearray at an odd address whose `__class__` says array)",
        misaligned_liar,
        MISALIGNED,
        ZERO,
    ),
    OutCase(
        "memoryview((ctypes.c_uint32 * 6)())[1:] (a slice of a ctypes array)",
        lambda: memoryview((ctypes.c_uint32 * 6)())[1:],
        "returns 3",
        ZERO,
    ),
    OutCase(
        "memoryview(array('I', [0] * 4)).cast('B')[4:] (a slice of a cast)",
        lambda: memoryview(array.array("I", [0] * 4)).cast("B")[4:],
        "returns 3",
        ZERO,
    ),
    OutCase(
        "memoryview(bytearray(24)).cast('I')[::2] (strided)",
        lambda: memoryview(bytearray(24)).cast("I")[::2],
        *refused(NOT_CONTIGUOUS),
    ),
    *with_numpy(
        OutCase(
            "numpy.zeros(6, numpy.uint32)[::2] (strided)",
            lambda: numpy.zeros(6, numpy.uint32)[::2],
            *refused(NOT_CONTIGUOUS),
        )
    ),
    OutCase("memoryview(bytearray(12)) (released)", released_view, *refused(RELEASED)),
    OutCase("array('d', [0.0] * 3) (12+ bytes, not uint32)", lambda: array.array("d", [0.0] * 3), "returns 3", ZERO),
    *with_numpy(OutCase("numpy.zeros(3) (float64)", lambda: numpy.zeros(3), "returns 3", ZERO)),
]


# Every buffer kind a caller may own, through every view of it we know:
# sliced, cast, and both. Each object holds BUFFER_ENTRIES entries, all
# SENTINEL before the call; afterwards the test reads the object through its
# own interface (tolist(), bytes(), indexing) and expects the three entries
# at the view's start and SENTINEL everywhere else: written in place, never
# into a copy, nothing outside the range touched.
BUFFER_ENTRIES = 8
SENTINEL = 0xA5A5A5A5
_SENTINELS = array.array("I", [SENTINEL] * BUFFER_ENTRIES)


def _mapped() -> mmap.mmap:
    memory = mmap.mmap(-1, 4 * BUFFER_ENTRIES)
    memory.write(_SENTINELS.tobytes())
    return memory


class BufferKind(NamedTuple):
    name: str  # as the table heads its column
    make: Callable[[], Any]
    read: Callable[[Any], List[int]]  # its entries, through its own interface


def _entries(data: bytes) -> List[int]:
    return array.array("I", data).tolist()


BUFFER_KINDS: List[BufferKind] = [
    BufferKind("bytearray(32)", lambda: bytearray(_SENTINELS.tobytes()), lambda out: _entries(bytes(out))),
    BufferKind("array('I', [0] * 8)", lambda: array.array("I", _SENTINELS), lambda out: out.tolist()),
    BufferKind(
        "(ctypes.c_uint32 * 8)()",
        lambda: (ctypes.c_uint32 * BUFFER_ENTRIES)(*_SENTINELS),
        lambda out: [out[i] for i in range(BUFFER_ENTRIES)],
    ),
    BufferKind("mmap.mmap(-1, 32)", _mapped, lambda out: _entries(out[:])),
    *with_numpy(
        BufferKind(
            "numpy.zeros(8, numpy.uint32)",
            lambda: numpy.full(BUFFER_ENTRIES, SENTINEL, numpy.uint32),
            lambda out: out.tolist(),
        )
    ),
]


class BufferShape(NamedTuple):
    expression: str  # "obj" stands for the caller's object
    view: Callable[[Any], Any]  # obj -> what is passed as out
    offset: Callable[[int], int]  # the out's first byte in obj, given memoryview(obj).itemsize


BUFFER_SHAPES: List[BufferShape] = [
    BufferShape("obj", lambda obj: obj, lambda _: 0),
    BufferShape("memoryview(obj)", memoryview, lambda _: 0),
    BufferShape("memoryview(obj)[1:]", lambda obj: memoryview(obj)[1:], lambda itemsize: itemsize),
    BufferShape("memoryview(obj).cast('B')", lambda obj: memoryview(obj).cast("B"), lambda _: 0),
    BufferShape("memoryview(obj).cast('B')[4:]", lambda obj: memoryview(obj).cast("B")[4:], lambda _: 4),
    BufferShape("memoryview(obj).cast('B')[2:]", lambda obj: memoryview(obj).cast("B")[2:], lambda _: 2),
    BufferShape(
        "memoryview(obj).cast('B')[4:].cast('I')", lambda obj: memoryview(obj).cast("B")[4:].cast("I"), lambda _: 4
    ),
    BufferShape(
        "memoryview(obj).cast('B')[4:].cast('I')[1:]",
        lambda obj: memoryview(obj).cast("B")[4:].cast("I")[1:],
        lambda _: 8,
    ),
    BufferShape(
        "memoryview(memoryview(obj).cast('B')[4:])", lambda obj: memoryview(memoryview(obj).cast("B")[4:]), lambda _: 4
    ),
]


class BufferCall(NamedTuple):
    expression: str  # as the table's heading shows it
    call: Callable[[Any, Any], Any]  # (the pascal module, out)
    entries: List[int]  # what it writes: three entries


# Three entries each, so that every shape above has room for every call.
BUFFER_CALLS: List[BufferCall] = [
    BufferCall("pascal_row_into(3, out)", lambda p, out: p.pascal_row_into(3, out), [1, 2, 1]),
    BufferCall("pascal_triangle_into(2, out)", lambda p, out: p.pascal_triangle_into(2, out), [1, 1, 1]),
    BufferCall("pascal_row_range_into(5, 1, 3, out)", lambda p, out: p.pascal_row_range_into(5, 1, 3, out), [4, 6, 4]),
]


def buffer_offset(kind: BufferKind, shape: BufferShape) -> int:
    return shape.offset(memoryview(kind.make()).itemsize)


def buffer_refusal(kind: BufferKind, shape: BufferShape) -> Optional[str]:
    """The error every call gets for this buffer, or None if it is written."""
    return MISALIGNED if buffer_offset(kind, shape) % 4 else None


def buffer_after(kind: BufferKind, shape: BufferShape, written: List[int]) -> List[int]:
    """The object's entries after a call that writes `written` at the view."""
    after = [SENTINEL] * BUFFER_ENTRIES
    if buffer_refusal(kind, shape) is None:
        start = buffer_offset(kind, shape) // 4
        after[start : start + len(written)] = written
    return after


def _buffer_cell(kind: BufferKind, shape: BufferShape) -> str:
    refusal = buffer_refusal(kind, shape)
    if refusal is not None:
        return "refused: misaligned"
    start = buffer_offset(kind, shape) // 4
    return f"entries {start}..{start + 2}"


class CallCase(NamedTuple):
    expression: str  # the call, as docs/reliability.md shows it
    call: Callable[[Any], Any]  # given the pascal module
    outcome: str


U64_MAX = 2**64 - 1
NOT_UINT64 = "OverflowError: {} = 18446744073709551616 does not fit in uint64_t (at most 18446744073709551615)"

# pascal_entry and the row ranges, call by call: their indices are uint64_t.
CALL_CASES: List[CallCase] = [
    CallCase(
        "pascal_entry(5, 5)",
        lambda p: p.pascal_entry(5, 5),
        "IndexError: k = 5 is not an index of row 5, which has 5 entries",
    ),
    CallCase(
        "pascal_entry(0, 0)",
        lambda p: p.pascal_entry(0, 0),
        "IndexError: k = 0 is not an index of row 0, which has 0 entries",
    ),
    CallCase("pascal_entry(5, -1)", lambda p: p.pascal_entry(5, -1), "ValueError: k must be >= 0, got -1"),
    CallCase("pascal_entry(-1, 0)", lambda p: p.pascal_entry(-1, 0), "ValueError: n must be >= 0, got -1"),
    CallCase("pascal_entry(2**64, 0)", lambda p: p.pascal_entry(2**64, 0), NOT_UINT64.format("n")),
    CallCase("pascal_entry(5, 2.0)", lambda p: p.pascal_entry(5, 2.0), "TypeError: k must be an integer, not float"),
    CallCase("pascal_entry(2**64 - 1, 2**64 - 2)", lambda p: p.pascal_entry(U64_MAX, U64_MAX - 1), "returns 1"),
    CallCase(
        "pascal_row_range(5, 3, 3)",
        lambda p: p.pascal_row_range(5, 3, 3),
        "IndexError: entries 3..5 are not all in row 5, which has 5 entries",
    ),
    CallCase(
        "pascal_row_range(5, 6, 0)",
        lambda p: p.pascal_row_range(5, 6, 0),
        "IndexError: k0 = 6 is past the end of row 5, which has 5 entries",
    ),
    CallCase("pascal_row_range(5, 5, 0)", lambda p: p.pascal_row_range(5, 5, 0), "returns []"),
    CallCase(
        "pascal_row_range(2**64 - 1, 2**64 - 2, 2)",
        lambda p: p.pascal_row_range(U64_MAX, U64_MAX - 1, 2),
        "IndexError: entries 18446744073709551614..18446744073709551615 are not all in row "
        "18446744073709551615, which has 18446744073709551615 entries",
    ),
    CallCase(
        "pascal_row_range(5, 0, -1)", lambda p: p.pascal_row_range(5, 0, -1), "ValueError: count must be >= 0, got -1"
    ),
    CallCase("pascal_row_range(5, 2**64, 0)", lambda p: p.pascal_row_range(5, 2**64, 0), NOT_UINT64.format("k0")),
    CallCase(
        "pascal_row_range_buffer(5, 4, 2)",
        lambda p: p.pascal_row_range_buffer(5, 4, 2),
        "IndexError: entries 4..5 are not all in row 5, which has 5 entries",
    ),
    CallCase(
        "pascal_row_range_into(5, 0, 3, bytes(12))",
        lambda p: p.pascal_row_range_into(5, 0, 3, bytes(12)),
        "TypeError: out is a read-only bytes: pascal_row_range_into needs a writable buffer",
    ),
    CallCase(
        "pascal_row_range_into(5, 0, 3, bytearray(8))",
        lambda p: p.pascal_row_range_into(5, 0, 3, bytearray(8)),
        "ValueError: out has 8 bytes, a range of 3 entries needs 12",
    ),
    CallCase(
        "pascal_row_range_into(5, 1, 3, bytearray(12))",
        lambda p: p.pascal_row_range_into(5, 1, 3, bytearray(12)),
        "returns 3",
    ),
]


def _cell(text: str) -> str:
    """A cell as a code span, so that Markdown leaves messages like
    `__index__ failed` alone."""
    if text.startswith("returns "):
        return f"returns `{text[len('returns ') :]}`"
    return f"`{text}`".replace("|", "\\|")


def _code(expression: str) -> str:
    """`expr` (note) -> code span plus note."""
    code, _, note = expression.partition(" (")
    return f"`{code}`" + (f" ({note}" if note else "")


def markdown() -> str:
    lines = [
        "| n | `pascal_row(n)`, `pascal_row_buffer(n)`, `scoped_row_buffer(n)` "
        f"| `pascal_row_into(n, array('I', [0] * {INTO_ENTRIES}))` |",
        "| --- | --- | --- |",
    ]
    lines += [f"| {_code(c.expression)} | {_cell(c.rows)} | {_cell(c.into)} |" for c in N_CASES]
    lines += [
        "",
        "| out | `pascal_row_into(3, out)` | `pascal_row_into(0, out)` |",
        "| --- | --- | --- |",
    ]
    lines += [f"| {_code(c.expression)} | {_cell(c.into)} | {_cell(c.empty)} |" for c in OUT_CASES]
    lines += [
        "",
        "| rows | `pascal_triangle(rows)` | `pascal_triangle_buffer(rows)`, "
        "`scoped_triangle_buffer(rows)` (as lists) "
        f"| `pascal_triangle_into(rows, array('I', [0] * {INTO_ENTRIES}))` |",
        "| --- | --- | --- | --- |",
    ]
    lines += [
        f"| {_code(c.expression)} | {_cell(c.triangle)} | {_cell(c.buffers)} | {_cell(c.into)} |"
        for c in TRIANGLE_CASES
    ]
    lines += ["", "| call | outcome |", "| --- | --- |"]
    lines += [f"| `{c.expression}` | {_cell(c.outcome)} |" for c in CALL_CASES]
    lines += [
        "",
        f"Written in place: which entries of `obj` each of {', '.join(f'`{c.expression}`' for c in BUFFER_CALLS)} "
        f"writes (three each), read back through `obj`'s own interface; every other entry keeps its sentinel. "
        f"A refused buffer gets `{MISALIGNED}` and is left as it was.",
        "",
        "| out | " + " | ".join(f"`obj = {k.name}`" for k in BUFFER_KINDS) + " |",
        "| --- |" + " --- |" * len(BUFFER_KINDS),
    ]
    lines += [
        f"| `{s.expression}` | " + " | ".join(_buffer_cell(k, s) for k in BUFFER_KINDS) + " |" for s in BUFFER_SHAPES
    ]
    return "\n".join(lines) + "\n"
