#!/usr/bin/env bash
# dist.go: the Go module from DIST/go/ (a module proxy's layout, as
# scripts/dist writes it), required by a fresh module in WORK the way a user
# requires a published one: GOPROXY=file://DIST/go, no checksum database for
# our module (GONOSUMDB), no GOFLAGS. The package's own tests and a program
# using it (examples/go) run natively and cross-compiled for arm64 under qemu-user; then
# `go mod vendor`, the module cache cleared, and the program again with
# -mod=vendor and nothing to fetch from.
#   tests/dist/go.sh DIST WORK
set -euo pipefail
source "$(dirname "$0")/no_system_libpascal.sh"
dist=$(realpath "$1") work=$(realpath -m "$2")
module=example.invalid/libpascal/pascal
version=v${PASCAL_EXPECTED_VERSION:?}
[[ -f $dist/go/$module/@v/$version.zip ]] || { echo "no $version of $module in $dist/go" >&2; exit 1; }

rm -rf "$work"
mkdir -p "$work/app"
cd "$work/app"
export GOPATH=$work/gopath GOCACHE=$work/cache GOENV=off GOTOOLCHAIN=local CGO_ENABLED=1
export GOPROXY=file://$dist/go GONOSUMDB=example.invalid/libpascal
# The bundled build needs no pkg-config: make any call to it fail.
export PKG_CONFIG=false

cat >go.mod <<MOD
module example.invalid/app

go 1.19
MOD
# The project's example (examples/go), its go.mod written afresh: the module
# required by version, from the proxy, with no replace directive.
cp "${PASCAL_SOURCE_DIR:?}/examples/go/main.go" .
expected=$PASCAL_SOURCE_DIR/tests/consumers/expected_output.txt
check() {  # check WHAT OUTPUT
    diff -u "$expected" <(printf '%s\n' "$2") || { echo "$1: not the expected output" >&2; exit 1; }
    echo "$1: the expected output"
}

go get "$module@$version"
grep -q "^$module $version h1:" go.sum || { echo "go get wrote no go.sum line for $module $version" >&2; exit 1; }

echo "== native: the package's tests, then the program"
go test -count=1 "$module"
go build -o app .
check "native program" "$(./app)"
# The bundled library is linked in: the program needs no libpascal.so.
if ldd ./app | grep libpascal; then
    echo "the program loads a shared libpascal" >&2
    exit 1
fi

echo "== arm64 under qemu-user: the package's tests, then the program"
arm64=(env GOARCH=arm64 CC=aarch64-linux-gnu-gcc CXX=aarch64-linux-gnu-g++ QEMU_LD_PREFIX=/usr/aarch64-linux-gnu)
"${arm64[@]}" go test -count=1 -exec qemu-aarch64 "$module"
"${arm64[@]}" go build -o app-arm64 .
check "arm64 program" "$(QEMU_LD_PREFIX=/usr/aarch64-linux-gnu qemu-aarch64 ./app-arm64)"

echo "== vendored: go mod vendor, the module cache cleared, nothing to fetch from"
go mod vendor
[[ -f vendor/$module/libpascal.cpp ]] || { echo "go mod vendor left out the bundled sources" >&2; exit 1; }
go clean -modcache
rm -f app app-arm64
GOPROXY=off GOFLAGS=-mod=vendor go build -o app .
check "vendored program" "$(./app)"
GOPROXY=off GOFLAGS=-mod=vendor "${arm64[@]}" go build -o app-arm64 .
check "vendored arm64 program" "$(QEMU_LD_PREFIX=/usr/aarch64-linux-gnu qemu-aarch64 ./app-arm64)"
echo "dist.go: passed"
