# The Go package (bindings/go) in its two builds. With -tags libpascal_system
# cgo finds libpascal through `#cgo pkg-config: pascal` (PKG_CONFIG_PATH, set
# by binding_test) and the test binaries load it through LD_LIBRARY_PATH:
# `go test` against the build tree and against the installed copy, the race
# detector, both levels of cgo's pointer checks (the stand-in libraries of
# the version tests need this build). The default build compiles the bundled
# single-file copy (go.bundled, and go.arm64 cross-compiled under qemu-user);
# go.build_modes checks which files each build compiles, go.flags that the
# bundled one is compiled with the release preset's flags; `go vet` both; gofmt.

set(go_tests go.test go.test.installed go.vet go.race go.cgocheck2 go.gofmt
    go.bundled go.arm64 go.build_modes go.flags)

find_program(PASCAL_GO go)
find_program(PASCAL_PKG_CONFIG pkg-config)
if(NOT PASCAL_GO OR NOT PASCAL_PKG_CONFIG)
    foreach(name IN LISTS go_tests)
        binding_missing(${name} "go (the Go toolchain, with cgo and a C compiler) and pkg-config")
    endforeach()
    return()
endif()
# gofmt from the same toolchain as go: formatting rules follow the release.
get_filename_component(go_bin_dir "${PASCAL_GO}" REALPATH)
get_filename_component(go_bin_dir "${go_bin_dir}" DIRECTORY)
find_program(PASCAL_GOFMT gofmt PATHS "${go_bin_dir}" NO_DEFAULT_PATH)

# Everything Go writes (build and test caches, the module cache) stays in the
# build tree; nothing is fetched (GOPROXY=off: the package has no
# dependencies), go.mod is never rewritten (-mod=readonly), the toolchain on
# the machine is the one used (GOTOOLCHAIN=local) and no user go.env applies.
set(go_env
    "GOCACHE=${bindings_bin}/go/cache"
    "GOPATH=${bindings_bin}/go/path"
    "GOFLAGS=-mod=readonly"
    "GOTOOLCHAIN=local"
    "GOPROXY=off"
    "GOENV=off"
    "CGO_ENABLED=1")
set(go_package "${bindings_source}/go")
# -count=1: a cached result would not say whether this library passes.
set(go_test "${PASCAL_GO}" test -count=1 -tags libpascal_system ./...)

# go.test with cgocheck=1 (the default, set here so an inherited GODEBUG
# cannot turn it off): every pointer passed to C is checked, it must not
# point at Go memory that holds Go pointers.
binding_test(go.test COMMAND ${go_test}
    WORKING_DIRECTORY "${go_package}" ENVIRONMENT ${go_env} "GODEBUG=cgocheck=1")
binding_test(go.test.installed INSTALLED COMMAND ${go_test}
    WORKING_DIRECTORY "${go_package}" ENVIRONMENT ${go_env})
binding_test(go.vet COMMAND sh -c "\"$0\" vet ./... && \"$0\" vet -tags libpascal_system ./..." "${PASCAL_GO}"
    WORKING_DIRECTORY "${go_package}" ENVIRONMENT ${go_env})
binding_test(go.race COMMAND "${PASCAL_GO}" test -count=1 -race -tags libpascal_system ./...
    WORKING_DIRECTORY "${go_package}" ENVIRONMENT ${go_env})

# cgocheck=2 also checks every store of a Go pointer into memory Go does not
# own; since Go 1.21 it is compiled in with GOEXPERIMENT=cgocheck2, before
# that it was GODEBUG=cgocheck=2.
execute_process(COMMAND "${PASCAL_GO}" version OUTPUT_VARIABLE go_version_output
    OUTPUT_STRIP_TRAILING_WHITESPACE)
if(go_version_output MATCHES "go1\\.([0-9]+)" AND CMAKE_MATCH_1 LESS 21)
    set(go_cgocheck2 "GODEBUG=cgocheck=2")
