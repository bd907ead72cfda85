package pascal

// The library comes from bundled.go (compiled from the sources beside it,
// the default) or system.go (pkg-config, with -tags libpascal_system); their
// flags apply to every file of the package.

/*
#include "library_header.h"
*/
import "C"

import (
	"fmt"
	"sync"
	"syscall"
	"unsafe"
)

// MajorVersion is the major version of libpascal this package is written
// for. A library of another major version is refused (ErrVersion).
const MajorVersion = 1

// Version returns the version string of the libpascal actually loaded,
// "MAJOR.MINOR.PATCH". It works whatever the version.
func Version() string { return C.GoString(C.pascal_version_string()) }

// VersionNumber returns MAJOR*10000 + MINOR*100 + PATCH of the libpascal
// actually loaded. It works whatever the version.
func VersionNumber() int { return int(C.pascal_version_number()) }

var (
	versionOnce sync.Once
	versionErr  error
)

// CheckVersion returns nil if the loaded libpascal has major version
// MajorVersion, and an *Error wrapping ErrVersion otherwise. Every function
// that computes entries calls it first (the check runs once per process), so
// calling it yourself only moves the failure to where you choose, such as
// the start of main.
func CheckVersion() error {
	versionOnce.Do(func() { versionErr = checkMajor(VersionNumber(), Version()) })
	return versionErr
}

func checkMajor(number int, version string) error {
	if number/10000 == MajorVersion {
		return nil
	}
	return newError("CheckVersion", number, fmt.Errorf(
		"%w: libpascal %s is loaded, this package needs major version %d (%d.x.y)",
		ErrVersion, version, MajorVersion, MajorVersion))
}

// RowExactMax returns the largest n whose row is exact (35): C(34, 17) =
// 2333606220 fits in 32 bits, C(35, 17) does not.
func RowExactMax() int { return int(C.pascal_row_exact_max()) }

// kind names the two shapes the library computes, and its entry points for
// each.
type kind int

const (
	row kind = iota
	triangle
)

// allocate asks the library for a new array: row n, or rows 1..n. The
// pascal_array lives in Go memory; it holds no Go pointer, so cgo lets C
// write the library's pointer into it.
func allocate(op string, shape kind, n int, out *C.pascal_array) error {
	if n < 0 {
		return newError(op, n, ErrInvalid)
	}
	if err := CheckVersion(); err != nil {
		return err
	}
	var code C.int
	if shape == row {
		code = C.pascal_row_alloc(C.size_t(n), out)
	} else {
		code = C.pascal_triangle_alloc(C.size_t(n), out)
	}
	if code != 0 {
		return newError(op, n, fromErrno(syscall.Errno(code)))
	}
	return nil
}

// entries is a Go slice over the array the library allocated; nil for the
// empty array. It is valid until the array is freed.
func entries(a *C.pascal_array) []uint32 {
	if a.data == nil {
		return nil
	}
	return unsafe.Slice((*uint32)(unsafe.Pointer(a.data)), int(a.size))
}

// copied allocates in C, copies into Go memory and frees the C array before
// returning: the Go slice is made only once the library has succeeded, so a
// size Go cannot allocate (n = 1<<62) is ErrNoMemory, never make's panic.
func copied(op string, shape kind, n int) ([]uint32, error) {
	var a C.pascal_array
	if err := allocate(op, shape, n, &a); err != nil {
		return nil, err
	}
	defer C.pascal_array_free(&a)
	out := make([]uint32, int(a.size))
	copy(out, entries(&a))
	return out, nil
}

// into writes row n, or rows 1..n, into buf through the library's *_into
// function. count is the number of entries the result has.
func into(op string, shape kind, n int, buf []uint32) (int, error) {
	if n < 0 {
		return 0, newError(op, n, ErrInvalid)
	}
	if err := CheckVersion(); err != nil {
		return 0, err
	}
	count, err := length(op, shape, n)
	if err != nil {
		return 0, err
	}
	if count > len(buf) {
		return count, shortBuffer(op, n)
	}
	if count == 0 {
		return 0, nil
	}
	// &buf[0] points into a []uint32, Go memory holding no Go pointers:
	// cgo's pointer-passing rules allow it, and C keeps no copy.
	out := (*C.uint32_t)(unsafe.Pointer(&buf[0]))
	if shape == row {
		C.pascal_row_into(C.size_t(n), out, C.size_t(len(buf)))
	} else {
		C.pascal_triangle_into(C.size_t(n), out, C.size_t(len(buf)))
	}
	return count, nil
}

// length is the number of entries of row n (n) or of rows 1..n, asked of
// the library the way snprintf is asked (no buffer, capacity 0).
func length(op string, shape kind, n int) (int, error) {
	if shape == row {
		return n, nil
	}
	count, errno := C.pascal_triangle_into(C.size_t(n), nil, 0)
	if count == 0 && n > 0 {
		// EOVERFLOW is the one failure the header documents for this call;
		// errno is meaningful only after a failing return, as here.
		cause := ErrOverflow
		if e, ok := errno.(syscall.Errno); ok && e != 0 {
			cause = fromErrno(e)
		}
		return 0, newError(op, n, cause)
	}
	// size_t holds counts an int cannot (on 64-bit, above 1<<63 - 1).
	if uint64(count) > uint64(maxInt) {
		return 0, newError(op, n, ErrOverflow)
	}
	return int(count), nil
}

const maxInt = int(^uint(0) >> 1)
