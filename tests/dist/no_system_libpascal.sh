# Sourced by each tests/dist/<language>.sh before it installs anything: the
# package must work on a machine where nothing else provides libpascal, so
# this fails (never skips) when something does, naming it. It also clears
# the variables that would point a package at a library of ours.
unset PASCAL_LIBRARY PASCAL_LIBDIR LIBPASCAL_LIB_DIR LIBPASCAL_INCLUDE_DIR LD_LIBRARY_PATH PKG_CONFIG_PATH
unset CARGO_TARGET_DIR GOFLAGS NODE_PATH LIBPASCAL_SYSTEM
found=()
# The dynamic loader's cache, and the directories it and pkg-config search.
if ldconfig -p | grep -q 'libpascal'; then
    found+=("the loader's cache: $(ldconfig -p | grep libpascal | tr -s ' \t' ' ')")
fi
for dir in /lib /usr/lib /usr/local/lib /lib64 /usr/lib64 /usr/lib/*-linux-gnu /usr/local/lib/*-linux-gnu; do
    [[ -d $dir ]] || continue
    while IFS= read -r file; do found+=("$file"); done < <(find "$dir" -maxdepth 2 -name 'libpascal*' 2>/dev/null)
done
if pkg-config --exists pascal 2>/dev/null; then
    found+=("pkg-config: $(pkg-config --variable=pcfiledir pascal)/pascal.pc")
fi
if ((${#found[@]})); then
    printf 'a libpascal is installed on this machine, so this test could not tell whether the package brought its own:\n' >&2
    printf '  %s\n' "${found[@]}" >&2
    exit 1
fi
echo "no libpascal on this machine: none in the loader's cache or paths, no pascal.pc"
