#!/usr/bin/env bash
# The npm tarballs scripts/dist wrote (DIST/node/) as users install them: in
# fresh projects in WORK, `npm install` of the main tarball, with npm's
# overrides pointing every @libpascal/<platform> at its tarball and .npmrc
# pointing the @libpascal scope at no registry (so nothing of ours comes from
# anywhere else); koffi comes from the registry, pinned by the package.
#   linux-x64:   the package's own suite (bindings/node/test, less the two
#                files that need CTest's stand-in libraries and npm pack of
#                the source tree), the example, and tests/dist/node/smoke.js
#   linux-arm64: smoke.js on Node for arm64 under qemu-user
#   win32-x64:   smoke.js on Node for Windows under wine
#   every platform package: its library's ELF/PE machine is its directory's
# The arm64 and Windows projects are installed with npm's --os/--cpu/--libc,
# so npm's own choice among the optional dependencies is what is tested;
# their Node runtimes are the npm packages tests/dist/node/package-lock.json pins.
#   tests/dist/node.sh DIST WORK
set -euo pipefail
source "$(dirname "$0")/no_system_libpascal.sh"
here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
dist=$(realpath "$1")/node
work=$(realpath -m "$2")
version=${PASCAL_EXPECTED_VERSION:?}
export PASCAL_EXPECTED_VERSION
rm -rf "$work" && mkdir -p "$work"
npm=(npm --ignore-scripts --no-audit --no-fund --loglevel=error)

# project DIR [npm install options]: a fresh project depending on libpascal.
project() {
    local dir=$1
    shift
    mkdir -p "$dir"
    node -e '
        const [dist, version] = process.argv.slice(1);
        const fs = require("node:fs");
        const overrides = {};
        for (const name of fs.readdirSync(dist).sort()) {
            const key = name.match(`^libpascal-(.+)-${version.replace(/\./g, "\\.")}\\.tgz$`)?.[1];
            if (key) overrides[`@libpascal/${key}`] = `file:${dist}/${name}`;
        }
        fs.writeFileSync("package.json", JSON.stringify({
            name: "fresh-project", version: "1.0.0", private: true,
            dependencies: { libpascal: `file:${dist}/libpascal-${version}.tgz` }, overrides }, null, 2));
    ' "$dist" "$version" && mv package.json "$dir/"
    # No registry for @libpascal (an address nothing listens on), and no
    # retries: a package of ours npm did not get from DIST fails at once.
    printf '@libpascal:registry=http://127.0.0.1:9/\nfetch-retries=0\n' >"$dir/.npmrc"
    (cd "$dir" && "${npm[@]}" install "$@")
    cp "$here/node/smoke.js" "$dir/"
}

# runtime OS CPU: installs the pinned Node for OS-CPU, prints its bin/ directory.
runtime() {
    local dir=$work/runtime-$1-$2
    mkdir -p "$dir" && cp "$here/node/package.json" "$here/node/package-lock.json" "$dir/"
    (cd "$dir" && "${npm[@]}" ci --os="$1" --cpu="$2" >&2)
    echo "$dir/node_modules/node-$([[ $1 == win32 ]] && echo win || echo "$1")-$2/bin"
}

echo "== linux-x64: the package's suite, the example, the smoke test"
project "$work/linux-x64"
installed=$work/linux-x64/node_modules/libpascal
cp -r "$source_dir/bindings/node/test" "$installed/test"
tests=()
for file in "$installed"/test/*.test.{js,mjs}; do
    case $(basename "$file") in loading.test.js | package.test.js) ;; *) tests+=("$file") ;; esac
done
(cd "$work/linux-x64" && node --expose-gc --test "${tests[@]}")
(cd "$work/linux-x64" && NODE_PATH=$PWD/node_modules node "$source_dir/examples/node/print_rows.js")
(cd "$work/linux-x64" && node smoke.js result && cat result)

echo "== linux-arm64: smoke.js on Node for arm64, under qemu-user"
project "$work/linux-arm64" --os=linux --cpu=arm64 --libc=glibc
bin=$(runtime linux arm64)
(cd "$work/linux-arm64" && qemu-aarch64 -L /usr/aarch64-linux-gnu "$bin/node" smoke.js result && cat result)

echo "== win32-x64: smoke.js on Node for Windows, under wine"
project "$work/win32-x64" --os=win32 --cpu=x64
bin=$(runtime win32 x64)
# Node refuses wine's default Windows version without this; its stdout
# cannot be a pipe there (EBADF), so its output goes to a file.
export WINEPREFIX=$work/wineprefix WINEDEBUG=-all NODE_SKIP_PLATFORM_CHECK=1
wine=$(command -v wine64 || echo /usr/lib/wine/wine64)
(cd "$work/win32-x64" &&
    { bash "$source_dir/cmake/toolchains/wine-commit-limit.sh" "$wine" "$bin/node.exe" smoke.js result >log 2>&1 || { cat log; exit 1; }; } &&
    cat result)

echo "== every platform package: its library's machine"
mkdir -p "$work/unpacked"
for tarball in "$dist"/libpascal-*-"$version".tgz; do
    key=${tarball##*/libpascal-}
    key=${key%-"$version".tgz}
    mkdir -p "$work/unpacked/$key" && tar -xzf "$tarball" -C "$work/unpacked/$key" --strip-components=1
done
node "$here/node/machines.js" "$work/unpacked"
echo "node: the suite on linux-x64, smoke.js on linux-x64, linux-arm64 (qemu) and win32-x64 (wine), machines of $(ls "$work/unpacked" | wc -l) platform packages: all passed"
