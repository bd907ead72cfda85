# The Rust package (bindings/rust: libpascal-sys and pascal), tested with
# cargo. Every cargo command runs with --locked against bindings/rust/Cargo.lock;
# the crates it pins (cc, pkg-config, libc) are downloaded on first use and
# cached in CARGO_HOME. By default libpascal-sys builds the bundled
# single-file library (bindings.rust.test, clippy, valgrind, flags: with
# LIBPASCAL_SYSTEM set empty, whatever the caller's environment says); the
# tests of the system library's ways set LIBPASCAL_SYSTEM=1 (pkg-config, the
# override) or the feature `system` (not_found). Build outputs stay in the build tree
# (CARGO_TARGET_DIR), one directory per environment so that no run rebuilds
# what another built with other variables.

# rustup's toolchain (~/.cargo/bin) before Debian's, which is too old (1.63
# < the crates' rust-version 1.70). An unset CARGO_HOME must not become the
# hint "/bin", where Debian's cargo is.
set(rust_hints "$ENV{HOME}/.cargo/bin")
if(DEFINED ENV{CARGO_HOME})
    list(PREPEND rust_hints "$ENV{CARGO_HOME}/bin")
endif()
find_program(PASCAL_CARGO cargo HINTS ${rust_hints})
find_program(PASCAL_CARGO_CLIPPY cargo-clippy HINTS ${rust_hints})
find_program(PASCAL_CARGO_FMT cargo-fmt HINTS ${rust_hints})
find_program(PASCAL_VALGRIND valgrind)

set(rust_source "${bindings_source}/rust")
set(rust_bin "${bindings_bin}/rust")
set(rust_manifest --manifest-path "${rust_source}/Cargo.toml")

if(NOT PASCAL_CARGO)
    foreach(what test test.installed clippy fmt valgrind flags override override_ignored not_found other_major
            system_value)
        binding_missing(rust.${what} "cargo (rustup's toolchain in ~/.cargo/bin)")
    endforeach()
    return()
endif()

# The suite (unit, integration and doc tests): with the bundled library
# (the default; no LD_LIBRARY_PATH, it is linked in), and against the
# installed copy through pkg-config.
binding_test(rust.test
    COMMAND "${PASCAL_CARGO}" test --locked --workspace ${rust_manifest}
    ENVIRONMENT "CARGO_TARGET_DIR=${rust_bin}/target" "LIBPASCAL_SYSTEM=" "LD_LIBRARY_PATH="
    RESOURCE_LOCK bindings_rust_target)
binding_test(rust.test.installed INSTALLED
    COMMAND "${PASCAL_CARGO}" test --locked --workspace ${rust_manifest}
    ENVIRONMENT "CARGO_TARGET_DIR=${rust_bin}/target-installed" "LIBPASCAL_SYSTEM=1")

if(PASCAL_CARGO_CLIPPY)
    binding_test(rust.clippy
        COMMAND "${PASCAL_CARGO}" clippy --locked --workspace --all-targets ${rust_manifest} -- -D warnings
        ENVIRONMENT "CARGO_TARGET_DIR=${rust_bin}/target" "LIBPASCAL_SYSTEM="
        RESOURCE_LOCK bindings_rust_target)
else()
    binding_missing(rust.clippy "cargo-clippy (rustup component add clippy)")
endif()

if(PASCAL_CARGO_FMT)
    binding_test(rust.fmt
        COMMAND "${PASCAL_CARGO}" fmt --all --check ${rust_manifest})
else()
    binding_missing(rust.fmt "cargo-fmt (rustup component add rustfmt)")
endif()

# Every test binary under valgrind: a Row never freed, or freed twice, fails.
if(PASCAL_VALGRIND)
    binding_test(rust.valgrind
        COMMAND bash "${rust_source}/valgrind-tests.sh" "${PASCAL_CARGO}" "${PASCAL_VALGRIND}"
        WORKING_DIRECTORY "${rust_source}"
        ENVIRONMENT "CARGO_TARGET_DIR=${rust_bin}/target" "LIBPASCAL_SYSTEM="
        RESOURCE_LOCK bindings_rust_target)
else()
    binding_missing(rust.valgrind valgrind)
endif()

