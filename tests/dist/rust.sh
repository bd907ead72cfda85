#!/usr/bin/env bash
# dist.rust: DIST/rust/*.crate as a user gets them, on a machine with no
# libpascal. The .crate files are unpacked and stand in for crates.io through
# [patch.crates-io], cargo's way to use crates that are not published: a
# fresh project outside the tree (examples/rust, its pascal dependency by
# version, its Cargo.lock) builds and runs, each crate's own tests pass in its
# unpacked folder, and the program has libpascal linked in (no NEEDED
# libpascal; the SIMD kernels' symbols are in it). The feature `system` still
# asks for a system libpascal, and finds none.
#   tests/dist/rust.sh DIST WORK
set -euo pipefail
source "$(dirname "$0")/no_system_libpascal.sh"
dist=$(realpath "$1")
work=$(realpath -m "$2")
source_dir=${PASCAL_SOURCE_DIR:?}
version=${PASCAL_EXPECTED_VERSION:?}
cargo=${CARGO_HOME:-$HOME/.cargo}/bin/cargo
unset LIBPASCAL_SYSTEM

for name in libpascal-sys pascal; do
    [[ -f $dist/rust/$name-$version.crate ]] || { echo "no $dist/rust/$name-$version.crate" >&2; exit 1; }
done
rm -rf "$work" && mkdir -p "$work/crates"
for crate in "$dist"/rust/*.crate; do
    tar -xzf "$crate" -C "$work/crates"
done
crates=$work/crates

# The fresh project: the example, depending on pascal as a user of crates.io does.
project=$work/project
mkdir -p "$project"
cp -r "$source_dir/examples/rust/src" "$source_dir/examples/rust/Cargo.lock" "$project/"
sed -e "s|^pascal = .*|pascal = \"$version\"|" "$source_dir/examples/rust/Cargo.toml" >"$project/Cargo.toml"
cat >>"$project/Cargo.toml" <<EOF

[patch.crates-io]
pascal = { path = "$crates/pascal-$version" }
libpascal-sys = { path = "$crates/libpascal-sys-$version" }
EOF
grep -q "^pascal = \"$version\"$" "$project/Cargo.toml" || { echo "examples/rust/Cargo.toml: no pascal dependency line" >&2; exit 1; }
cd "$project"
"$cargo" fetch --locked --quiet
"$cargo" build --locked --offline --quiet --release
program=$project/target/release/pascal-example-rust
"$program" | tee "$work/output.txt"
diff -u "$source_dir/tests/consumers/expected_output.txt" "$work/output.txt"

# Linked in: no libpascal among the libraries the program loads, and the
# kernels (this machine's SIMD one among them) are its own symbols.
if readelf -d "$program" | grep NEEDED | grep -i pascal; then
    echo "$program loads a libpascal: the bundled library was not linked in" >&2
    exit 1
fi
case $(uname -m) in
    x86_64) kernels=(fill_row_scalar fill_row_avx2 fill_row_avx512) ;;
    aarch64) kernels=(fill_row_scalar fill_row_neon) ;;
    *) kernels=(fill_row_scalar) ;;
esac
symbols=$(nm -C "$program")
for symbol in pascal_row_into "${kernels[@]}"; do
    grep -q "$symbol" <<<"$symbols" || { echo "$program has no symbol $symbol" >&2; exit 1; }
done
echo "$program: no NEEDED libpascal; has pascal_row_into ${kernels[*]}"

# Each crate's tests (unit, integration, doc), from its packed files.
patch="patch.crates-io.libpascal-sys.path=\"$crates/libpascal-sys-$version\""
for name in libpascal-sys pascal; do
    (cd "$crates/$name-$version" && "$cargo" test --offline --config "$patch" --target-dir "$work/target-tests")
done

# The feature `system` asks for a system libpascal: there is none here.
if (cd "$project" && "$cargo" build --locked --offline --features pascal/system \
    --target-dir "$work/target-system") >"$work/system.log" 2>&1; then
    echo "the feature system built with no libpascal on the machine" >&2
    exit 1
fi
grep -q "libpascal was not found" "$work/system.log" || { cat "$work/system.log" >&2; exit 1; }
echo "the feature system: libpascal was not found, as it should not be"
