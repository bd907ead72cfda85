"""The manual in include/pascal/pascal.h: its opening comment and its /*!
blocks (zstd.h's form), as text, and the table of error codes its "Errors"
block lists. Plain text work, no C parser (scripts/header_api.py reads the
declarations), so the package tests of every interpreter can read it too.
"""

import re
from typing import Dict, List, NamedTuple, Tuple

# zstd.h's manual blocks: "/*! name() :" or "/*! NAME :", then " * " lines.
MANUAL_BLOCK = re.compile(r"/\*! (?P<name>\w+)(?:\(\))? :\n(?P<body>.*?)\*/", re.DOTALL)


def manual(header_text: str) -> Dict[str, str]:
    """Each /*! block of the header, by the name it documents: its text, the
    leading " * " of each line removed. The header is the manual; other
    languages' declarations carry its words."""
    blocks = {}
    for block in MANUAL_BLOCK.finditer(header_text):
        lines = [re.sub(r"^ ?\* ?", "", line) for line in block["body"].rstrip().splitlines()]
        blocks[block["name"]] = "\n".join(lines).rstrip()
    return blocks


class ErrorCode(NamedTuple):
    name: str  # the errno macro, as <errno.h> spells it
    meaning: str  # what the library means by it, on one line


ERROR_LINE = re.compile(r"^  (?P<name>E[A-Z0-9]+) +(?P<text>.*)$")
CONTINUATION = re.compile(r"^ {4,}(?P<text>\S.*)$")


def errors(manual_blocks: Dict[str, str]) -> Tuple[ErrorCode, ...]:
    """The errno values the library reports, from the header's "Errors" block:
    each "  ENAME  meaning" line, with the more indented lines that continue it.
    The one list of them; every package's error mapping is tested against it."""
    found: List[ErrorCode] = []
    for line in manual_blocks.get("Errors", "").splitlines():
        entry, continued = ERROR_LINE.match(line), CONTINUATION.match(line)
        if entry:
            found.append(ErrorCode(entry["name"], entry["text"].strip()))
        elif continued and found:
            found[-1] = found[-1]._replace(meaning=f"{found[-1].meaning} {continued['text'].strip()}")
    if not found:
        raise ValueError('pascal.h has no "/*! Errors :" block listing the errno values')
    return tuple(found)


def introduction(header_text: str) -> str:
    """The header's opening comment (what the library is, memory, errors,
    threads), without its comment marks."""
    opening = header_text[header_text.index("/*") + 2 : header_text.index("*/")]
    return "\n".join(re.sub(r"^ ?\* ?", "", line) for line in opening.strip("\n").splitlines()).strip()
