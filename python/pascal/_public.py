"""The public functions are the families' forms themselves (_ownership.Sized,
_ranges.Ranged), under the names, signatures and documentation __init__
declares for them:

    @implements(_ROWS.filled)
    def pascal_row_into(n: SupportsIndex, out: object) -> int:
        \"\"\"Writes row n into `out` ...\"\"\"

A wrapper calling the form would cost one Python call: at n = 10 about 50 ns,
a tenth of pascal_row_into. So the declared function is replaced by a copy of
the form with the declared parameter names (a triangle's size is `rows`, a
row's `n`, and callers may pass either by keyword), name, docstring and
annotations, the way the standard library's dataclasses make the methods they
declare. The declared body is never run."""

import types
from typing import Any, Callable, TypeVar, cast

F = TypeVar("F", bound=Callable[..., Any])


def implements(form: Callable[..., Any]) -> Callable[[F], F]:
    """The decorator that makes the declared function `form`, renamed."""

    def declare(declared: F) -> F:
        made, stub = cast(types.FunctionType, form), cast(types.FunctionType, declared)
        code, signature = made.__code__, stub.__code__
        count = signature.co_argcount
        names = signature.co_varnames[:count]
        others = code.co_varnames[code.co_argcount :] + code.co_cellvars + code.co_freevars
        # A keyword-only, defaulted or captured parameter, or a local of the
        # form that a new name would collide with, cannot be renamed safely:
        # refuse at import, where a test sees it.
        if (
            code.co_argcount != count
            or code.co_kwonlyargcount
            or signature.co_kwonlyargcount
            or made.__defaults__
            or stub.__defaults__
            or set(names) & set(others)
            or set(code.co_varnames[:count]) & set(code.co_cellvars)
        ):
            raise TypeError(f"{stub.__name__}: cannot be the form {made.__qualname__} under its signature")
        renamed = code.replace(co_varnames=names + code.co_varnames[count:])
        function = types.FunctionType(renamed, made.__globals__, stub.__name__, None, made.__closure__)
        for attribute in ("__qualname__", "__module__", "__doc__", "__annotations__"):
            setattr(function, attribute, getattr(stub, attribute))
        return cast(F, function)

    return declare
