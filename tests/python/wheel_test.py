"""Builds the wheel from the staged package, installs it into a fresh virtual
environment without any index (no network), and runs a smoke test from outside
the source tree on CPython with both backends; then runs the same smoke test on
PyPy from the wheel's unpacked contents.

    wheel_test.py STAGED_PACKAGE_DIR PYPY WORK_DIR
"""

import os
import re
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path
from typing import Dict

SOURCE_DIR = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(SOURCE_DIR / "python"))
from build_wheel import build_wheel  # noqa: E402

SMOKE = """
import array, os, sys
import pascal
assert pascal.__file__.startswith(sys.argv[1]), pascal.__file__
assert pascal.LIBRARY_PATH == os.path.join(os.path.dirname(pascal.__file__), "libpascal.so.1")
assert pascal.BACKEND == os.environ["PASCAL_BACKEND"]
assert pascal.pascal_row(10) == [1, 9, 36, 84, 126, 126, 84, 36, 9, 1]
assert pascal.pascal_row_buffer(35)[17] == 2333606220
with pascal.scoped_row_buffer(41) as view:
    assert view[20] == 407575348
out = array.array("I", bytes(12))
assert pascal.pascal_row_into(3, out) == 3 and out.tolist() == [1, 2, 1]
assert pascal.__version__ == pascal.library_version()
print(sys.implementation.name, pascal.BACKEND, "ok from", pascal.__file__)
"""


def clean_environment() -> Dict[str, str]:
    """This environment minus anything that could find the package elsewhere."""
    environment = {name: value for name, value in os.environ.items()
                   if name not in ("PYTHONPATH", "PASCAL_LIBRARY", "PYTHONHOME")}
    environment["PIP_NO_INDEX"] = "1"
    environment["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    return environment


def smoke(python: str, package_root: Path, work: Path, environment: Dict[str, str]) -> None:
    for backend in ("cffi", "ctypes"):
        subprocess.run([python, "-c", SMOKE, str(package_root)], cwd=work, check=True,
                       env=dict(environment, PASCAL_BACKEND=backend))


def main(staged_package: str, pypy: str, work_dir: str) -> int:
    work = Path(work_dir).resolve()
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)

    wheel = build_wheel(Path(staged_package), work / "dist")
    version = re.search(r'^__version__ = "([^"]+)"$', (Path(staged_package) / "_version.py").read_text(), re.M)[1]
    platform = sysconfig.get_platform().replace("-", "_").replace(".", "_")
    assert wheel.name == f"libpascal-{version}-py3-none-{platform}.whl", wheel.name
    names = set(zipfile.ZipFile(wheel).namelist())
    for expected in ("pascal/__init__.py", "pascal/_native.py", "pascal/libpascal.so.1", "pascal/py.typed"):
        assert expected in names, f"{expected} missing from {wheel.name}"
    print(f"built {wheel.name}: {len(names)} files")

    environment = clean_environment()
    venv = work / "venv"
    # System site packages: Debian's cffi satisfies the wheel's one dependency.
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True, env=environment)
    python = str(venv / "bin" / "python")
    subprocess.run([python, "-m", "pip", "install", "--no-index", "--quiet", str(wheel)], check=True, env=environment)
    site = subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['platlib'])"], check=True,
                          env=environment, stdout=subprocess.PIPE, universal_newlines=True).stdout.strip()
    smoke(python, Path(site), work, environment)

    unpacked = work / "pypy-site"
    zipfile.ZipFile(wheel).extractall(unpacked)
    os.chmod(unpacked / "pascal" / "libpascal.so.1", 0o755)
    smoke(pypy, unpacked, work, dict(environment, PYTHONPATH=str(unpacked)))
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    sys.exit(main(*sys.argv[1:]))
