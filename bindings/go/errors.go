package pascal

import (
	"fmt"
	"io"
	"strconv"
	"syscall"
)

// sentinel is an error that also matches the errno it stands for, so
// errors.Is(err, syscall.ENOMEM) holds wherever errors.Is(err, ErrNoMemory)
// does.
type sentinel struct {
	msg   string
	errno syscall.Errno // 0: no errno stands for it
}

func (s *sentinel) Error() string { return s.msg }

func (s *sentinel) Is(target error) bool {
	errno, ok := target.(syscall.Errno)
	return ok && s.errno != 0 && errno == s.errno
}

// The sentinel errors. Every error this package returns is an *Error that
// wraps one of these (or io.ErrShortBuffer, or a syscall.Errno the library
// returned that has no sentinel). The library reports exactly four errno
// values, EINVAL, ENOMEM, EOVERFLOW and EDOM: each has its sentinel here.
var (
	// ErrInvalid: a negative size or count (rejected before any C call), or
	// EINVAL from the library.
	ErrInvalid error = &sentinel{"invalid argument", syscall.EINVAL}
	// ErrNoMemory: the library could not allocate the entries (ENOMEM),
	// including when their byte size overflows size_t (n = 1<<62), or Go
	// cannot make the slice RowRange would return.
	ErrNoMemory error = &sentinel{"cannot allocate memory", syscall.ENOMEM}
	// ErrOverflow: a triangle's entry count does not fit in size_t or in
	// an int (EOVERFLOW).
	ErrOverflow error = &sentinel{"entry count overflows", syscall.EOVERFLOW}
	// ErrDomain: an entry or range that is not in the row (k >= n, or
	// k0+count > n), rejected before any C call, or EDOM from the library.
	ErrDomain error = &sentinel{"outside the row", syscall.EDOM}
	// ErrClosed: the View was closed.
	ErrClosed error = &sentinel{"view already closed", 0}
	// ErrVersion: the loaded libpascal has another major version.
	ErrVersion error = &sentinel{"incompatible libpascal version", 0}
)

// Error is the error every function of the package returns: the function
// (Op), its arguments (N, or Args), and the cause (Err), a sentinel above.
type Error struct {
	Op string // "Row", "NewTriangle", "View.Slice", "Entry"...
	N  int    // the row number or row count a sized call was given; 0 where Args is set
	// Args: the arguments of Entry, RowRange and RowRangeInto as the message
	// shows them ("5, 5"), since their row indices are uint64s an int cannot
	// hold; "" for the other calls, whose message shows N.
	Args string
	Err  error // ErrInvalid, ErrNoMemory, ErrOverflow, ErrDomain, ErrClosed, ErrVersion, io.ErrShortBuffer, or a syscall.Errno
}

func (e *Error) Error() string {
	args := e.Args
	if args == "" {
		args = strconv.Itoa(e.N)
	}
	return fmt.Sprintf("pascal.%s(%s): %v", e.Op, args, e.Err)
}

// Unwrap lets errors.Is and errors.As see the cause.
func (e *Error) Unwrap() error { return e.Err }

// fromErrno maps an errno value from the library to its sentinel; a value
// the library does not document stays the syscall.Errno it is.
func fromErrno(errno syscall.Errno) error {
	switch errno {
	case syscall.EINVAL:
		return ErrInvalid
	case syscall.ENOMEM:
		return ErrNoMemory
	case syscall.EOVERFLOW:
		return ErrOverflow
	case syscall.EDOM:
		return ErrDomain
	}
	return errno
}

func newError(op string, n int, err error) *Error { return &Error{Op: op, N: n, Err: err} }

// shortBuffer is the error of RowInto and TriangleInto when the buffer cannot
// hold the entries: nothing was written.
func shortBuffer(op string, n int) *Error { return newError(op, n, io.ErrShortBuffer) }
