package pascal

/*
#include "library_header.h"
*/
import "C"

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// View is a row or triangle in the library's own memory, read through a Go
// slice with no copy. Close it when done: Close frees the memory through
// pascal_array_free. A View that is garbage collected without Close is freed
// by a finalizer, a backstop only: it runs at the collector's pleasure, and
// a slice from Slice does not keep its View alive.
//
// The methods are safe to call from several goroutines; Close frees once
// however many goroutines call it.
type View struct {
	op string
	n  int

	mu    sync.Mutex
	array C.pascal_array // in Go memory, holding only the library's pointer
	open  bool
}

// frees counts the arrays Views handed back to pascal_array_free, so the
// tests can see Close and the finalizer free exactly once.
var frees atomic.Int64

// NewRow returns row n as a View over the library's memory. Errors:
// ErrInvalid (n < 0), ErrNoMemory, ErrVersion.
func NewRow(n int) (*View, error) { return newView("NewRow", row, n) }

// NewTriangle returns rows 1..rows, laid out as Triangle lays them out, as
// a View over the library's memory. Errors: ErrInvalid (rows < 0),
// ErrNoMemory (including a count that overflows), ErrVersion.
func NewTriangle(rows int) (*View, error) { return newView("NewTriangle", triangle, rows) }

func newView(op string, shape kind, n int) (*View, error) {
	v := &View{op: op, n: n, open: true}
	if err := allocate(op, shape, n, &v.array); err != nil {
		return nil, err
	}
	runtime.SetFinalizer(v, (*View).free)
	return v, nil
}

// Len returns the number of entries, 0 once closed.
func (v *View) Len() int {
	v.mu.Lock()
	defer v.mu.Unlock()
	return int(v.array.size)
}

// Slice returns the entries: a slice over the library's memory, valid until
// Close. Writing to it changes the View's entries. After Close it returns nil
// and ErrClosed. A slice taken before Close must not be used after it: that
// is a read of freed memory this package cannot detect.
func (v *View) Slice() ([]uint32, error) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if !v.open {
		return nil, newError("View.Slice", v.n, ErrClosed)
	}
	return entries(&v.array), nil
}

// At returns entry k, or ErrInvalid if k is out of range, or ErrClosed.
func (v *View) At(k int) (uint32, error) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if !v.open {
		return 0, newError("View.At", k, ErrClosed)
	}
	if k < 0 || k >= int(v.array.size) {
		return 0, newError("View.At", k, ErrInvalid)
	}
	return entries(&v.array)[k], nil
}

// Close frees the library's memory, once. A second Close frees nothing and
// returns ErrClosed, as os.File's does.
func (v *View) Close() error {
	if !v.free() {
		return newError("View.Close", v.n, ErrClosed)
	}
	runtime.SetFinalizer(v, nil)
	return nil
}

// free hands the array back to the library if it is still open, and says
// whether it did. Close and the finalizer both come here.
func (v *View) free() bool {
	v.mu.Lock()
	defer v.mu.Unlock()
	if !v.open {
		return false
	}
	v.open = false
	C.pascal_array_free(&v.array)
	frees.Add(1)
	return true
}
