"""Runs the Python bad-input catalogue (python_catalogue.py) against the
backend PASCAL_BACKEND selects: every bad argument gets exactly the exception
and message in the table, through every function, and the library is still
usable afterwards."""

import array
import os
from typing import Any, Callable, Dict

import pascal
import pytest
from python_catalogue import (
    BUFFER_CALLS,
    BUFFER_KINDS,
    BUFFER_SHAPES,
    CALL_CASES,
    INTO_ENTRIES,
    MISALIGNED,
    N_CASES,
    OUT_CASES,
    TRIANGLE_CASES,
    BufferCall,
    BufferKind,
    BufferShape,
    CallCase,
    NCase,
    OutCase,
    TriangleCase,
    buffer_after,
    buffer_refusal,
    misaligned_liar,
)


def _scoped(n: Any) -> object:
    with pascal.scoped_row_buffer(n) as view:
        return view.tolist()


ALLOCATING: Dict[str, Callable[[Any], object]] = {
    "pascal_row": pascal.pascal_row,
    "pascal_row_buffer": lambda n: pascal.pascal_row_buffer(n).tolist(),
    "scoped_row_buffer": _scoped,
}


def _scoped_triangle(rows: Any) -> object:
    with pascal.scoped_triangle_buffer(rows) as view:
        return view.tolist()


TRIANGLE_BUFFERS: Dict[str, Callable[[Any], object]] = {
    "pascal_triangle_buffer": lambda rows: pascal.pascal_triangle_buffer(rows).tolist(),
    "scoped_triangle_buffer": _scoped_triangle,
}


def outcome(call: Callable[[], object]) -> str:
    try:
        result = call()
    except Exception as error:  # the catalogue records every kind
        return f"{type(error).__name__}: {error}"
    return f"returns {result!r}"


def test_the_backend_under_test_is_the_one_asked_for() -> None:
    assert pascal.BACKEND == os.environ["PASCAL_BACKEND"]


@pytest.mark.parametrize("api", sorted(ALLOCATING))
@pytest.mark.parametrize("case", N_CASES, ids=[c.expression for c in N_CASES])
def test_bad_n_for_allocating_functions(api: str, case: NCase) -> None:
    assert outcome(lambda: ALLOCATING[api](case.value())) == case.rows


@pytest.mark.parametrize("case", N_CASES, ids=[c.expression for c in N_CASES])
def test_bad_n_for_row_into(case: NCase) -> None:
    out = array.array("I", [0] * INTO_ENTRIES)
    assert outcome(lambda: pascal.pascal_row_into(case.value(), out)) == case.into


@pytest.mark.parametrize("case", OUT_CASES, ids=[c.expression for c in OUT_CASES])
def test_bad_out_for_row_into(case: OutCase) -> None:
    assert outcome(lambda: pascal.pascal_row_into(3, case.value())) == case.into


@pytest.mark.parametrize("case", OUT_CASES, ids=[c.expression for c in OUT_CASES])
def test_any_out_for_row_0(case: OutCase) -> None:
    assert outcome(lambda: pascal.pascal_row_into(0, case.value())) == case.empty


@pytest.mark.parametrize("case", TRIANGLE_CASES, ids=[c.expression for c in TRIANGLE_CASES])
def test_bad_rows_for_pascal_triangle(case: TriangleCase) -> None:
    assert outcome(lambda: pascal.pascal_triangle(case.value())) == case.triangle


@pytest.mark.parametrize("api", sorted(TRIANGLE_BUFFERS))
@pytest.mark.parametrize("case", TRIANGLE_CASES, ids=[c.expression for c in TRIANGLE_CASES])
def test_bad_rows_for_triangle_buffers(api: str, case: TriangleCase) -> None:
    assert outcome(lambda: TRIANGLE_BUFFERS[api](case.value())) == case.buffers


@pytest.mark.parametrize("case", TRIANGLE_CASES, ids=[c.expression for c in TRIANGLE_CASES])
def test_bad_rows_for_triangle_into(case: TriangleCase) -> None:
    out = array.array("I", [0] * INTO_ENTRIES)
    assert outcome(lambda: pascal.pascal_triangle_into(case.value(), out)) == case.into


def test_refused_buffers_are_left_untouched() -> None:
    short = bytearray(b"\xff" * 8)
    with pytest.raises(ValueError):
        pascal.pascal_row_into(3, short)
    assert short == bytearray(b"\xff" * 8)


def test_the_library_works_after_the_whole_catalogue() -> None:
    for case in N_CASES:
        outcome(lambda: pascal.pascal_row(case.value()))
    for triangle_case in TRIANGLE_CASES:
        outcome(lambda: pascal.pascal_triangle(triangle_case.value()))
    assert pascal.pascal_row(5) == [1, 4, 6, 4, 1]
    out = array.array("I", [0] * 5)
    assert pascal.pascal_row_into(5, out) == 5 and out.tolist() == [1, 4, 6, 4, 1]


@pytest.mark.parametrize("case", CALL_CASES, ids=[c.expression for c in CALL_CASES])
def test_entries_and_ranges(case: CallCase) -> None:
    assert outcome(lambda: case.call(pascal)) == case.outcome


@pytest.mark.parametrize("call", BUFFER_CALLS, ids=[c.expression for c in BUFFER_CALLS])
@pytest.mark.parametrize("shape", BUFFER_SHAPES, ids=[s.expression for s in BUFFER_SHAPES])
@pytest.mark.parametrize("kind", BUFFER_KINDS, ids=[k.name for k in BUFFER_KINDS])
def test_caller_buffers_are_written_in_place(kind: BufferKind, shape: BufferShape, call: BufferCall) -> None:
    obj = kind.make()
    expected = buffer_refusal(kind, shape) or f"returns {len(call.entries)}"
    assert outcome(lambda: call.call(pascal, shape.view(obj))) == expected
    assert kind.read(obj) == buffer_after(kind, shape, call.entries)


@pytest.mark.parametrize("call", BUFFER_CALLS, ids=[c.expression for c in BUFFER_CALLS])
def test_alignment_is_checked_whatever_the_class_claims(call: BufferCall) -> None:
    out = misaligned_liar()
    assert outcome(lambda: call.call(pascal, out)) == MISALIGNED
    assert bytes(out) == b"\xa5" * 13
