"""The interpreter matrix: the x86-64 wheel scripts/dist wrote, installed
offline into a fresh environment on every interpreter the package claims
(each pyenv CPython 3.8 to 3.13 on the machine, Debian's CPython, PyPy),
and the pytest suite run against it there: on both backends on the oldest
and the newest CPython, on the cffi backend (the default) on the others
(CI's time; the ctypes backend is the same Python code over the same ctypes,
bracketed by the versions around it, and CTest's python.cpython.ctypes and
python.pypy.ctypes run it on Debian's CPython and PyPy from the build tree).

    scripts/dist && nox            (CTest: packaging.matrix)
    PASCAL_WHEEL=<wheel> nox -s "cpython(3.8)"

uv makes the environments; the pinned test packages come from
build/wheelhouse (scripts/pip/matrix.txt, fetched by scripts/wheelhouse for
each of these interpreters). PyPy has cffi built in and uses Debian's pytest
and Hypothesis (there is no NumPy for it, so tests/python/cpython is left
out, as tests/python/CMakeLists.txt leaves it out)."""

import glob
import os
import sys
from pathlib import Path
from typing import Dict, List

ROOT = Path(__file__).resolve().parent
WHEELHOUSE = ROOT / "build" / "wheelhouse"
CLAIMED = [(3, minor) for minor in range(8, 14)]  # requires-python = ">=3.8", and what is here


def pyenv_cpythons() -> Dict[str, str]:
    """{"3.8": path, ...}: the newest pyenv CPython of each claimed minor version."""
    found: Dict[str, str] = {}
    for path in sorted(glob.glob(os.path.expanduser("~/.pyenv/versions/3.*/bin/python3"))):
        version = tuple(int(part) for part in Path(path).parents[1].name.split(".")[:2])
        if version in CLAIMED:
            found[f"{version[0]}.{version[1]}"] = path
    return dict(sorted(found.items(), key=lambda item: tuple(map(int, item[0].split(".")))))


CPYTHONS = {**pyenv_cpythons(), "debian": "/usr/bin/python3"}
# The CPythons whose suite runs on the ctypes backend too: the oldest and the
# newest pyenv one (Debian's comes last).
BOTH_BACKENDS = {list(CPYTHONS)[0], list(CPYTHONS)[-2]}
PYPY = "/usr/bin/pypy3"

# For scripts/wheelhouse and CMake, which run before nox is installed: the
# interpreters, or the sessions (one CTest test each, so they run in parallel).
if __name__ == "__main__" and sys.argv[1:] == ["--interpreters"]:
    sys.exit(print("\n".join(CPYTHONS.values())))
if __name__ == "__main__" and sys.argv[1:] == ["--sessions"]:
    sys.exit(print(";".join([f"cpython({name})" for name in CPYTHONS] + ["pypy"])))

import nox  # noqa: E402  (after the list above, which scripts/wheelhouse reads without nox)

nox.options.default_venv_backend = "uv"
nox.options.error_on_missing_interpreters = True
nox.options.sessions = ["cpython", "pypy"]
# The suite tests the library inside the wheel: no override from the caller.
os.environ.pop("PASCAL_LIBRARY", None)


def wheel() -> str:
    """The wheel to test: PASCAL_WHEEL, else dist's x86-64 one."""
    if os.environ.get("PASCAL_WHEEL"):
        return os.environ["PASCAL_WHEEL"]
    wheels = glob.glob(str(ROOT / "dist" / "python" / "*x86_64.whl"))
    if len(wheels) != 1:
        sys.exit(f"no single x86-64 wheel in dist/python ({wheels}): run scripts/dist, or set PASCAL_WHEEL")
    return wheels[0]


OFFLINE = ["--offline", "--no-index", "--find-links", str(WHEELHOUSE)]


def suite(session: nox.Session, ignore: List[str], both_backends: bool) -> None:
    """The suite, from a folder outside the tree, against what was installed."""
    where = session.run("python", "-c", "import pascal; print(pascal.__file__)", silent=True)
    assert where and str(session.virtualenv.location) in where, f"pascal imported from {where}"
    for backend in ("cffi", "ctypes") if both_backends else ("cffi",):
        session.run(
            "python",
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            *ignore,
            str(ROOT / "tests" / "python"),
            env={"PASCAL_BACKEND": backend, "PYTHONDONTWRITEBYTECODE": "1"},
        )


@nox.session
@nox.parametrize("python", list(CPYTHONS.values()), ids=list(CPYTHONS))
def cpython(session: nox.Session) -> None:
    session.install(*OFFLINE, "--require-hashes", "-r", str(ROOT / "scripts" / "pip" / "matrix.txt"))
    session.install(*OFFLINE, "--no-deps", wheel())
    session.chdir(session.create_tmp())
    suite(session, [], next(name for name, path in CPYTHONS.items() if path == session.python) in BOTH_BACKENDS)


@nox.session(python=PYPY, venv_params=["--system-site-packages"])
def pypy(session: nox.Session) -> None:
    session.install(*OFFLINE, "--no-deps", wheel())
    session.chdir(session.create_tmp())
    suite(session, ["--ignore", str(ROOT / "tests" / "python" / "cpython")], False)
