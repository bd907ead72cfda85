"""Builds the py3-none-<platform> wheel from a staged package, offline.

    /usr/bin/python3 python/build_wheel.py build/<preset>/python/pascal OUT_DIR

The staged package (python/CMakeLists.txt) already holds the library and the
generated cffi module: it is copied beside pyproject.toml and setup.py into a
scratch directory, where setuptools' PEP 517 backend (Debian's setuptools and
wheel; no build isolation, so no download) builds the wheel. Prints its path.
"""

import pathlib
import shutil
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
PROJECT_FILES = [HERE / "pyproject.toml", HERE / "setup.py", HERE / "README.md", HERE.parent / "LICENSE"]
BUILD = "import sys, setuptools.build_meta as backend; print(backend.build_wheel(sys.argv[1]))"


def build_wheel(package: pathlib.Path, out_dir: pathlib.Path) -> pathlib.Path:
    out_dir = out_dir.resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="pascal-wheel-") as scratch:
        root = pathlib.Path(scratch)
        shutil.copytree(package, root / "pascal", ignore=shutil.ignore_patterns("__pycache__"))
        for path in PROJECT_FILES:
            shutil.copy(path, root)
        built = subprocess.run([sys.executable, "-c", BUILD, str(out_dir)], cwd=root, check=True,
                               stdout=subprocess.PIPE, universal_newlines=True)
    return out_dir / built.stdout.splitlines()[-1]


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    print(build_wheel(pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])))
