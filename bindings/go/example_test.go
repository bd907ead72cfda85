package pascal_test

import (
	"errors"
	"fmt"

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
