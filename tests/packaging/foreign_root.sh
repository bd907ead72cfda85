#!/usr/bin/env bash
# Makes DIR (default build/foreign/ARCH), a Debian 12 root of a foreign
# architecture (arm64, s390x, i386) holding Debian's own python3 with cffi,
# pytest, Hypothesis, NumPy and pip (what the Python suite needs), for
# running our wheels under qemu-user (tests/packaging, verb foreign):
#   qemu-<cpu> -L DIR DIR/usr/bin/python3 ...
# A complete root is reused as it is; it ends by running that Python.
#   tests/packaging/foreign_root.sh arm64
set -euo pipefail
start=$(date +%s.%N)
took() { awk -v a="$arch" -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "foreign_root: %s took %.1f s\n", a, e - s }' >&2; }
arch=${1:?usage: foreign_root.sh arm64|s390x|i386 [DIR]}
case $arch in arm64) cpu=aarch64 ;; s390x) cpu=s390x ;; i386) cpu=i386 ;;
    *) echo "foreign_root: unknown architecture $arch" >&2; exit 2 ;; esac
dir=$(realpath -m "${2:-$(dirname "$0")/../../build/foreign/$arch}")
packages=python3,python3-cffi,python3-pytest,python3-hypothesis,python3-numpy,python3-pip
marker="bookworm $arch $packages +alternatives"  # the recipe too: a change rebuilds

# The marker is written last, inside the scratch folder before it is renamed,
# so a root without it is never half-made; a stale one of ours is rebuilt.
if [[ -f $dir/.complete && $(<"$dir/.complete") == "$marker" ]]; then
    echo "foreign_root: $dir is complete" >&2; took; exit 0
fi
[[ ! -e $dir || -f $dir/.complete ]] || { echo "foreign_root: $dir exists and is not ours" >&2; exit 1; }
command -v debootstrap >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null

# The mirror is the one this machine's apt uses for bookworm (deb822 first).
shopt -s nullglob
mirror=$(awk -v RS= '/(^|\n)Types:[^\n]*[ \t]deb([ \t\n]|$)/ && /(^|\n)Suites:[^\n]*[ \t]bookworm([ \t\n]|$)/ &&
    match($0, /(^|\n)URIs:[ \t]*[^ \t\n]+/) { s = substr($0, RSTART, RLENGTH); sub(/.*URIs:[ \t]*/, "", s); print s; exit }' \
    /etc/apt/sources.list.d/*.sources /dev/null)
[[ -n $mirror || ! -f /etc/apt/sources.list ]] || mirror=$(awk '$1 == "deb" { i = 2; if ($2 ~ /^\[/) { while ($i !~ /\]$/) i++; i++ }
    if ($(i + 1) == "bookworm") { print $i; exit } }' /etc/apt/sources.list)
[[ -n $mirror ]] || { echo "foreign_root: no bookworm mirror in the apt sources" >&2; exit 1; }

# --foreign: the second stage would run the root's binaries in a chroot.
# The first stage unpacks only the Required packages (libc6, libstdc++6,
# libgcc-s1, libffi8 are among them) and merely downloads the rest, the
# Python and what it needs, listed in debootstrap/base: unpack those here.
# Their maintainer scripts are not run; none is needed to run Python.
part=$dir.part
rm -rf "$part" && mkdir -p "$(dirname "$dir")"
debootstrap --foreign --variant=minbase --arch="$arch" --include="$packages" \
    --keyring=/usr/share/keyrings/debian-archive-keyring.gpg bookworm "$part" "$mirror" >"$part.log" 2>&1 || { tail "$part.log" >&2; exit 1; }
read -ra base <"$part/debootstrap/base"
while read -r pkg deb; do
    [[ " ${base[*]} " == *" $pkg "* ]] || continue
    # keep /lib -> usr/lib and the like (merged /usr) instead of replacing them
    dpkg-deb --fsys-tarfile "$part$deb" | tar --keep-directory-symlink -C "$part" -xf -
done <"$part/debootstrap/debpaths"
rm -f "$part"/var/cache/apt/archives/*.deb "$part.log"
# The links Debian's alternatives would make in postinst: NumPy loads
# libblas.so.3 and liblapack.so.3, which live in their implementation's folder.
for lib in "$part"/usr/lib/*/blas/libblas.so.3 "$part"/usr/lib/*/lapack/liblapack.so.3; do
    ln -sf "$(basename "$(dirname "$lib")")/${lib##*/}" "$(dirname "$(dirname "$lib")")/${lib##*/}"
done
# The root's own (static) ldconfig writes DIR/etc/ld.so.cache; without it the
# root's ld.so, under qemu -L, reads the host's /etc/ld.so.cache, whose i386
# entries point to the host's /lib32 libraries.
"qemu-$cpu" "$part/sbin/ldconfig" -r "$part"
echo "$marker" >"$part/.complete"
rm -rf "$dir" && mv "$part" "$dir"

# The program is named by its path in DIR: qemu -L prefixes only the paths the
# program opens (falling back to the host's when DIR lacks one), not the program
# itself, so /usr/bin/python3 would be the host's. From its executable CPython
# finds its prefix DIR/usr, so sys.path is DIR's stdlib and Debian's
# DIR/usr/lib/python3/dist-packages with no PYTHONHOME. -I keeps out the
# caller's PYTHON* variables and ~/.local. The first run leaves DIR's __pycache__.
py=("qemu-$cpu" -L "$dir" "$dir/usr/bin/python3" -I)
"${py[@]}" -c 'import cffi, pytest, platform, sys; print(platform.machine(), sys.byteorder, cffi.__version__, pytest.__version__)'
"${py[@]}" -m pip --version
took
