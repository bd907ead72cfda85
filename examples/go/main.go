// libpascal from Go through its package (bindings/go): print row 10 and
// entry 17 of row 35.
//
// Gotchas: by default the package compiles the library from the sources it
// carries and links it in (cgo needs a C++ compiler); built with -tags
// libpascal_system it finds a system libpascal with `#cgo pkg-config:
// pascal` instead, so PKG_CONFIG_PATH must name the directory of pascal.pc
// (or, for a build tree, pascal-uninstalled.pc) and at run time the dynamic
// loader must find libpascal.so.1 (LD_LIBRARY_PATH, or an installed copy in
// a system directory). pascal.Row copies the row into Go memory and frees the
// library's array before returning, so there is nothing to free here; entries
// are uint32, so 2333606220 prints as it is. A View (pascal.NewRow) would
// avoid the copy, and must be Closed.
package main

import (
	"fmt"
	"os"

	"example.invalid/libpascal/pascal"
)

func main() {
	ten, err := pascal.Row(10)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Print("pascal_row(10):")
	for _, entry := range ten {
		fmt.Printf(" %d", entry)
	}
	fmt.Println()

	thirtyFive, err := pascal.NewRow(35)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer thirtyFive.Close()
	entry, err := thirtyFive.At(17)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("pascal_row(35)[17]: %d\n", entry)
}
