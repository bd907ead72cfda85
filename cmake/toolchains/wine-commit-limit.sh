#!/bin/sh
# The emulator of the Windows builds: runs "$@" (wine and a program) with the
# address space limited to the machine's RAM.
# Why: Windows refuses an allocation past its commit limit (RAM plus page
# file), and the tests rely on a 16 TiB row being refused with ENOMEM, as
# Linux's overcommit heuristic refuses it. wine reserves memory without
# counting it, so without this limit that row is granted, then filled until
# the kernel's OOM killer stops the test.
limit_kib=$(awk '/^MemTotal:/ { print $2 }' /proc/meminfo)
ulimit -v "$limit_kib"
# A fresh WINEPREFIX is made by the first program wine runs in it. Two started
# at once race to make it (the build discovers both Catch2 programs' tests in
# parallel), and the loser printed nothing: its tests were silently never
# registered (4 kernel tests missing from one CI run). So the first caller
# makes the prefix with wineboot, under a lock, and the rest wait for it.
# wineboot's status is not checked: a 64-bit-only wine reports the 32-bit
# rundll32 missing (c0000135) and still makes the prefix.
if [ -n "${WINEPREFIX:-}" ] && [ ! -e "$WINEPREFIX/.made" ]; then
    mkdir -p "$(dirname "$WINEPREFIX")"
    flock "$WINEPREFIX.lock" sh -c \
        '[ -e "$WINEPREFIX/.made" ] || { "$0" wineboot --init >/dev/null 2>&1; mkdir -p "$WINEPREFIX" && touch "$WINEPREFIX/.made"; }' "$1"
fi
exec "$@"
