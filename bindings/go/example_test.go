package pascal_test

import (
	"errors"
	"fmt"
	"math"
	"syscall"

	"example.invalid/libpascal/pascal"
)

func ExampleRow() {
	row, err := pascal.Row(5)
	if err != nil {
		panic(err)
	}
	fmt.Println(row)
	// Output: [1 4 6 4 1]
}

func ExampleNewRow() {
	view, err := pascal.NewRow(35)
	if err != nil {
		panic(err)
	}
	defer view.Close() // frees the library's array
	row, _ := view.Slice()
	fmt.Println(len(row), row[17])
	// Output: 35 2333606220
}

func ExampleView_Close() {
	view, _ := pascal.NewRow(3)
	view.Close()
	_, err := view.Slice()
	fmt.Println(errors.Is(err, pascal.ErrClosed), err)
	// Output: true pascal.View.Slice(3): view already closed
}

func ExampleRowInto() {
	buf := make([]uint32, 8) // reused across calls: nothing is allocated
	for n := 1; n <= 4; n++ {
		count, err := pascal.RowInto(n, buf)
		if err != nil {
			panic(err)
		}
		fmt.Println(buf[:count])
	}
	// Output:
	// [1]
	// [1 1]
	// [1 2 1]
	// [1 3 3 1]
}

func ExampleRowInto_shortBuffer() {
	count, err := pascal.RowInto(10, make([]uint32, 4))
	fmt.Println(count, err)
	// Output: 10 pascal.RowInto(10): short buffer
}

func ExampleTriangle() {
	tri, err := pascal.Triangle(4)
	if err != nil {
		panic(err)
	}
	fmt.Println(tri)
	fmt.Println(pascal.RowOf(tri, 3))
	// Output:
	// [1 1 1 1 2 1 1 3 3 1]
	// [1 2 1]
}

func ExampleTriangleInto() {
	count, _ := pascal.TriangleLen(3)
	buf := make([]uint32, count)
	if _, err := pascal.TriangleInto(3, buf); err != nil {
		panic(err)
	}
	fmt.Println(count, buf)
	// Output: 6 [1 1 1 1 2 1]
}

func ExampleNewTriangle() {
	view, err := pascal.NewTriangle(3)
	if err != nil {
		panic(err)
	}
	defer view.Close()
	tri, _ := view.Slice()
	fmt.Println(tri)
	// Output: [1 1 1 1 2 1]
}

func ExampleEntry() {
	// Row indices are uint64s: row 2^64-1 is written as it is.
	entry, err := pascal.Entry(math.MaxUint64, 1)
	if err != nil {
		panic(err)
	}
	fmt.Println(entry) // C(2^64-2, 1) mod 2^32
	// Output: 4294967294
}

func ExampleEntry_outsideTheRow() {
	_, err := pascal.Entry(5, 5)
	fmt.Println(errors.Is(err, pascal.ErrDomain), errors.Is(err, syscall.EDOM))
	fmt.Println(err)
	// Output:
	// true true
	// pascal.Entry(5, 5): outside the row: k = 5 is not an index of row 5, which has 5 entries
}

func ExampleRowRange() {
	entries, err := pascal.RowRange(10, 3, 4)
	if err != nil {
		panic(err)
	}
	fmt.Println(entries)
	// Output: [84 126 126 84]
}

func ExampleRowRangeInto() {
	// Row 10^12, far too long to hold, read in chunks into one buffer.
	buf := make([]uint32, 3)
	for k0 := uint64(0); k0 < 6; k0 += 3 {
		if _, err := pascal.RowRangeInto(1e12, k0, buf); err != nil {
			panic(err)
		}
		fmt.Println(buf)
	}
	// Output:
	// [1 3567587327 2441635841]
	// [3839444991 622687233 3188743167]
}

func ExampleRow_errors() {
	_, err := pascal.Row(-1)
	fmt.Println(errors.Is(err, pascal.ErrInvalid), err)

	var e *pascal.Error
	if errors.As(err, &e) {
		fmt.Println(e.Op, e.N, e.Err)
	}
	// Output:
	// true pascal.Row(-1): invalid argument
	// Row -1 invalid argument
}

func ExampleCheckVersion() {
	if err := pascal.CheckVersion(); err != nil {
		panic(err) // another major version of libpascal is loaded
	}
	fmt.Println(pascal.VersionNumber()/10000 == pascal.MajorVersion)
	// Output: true
}