# The bundled library is compiled with CMake's release preset's flags
# (FLAGS in libpascal-sys/build.rs against the release build's
# compile_commands.json, configured into ${rust_bin}/flags).
binding_test(rust.flags
    COMMAND "${PASCAL_PYTHON}" "${CMAKE_CURRENT_SOURCE_DIR}/bundled_flags.py" rust "${PROJECT_SOURCE_DIR}"
        "${rust_bin}/flags" "${PASCAL_CARGO}" "${CMAKE_COMMAND}"
    ENVIRONMENT "CARGO_TARGET_DIR=${rust_bin}/target" "LIBPASCAL_SYSTEM="
    RESOURCE_LOCK bindings_rust_target)

# The environment override instead of pkg-config, with no LD_LIBRARY_PATH:
# the suite starts only if the override's rpath is there.
binding_test(rust.override
    COMMAND "${PASCAL_CARGO}" test --locked --workspace ${rust_manifest}
    ENVIRONMENT
        "CARGO_TARGET_DIR=${rust_bin}/target-override"
        "LIBPASCAL_SYSTEM=1"
        "PASCAL_NO_PKG_CONFIG=1"
        "LD_LIBRARY_PATH="
        "LIBPASCAL_LIB_DIR=$<TARGET_FILE_DIR:pascal>"
        "LIBPASCAL_INCLUDE_DIR=${PROJECT_SOURCE_DIR}/include:${pascal_generated_include}")

# Both ways: pkg-config wins, and the build says the override is ignored.
binding_test(rust.override_ignored
    COMMAND "${PASCAL_CARGO}" check --locked -p libpascal-sys ${rust_manifest}
    ENVIRONMENT
        "CARGO_TARGET_DIR=${rust_bin}/target-not-found"
        "LIBPASCAL_SYSTEM=1"
        "LIBPASCAL_LIB_DIR=$<TARGET_FILE_DIR:pascal>")
set_tests_properties(bindings.rust.override_ignored PROPERTIES
    PASS_REGULAR_EXPRESSION "LIBPASCAL_LIB_DIR is ignored: pkg-config found libpascal")

# Neither way: the build stops naming both. pkg-config sees no directory
# at all, so a libpascal installed on the machine cannot answer instead.
# Asked for with the feature `system`, through the pascal crate's.
binding_test(rust.not_found
    COMMAND "${PASCAL_CARGO}" check --locked -p pascal --features system ${rust_manifest}
    ENVIRONMENT
        "CARGO_TARGET_DIR=${rust_bin}/target-not-found"
        "PKG_CONFIG_PATH=${rust_bin}/no-pkgconfig"
        "PKG_CONFIG_LIBDIR=${rust_bin}/no-pkgconfig")
set_tests_properties(bindings.rust.not_found PROPERTIES
    PASS_REGULAR_EXPRESSION "libpascal was not found.*PKG_CONFIG_PATH.*set LIBPASCAL_LIB_DIR")

# pkg-config refuses a libpascal of another major version at build time.
file(WRITE "${rust_bin}/major2/pascal.pc"
"Name: pascal
Description: a libpascal 2.0.0 that does not exist
Version: 2.0.0
Libs: -lpascal
")
binding_test(rust.other_major
    COMMAND "${PASCAL_CARGO}" check --locked -p libpascal-sys ${rust_manifest}
    ENVIRONMENT
        "CARGO_TARGET_DIR=${rust_bin}/target-not-found"
        "LIBPASCAL_SYSTEM=1"
        "PKG_CONFIG_PATH=${rust_bin}/major2"
        "PKG_CONFIG_LIBDIR=${rust_bin}/major2")
set_tests_properties(bindings.rust.other_major PROPERTIES
    # pkgconf's wording, then freedesktop pkg-config's.
    PASS_REGULAR_EXPRESSION "has version '2.0.0', required version is '< 2';Requested 'pascal < 2' but version of pascal is 2.0.0")

# LIBPASCAL_SYSTEM takes 1 or nothing: another value stops the build, saying so.
binding_test(rust.system_value
    COMMAND "${PASCAL_CARGO}" check --locked -p libpascal-sys ${rust_manifest}
    ENVIRONMENT
        "CARGO_TARGET_DIR=${rust_bin}/target-not-found"
        "LIBPASCAL_SYSTEM=yes")
set_tests_properties(bindings.rust.system_value PROPERTIES
    PASS_REGULAR_EXPRESSION "LIBPASCAL_SYSTEM=\"yes\" is not understood: set LIBPASCAL_SYSTEM=1")
