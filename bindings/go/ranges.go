package pascal

// Any entry or range of any row n < 2^64, without the row: pascal_entry and
// pascal_row_range. Row and entry indices are uint64s, as in C, so every row
// is written as it is (math.MaxUint64 is row 2^64-1); a range's count and a
// buffer's length are ints. Bad input is refused here, before any C call;
// the library's own EDOM and EINVAL are still mapped, in entry and fill.

/*
#include "library_header.h"
*/
import "C"

import (
	"fmt"
	"syscall"
	"unsafe"
)

// Entry returns entry k of row n, C(n-1, k) mod 2^32, in O(log^2 n) without
// computing the row, for any n up to 2^64-1 (math.MaxUint64). The entry may
// be 0: C(n-1, k) is a multiple of 2^32 for many entries of large rows.
// Errors: ErrDomain (k >= n; row 0 has no entries), ErrVersion.
func Entry(n, k uint64) (uint32, error) {
	if k >= n {
		return 0, entryError(n, k, fmt.Errorf("%w: k = %d is not an index of row %d, which has %d entries",
			ErrDomain, k, n, n))
	}
	if err := CheckVersion(); err != nil {
		return 0, err
	}
	return entry(n, k)
}

// RowRange returns entries k0 .. k0+count-1 of row n in a new Go slice,
// filled in place by the library in O(log^2 n + count): nothing is allocated
// in C, nothing needs freeing. Errors: ErrInvalid (count < 0), ErrDomain (the
// range leaves the row, k0+count > n, also k0 > n with count 0), ErrNoMemory
// (Go cannot make a slice of count entries), ErrVersion.
func RowRange(n, k0 uint64, count int) ([]uint32, error) {
	if err := checkRange("RowRange", n, k0, count); err != nil {
		return nil, err
	}
	if err := CheckVersion(); err != nil {
		return nil, err
	}
	out, ok := makeEntries(count)
	if !ok {
		return nil, rangeError("RowRange", n, k0, count,
			fmt.Errorf("%w: Go cannot make a slice of %d entries", ErrNoMemory, count))
	}
	if count == 0 {
		return out, nil
	}
	if err := fill("RowRange", n, k0, &out[0], count); err != nil {
		return nil, err
	}
	return out, nil
}

// RowRangeInto writes entries k0 .. k0+len(buf)-1 of row n into buf and
// returns len(buf), allocating nothing: the range is as long as the buffer,
// so no buffer is too short, and nothing past len(buf) is written. Errors:
// ErrDomain (the range leaves the row; nothing is written), ErrVersion.
func RowRangeInto(n, k0 uint64, buf []uint32) (int, error) {
	if err := checkRange("RowRangeInto", n, k0, len(buf)); err != nil {
		return 0, err
	}
	if err := CheckVersion(); err != nil {
		return 0, err
	}
	if len(buf) == 0 {
		return 0, nil
	}
	if err := fill("RowRangeInto", n, k0, &buf[0], len(buf)); err != nil {
		return 0, err
	}
	return len(buf), nil
}

// checkRange refuses what pascal_row_range would refuse (EDOM) and a count
// C would read as a huge size_t, with messages naming the values. n-k0
// cannot wrap once k0 <= n, so k0+count past 2^64 is caught too.
func checkRange(op string, n, k0 uint64, count int) error {
	switch {
	case count < 0:
		return rangeError(op, n, k0, count, fmt.Errorf("%w: count = %d is negative", ErrInvalid, count))
	case count == 0 && k0 > n:
		return rangeError(op, n, k0, count, fmt.Errorf("%w: k0 = %d is past the end of row %d, which has %d entries",
			ErrDomain, k0, n, n))
	case k0 > n || uint64(count) > n-k0:
		return rangeError(op, n, k0, count, fmt.Errorf("%w: %d entries from k0 = %d leave row %d, which has %d entries",
			ErrDomain, count, k0, n, n))
	}
	return nil
}

// makeEntries makes the slice RowRange returns, or says Go cannot: make
// panics for a length whose byte size Go cannot allocate (maxInt entries),
// which is ErrNoMemory here, as the library's ENOMEM is for Row.
func makeEntries(count int) (out []uint32, ok bool) {
	defer func() {
		if recover() != nil {
			out, ok = nil, false
		}
	}()
	return make([]uint32, count), true
}

// entry is pascal_entry without Entry's check: the library's EDOM arrives
// here. out is Go memory holding no Go pointer, which cgo lets C write.
func entry(n, k uint64) (uint32, error) {
	var out C.uint32_t
	if code := C.pascal_entry(C.uint64_t(n), C.uint64_t(k), &out); code != 0 {
		return 0, entryError(n, k, fromErrno(syscall.Errno(code)))
	}
	return uint32(out), nil
}

// fill is pascal_row_range into the count entries at out, without the Go
// checks: the library's EDOM (a range outside the row) and EINVAL (out nil,
// count > 0) arrive here. out points into a []uint32, Go memory holding no
// Go pointers, and C keeps no copy.
func fill(op string, n, k0 uint64, out *uint32, count int) error {
	written, errno := C.pascal_row_range(C.uint64_t(n), C.uint64_t(k0), (*C.uint32_t)(unsafe.Pointer(out)),
		C.size_t(count))
	if int(written) == count {
		return nil
	}
	// errno is meaningful after this failing return; EDOM is the failure
	// the header documents for a buffer that is there.
	cause := ErrDomain
	if e, ok := errno.(syscall.Errno); ok && e != 0 {
		cause = fromErrno(e)
	}
	return rangeError(op, n, k0, count, cause)
}

func entryError(n, k uint64, err error) *Error {
	return &Error{Op: "Entry", Args: fmt.Sprintf("%d, %d", n, k), Err: err}
}

// rangeError names RowRangeInto's buffer by its length, the range's count.
func rangeError(op string, n, k0 uint64, count int, err error) *Error {
	args := fmt.Sprintf("%d, %d, %d", n, k0, count)
	if op == "RowRangeInto" {
		args = fmt.Sprintf("%d, %d, [%d]uint32", n, k0, count)
	}
	return &Error{Op: op, Args: args, Err: err}
}
