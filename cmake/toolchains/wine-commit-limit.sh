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
exec "$@"
