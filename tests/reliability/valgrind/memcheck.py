"""Runs a command under valgrind's memcheck and fails on any memory error, on
any block definitely lost, or if the command itself fails. Prints one line of
figures. Memcheck's XML report is parsed, not its prose.

    memcheck.py COMMAND [ARG...]
"""

import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree


def main() -> int:
    command = sys.argv[1:]
    with tempfile.TemporaryDirectory() as scratch:
        report = os.path.join(scratch, "memcheck.xml")
        status = subprocess.run(
            [
                "valgrind",
                "--tool=memcheck",
                "--xml=yes",
                f"--xml-file={report}",
                "--leak-check=full",
                "--show-leak-kinds=definite",
                "--errors-for-leak-kinds=definite",
                "--track-fds=no",
                *command,
            ]
        ).returncode
        root = ElementTree.parse(report).getroot()

    errors = root.findall("error")
    lost = [e for e in errors if e.findtext("kind") == "Leak_DefinitelyLost"]
    lost_bytes = sum(int(e.findtext("xwhat/leakedbytes") or 0) for e in lost)
    from_library = [e for e in lost if any("libpascal" in (obj.text or "") for obj in e.iter("obj"))]
    memory_errors = [e for e in errors if e not in lost]

    for error in errors:
        frames = [f"{f.findtext('fn') or '?'} ({f.findtext('obj') or '?'})" for f in error.iter("frame")][:8]
        what = error.findtext("what") or error.findtext("xwhat/text")
        print(f"memcheck: {error.findtext('kind')}: {what}\n    " + "\n    ".join(frames))
    print(
        f"memcheck: {os.path.basename(command[0])}: exit {status}, "
        f"{len(memory_errors)} memory errors, {lost_bytes} bytes definitely lost "
        f"({len(from_library)} blocks from libpascal)"
    )
    return 0 if status == 0 and not errors else 1


if __name__ == "__main__":
    sys.exit(main())
