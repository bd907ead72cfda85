// Package pascal gives Go rows of Pascal's triangle from libpascal, through
// cgo. By default cgo compiles the library from the single-file copy of its
// sources the package carries (libpascal.cpp) and links it in, so nothing
// needs to be installed but a C++ compiler; with -tags libpascal_system the
// package uses a system libpascal instead, found through pkg-config
// (`#cgo pkg-config: pascal`), and compiles none of the bundled sources.
//
// Row n (counted from 1) has n entries; entry k is C(n-1, k) mod 2^32, exact
// for n <= RowExactMax() (35). Each row or triangle comes three ways:
//
//   - Row, Triangle: copied into a Go slice; the library's memory is freed
//     before the function returns.
//   - NewRow, NewTriangle: a *View, a slice over the library's own memory
//     with no copy. Close it: Close frees it through pascal_array_free,
//     exactly once. A finalizer frees a View that was never closed, as a
//     backstop only.
//   - RowInto, TriangleInto: fill a buffer the caller owns; nothing is
//     allocated.
//
// Entry, RowRange and RowRangeInto reach any entry, or any range of entries,
// of any row n up to 2^64-1 without computing the row: n and the entry
// indices are uint64s, as in C. Entry returns the value, RowRange a new Go
// slice the library fills in place (nothing to free), RowRangeInto fills the
// caller's buffer, as many entries as it is long.
//
// Errors are *Error values wrapping a sentinel (ErrInvalid, ErrNoMemory,
// ErrOverflow, ErrDomain, ErrClosed, ErrVersion, or io.ErrShortBuffer): test
// them with errors.Is. Negative sizes and counts, and entries or ranges
// outside the row, are rejected in Go, before any C call. The first
// call that reaches the library checks its major version (CheckVersion) and
// every call returns ErrVersion if it is not MajorVersion.
package pascal
