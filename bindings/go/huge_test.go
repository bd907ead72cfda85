// Sizes of 2^32 and more are ints only on 64-bit platforms.

//go:build !386 && !arm && !mips && !mipsle

package pascal

import (
	"strings"
	"testing"
)

func TestAnAllocationTooLargeIsErrNoMemoryNotACrash(t *testing.T) {
	// 1<<62 entries are 2^64 bytes: the library reports ENOMEM, and no Go
	// slice of that size is ever made (make would panic).
	for _, c := range sized {
		switch c.op {
		case "Row", "NewRow", "Triangle", "NewTriangle":
			wantErr(t, c.run(1<<62), c.op, ErrNoMemory)
		}
	}
}

func TestATriangleCountThatOverflowsIsErrOverflow(t *testing.T) {
	// 1<<62 rows: the count overflows size_t (the library's EOVERFLOW).
	// 1<<32 rows: 2^63 + 2^31 entries fit in size_t but not in an int.
	for _, rows := range []int{1 << 62, 1 << 32} {
		_, err := TriangleLen(rows)
		wantErr(t, err, "TriangleLen", ErrOverflow)
		_, err = TriangleInto(rows, make([]uint32, 4))
		wantErr(t, err, "TriangleInto", ErrOverflow)
	}
}

func TestErrorMessagesNameTheFunctionAndSize(t *testing.T) {
	_, err := Row(1 << 62)
	if want := "pascal.Row(4611686018427387904): cannot allocate memory"; err.Error() != want {
		t.Fatalf("message %q, want %q", err.Error(), want)
	}
	_, err = TriangleLen(-3)
	if !strings.HasPrefix(err.Error(), "pascal.TriangleLen(-3): invalid argument") {
		t.Fatalf("message %q", err.Error())
	}
}
