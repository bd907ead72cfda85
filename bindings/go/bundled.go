//go:build !libpascal_system

package pascal

// The default build: cgo compiles the library from libpascal.cpp, the
// single-file build of its sources (scripts/single_file.py) kept beside this
// file, and links it into the program; nothing is looked up at build or run
// time. The flags are those of CMake's release preset (cmake/flags.cmake:
// -O3, NDEBUG, the hardening set) and of the library's target (C++17,
// hidden visibility); PASCAL_STATIC_DEFINE, as for libpascal.a, gives the
// functions no import or export attribute. They come after CGO_CXXFLAGS, so
// they win over its -O2.
//
// MinGW-w64: -fstack-protector-strong needs libssp, which the link must ask
// for, and the GCC runtimes (libstdc++, libgcc, winpthread, libssp) are
// linked in statically, as in libpascal-1.dll (cmake/flags.cmake), so that
// the program needs no DLL beside it but Windows' own.

/*
#cgo CPPFLAGS: -DPASCAL_GO_BUNDLED -DPASCAL_STATIC_DEFINE
#cgo CXXFLAGS: -std=c++17 -O3 -DNDEBUG -fvisibility=hidden -fvisibility-inlines-hidden
#cgo CXXFLAGS: -D_FORTIFY_SOURCE=2 -fstack-protector-strong
#cgo windows LDFLAGS: -static -lssp
*/
import "C"

// bundled says which build this is, for the tests: the library is linked
// in, so no stand-in libpascal.so.1 can take its place.
const bundled = true