else()
    set(go_cgocheck2 "GOEXPERIMENT=cgocheck2")
endif()
binding_test(go.cgocheck2 COMMAND ${go_test}
    WORKING_DIRECTORY "${go_package}" ENVIRONMENT ${go_env} "${go_cgocheck2}")

if(PASCAL_GOFMT)
    # gofmt -l names the files it would change: the package and the example
    # that uses it must name none.
    binding_test(go.gofmt
        COMMAND sh -c "files=$(\"$0\" -l \"$@\") && [ -z \"$files\" ] || { echo \"not gofmt-formatted: $files\"; exit 1; }"
            "${PASCAL_GOFMT}" "${go_package}" "${PROJECT_SOURCE_DIR}/examples/go")
else()
    binding_missing(go.gofmt "gofmt beside ${PASCAL_GO}")
endif()

# The bundled build, as users get it: no pkg-config (PKG_CONFIG=false fails any
# call to it) and nothing on the loader's path; the library is compiled from
# the sources in the package's folder and linked in.
set(go_bundled_env ${go_env} "PKG_CONFIG=false" "PKG_CONFIG_PATH=" "LD_LIBRARY_PATH=")
binding_test(go.bundled COMMAND "${PASCAL_GO}" test -count=1 ./...
    WORKING_DIRECTORY "${go_package}" ENVIRONMENT ${go_bundled_env})

# The same cross-compiled for arm64 (the NEON kernels) with the cross
# toolchains' gcc and g++, each test binary run by qemu-user over their
# sysroot (QEMU_LD_PREFIX, qemu's -L).
find_program(PASCAL_GO_ARM64_CC aarch64-linux-gnu-gcc)
find_program(PASCAL_GO_ARM64_CXX aarch64-linux-gnu-g++)
find_program(PASCAL_GO_QEMU_ARM64 qemu-aarch64)
if(PASCAL_GO_ARM64_CC AND PASCAL_GO_ARM64_CXX AND PASCAL_GO_QEMU_ARM64 AND IS_DIRECTORY /usr/aarch64-linux-gnu)
    binding_test(go.arm64 COMMAND "${PASCAL_GO}" test -count=1 -exec "${PASCAL_GO_QEMU_ARM64}" ./...
        WORKING_DIRECTORY "${go_package}"
        ENVIRONMENT ${go_bundled_env} "GOARCH=arm64" "CC=${PASCAL_GO_ARM64_CC}" "CXX=${PASCAL_GO_ARM64_CXX}"
            "QEMU_LD_PREFIX=/usr/aarch64-linux-gnu")
else()
    binding_missing(go.arm64 "aarch64-linux-gnu-gcc, aarch64-linux-gnu-g++, qemu-aarch64 and /usr/aarch64-linux-gnu (bash scripts/deps)")
endif()

# Which files each build compiles: the bundled one libpascal.cpp and no
# pkg-config, -tags libpascal_system pkg-config and no C++ file at all.
binding_test(go.build_modes
    COMMAND "${PASCAL_PYTHON}" "${CMAKE_CURRENT_SOURCE_DIR}/go_build_modes.py" "${PASCAL_GO}"
    WORKING_DIRECTORY "${go_package}" ENVIRONMENT ${go_env})
# The bundled library is compiled with CMake's release preset's flags
# (bundled.go's #cgo lines against the release build's compile_commands.json,
# configured into ${bindings_bin}/go/flags).
binding_test(go.flags
    COMMAND "${PASCAL_PYTHON}" "${CMAKE_CURRENT_SOURCE_DIR}/bundled_flags.py" go "${PROJECT_SOURCE_DIR}"
        "${bindings_bin}/go/flags" "${PASCAL_GO}" "${CMAKE_COMMAND}"
    WORKING_DIRECTORY "${go_package}" ENVIRONMENT ${go_env})
