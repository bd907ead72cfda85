"""Fails when a relative link in README.md or docs/*.md points to nothing: a
file or directory that does not exist, or a #fragment that names no heading
of the Markdown file it points into (headings turned into anchors as GitHub
does). Links with a scheme (https:, mailto:) are not followed.

    check_links.py SOURCE_DIR
"""

import re
import sys
from pathlib import Path
from typing import Dict, Iterator, List, Set, Tuple
from urllib.parse import unquote

FENCE = re.compile(r"^\s*(```|~~~)")
CODE_SPAN = re.compile(r"(`+)(.+?)\1")
INLINE_LINK = re.compile(r"!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
REFERENCE_DEFINITION = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)")
HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


def prose_lines(text: str) -> Iterator[Tuple[int, str]]:
    """The lines outside fenced code blocks, numbered from 1."""
    fenced = False
    for number, line in enumerate(text.splitlines(), 1):
        if FENCE.match(line):
            fenced = not fenced
            continue
        if not fenced:
            yield number, line


def slug(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens."""
    text = CODE_SPAN.sub(lambda m: m.group(2), heading)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)  # a link in a heading: its text
    text = re.sub(r"[^\w\- ]", "", text.strip().lower())
    return text.replace(" ", "-")


def anchors(path: Path, cache: Dict[Path, Set[str]]) -> Set[str]:
    if path not in cache:
        seen: Dict[str, int] = {}
        found = set()
        for _, line in prose_lines(path.read_text(encoding="utf-8")):
            match = HEADING.match(line)
            if not match:
                continue
            base = slug(match.group(2))
            count = seen.get(base, 0)
            seen[base] = count + 1
            found.add(base if count == 0 else f"{base}-{count}")
        cache[path] = found
    return cache[path]


def links(text: str) -> Iterator[Tuple[int, str]]:
    for number, line in prose_lines(text):
        definition = REFERENCE_DEFINITION.match(line)
        if definition:
            yield number, definition.group(1)
            continue
        for match in INLINE_LINK.finditer(CODE_SPAN.sub("", line)):
            yield number, match.group(1)


def check(source: Path) -> Tuple[int, List[str]]:
    documents = [source / "README.md", *sorted((source / "docs").rglob("*.md"))]
    cache: Dict[Path, Set[str]] = {}
    problems, checked = [], 0
    for document in documents:
        shown = document.relative_to(source)
        for number, target in links(document.read_text(encoding="utf-8")):
            if SCHEME.match(target):
                continue
            checked += 1
            where, _, fragment = target.partition("#")
            resolved = (document.parent / unquote(where)).resolve() if where else document
            if not resolved.exists():
                problems.append(f"{shown}:{number}: {target}: no such file or directory")
            elif fragment and resolved.suffix == ".md" and resolved.is_file():
                if unquote(fragment).lower() not in anchors(resolved, cache):
                    problems.append(f"{shown}:{number}: {target}: no heading with that anchor")
    return checked, problems


def main() -> int:
    source = Path(sys.argv[1]).resolve()
    checked, problems = check(source)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} of {checked} relative links point to nothing")
        return 1
    if checked == 0:
        print("no relative links found: is SOURCE_DIR the repository root?")
        return 1
    print(f"all {checked} relative links in README.md and docs/**/*.md resolve")
    return 0


if __name__ == "__main__":
    sys.exit(main())
