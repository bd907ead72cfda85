#!/usr/bin/env bash
# Runs every test binary of the workspace (unit and integration tests; doc
# tests are compiled at run time and cannot be) under valgrind: any memory
# error or definite leak fails. A Row freed twice, or never, shows here.
# Usage: valgrind-tests.sh <cargo> <valgrind>, in the workspace directory,
# with CARGO_TARGET_DIR set (and, for a system libpascal, LIBPASCAL_SYSTEM=1
# and its PKG_CONFIG_PATH/LD_LIBRARY_PATH).
set -euo pipefail
cargo=$1
valgrind=$2

# cargo names the binaries it built in its JSON messages ("executable" is
# null for everything but binaries; --no-run builds only test binaries).
mapfile -t binaries < <("$cargo" test --locked --workspace --no-run --message-format=json \
    | grep -o '"executable":"[^"]*"' | sed 's/^"executable":"//; s/"$//')
if [ "${#binaries[@]}" -eq 0 ]; then
    echo "cargo built no test binary" >&2
    exit 1
fi
for binary in "${binaries[@]}"; do
    echo "== valgrind $binary"
    "$valgrind" -q --error-exitcode=99 --leak-check=full --show-leak-kinds=definite --errors-for-leak-kinds=definite \
        "$binary" --quiet
done
echo "valgrind: ${#binaries[@]} test binaries clean"
