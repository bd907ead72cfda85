// libpascal from Go through cgo: print row 10 and entry 17 of row 35.
//
// Gotchas: cgo finds the header and the library through CGO_CFLAGS and
// CGO_LDFLAGS (the CTest build sets them, with an rpath so the binary finds
// libpascal.so.1 at run time). C memory is invisible to Go's garbage
// collector and must not outlive the call that frees it, so each row is
// copied into a Go slice before a defer hands it back to deallocate_vec,
// never to C.free. size_t is C.size_t and uint32_t is C.uint32_t, converted
// to Go's uint32, which prints 2333606220 as it is. errno comes back as the
// second result of the cgo call, meaningful only when the row is nil.
package main

/*
#cgo LDFLAGS: -lpascal
#include "pascal/pascal.h"
*/
import "C"

import (
	"fmt"
	"os"
	"unsafe"
)

// row returns row n of the triangle, copied out of the library's memory.
func row(n int) ([]uint32, error) {
	var size C.size_t
	ptr, err := C.pascal_row(C.size_t(n), &size)
	if ptr == nil {
		if n == 0 {
			return nil, nil
		}
		return nil, fmt.Errorf("pascal_row(%d): %w", n, err)
	}
	defer C.deallocate_vec(ptr, size)

	entries := make([]uint32, int(size))
	for k, entry := range unsafe.Slice(ptr, int(size)) {
		entries[k] = uint32(entry)
	}
	return entries, nil
}

func main() {
	ten, err := row(10)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Print("pascal_row(10):")
	for _, entry := range ten {
		fmt.Printf(" %d", entry)
	}
	fmt.Println()

	thirtyFive, err := row(35)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("pascal_row(35)[17]: %d\n", thirtyFive[17])
}
