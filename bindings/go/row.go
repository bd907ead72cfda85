package pascal

// Row returns row n (n entries, entry k = C(n-1, k) mod 2^32) in a new Go
// slice. The library's array is freed before Row returns. Row(0) is empty.
// Errors: ErrInvalid (n < 0), ErrNoMemory, ErrVersion.
func Row(n int) ([]uint32, error) { return copied("Row", row, n) }

// RowInto writes row n into buf[:n] and returns n, allocating nothing. If
// len(buf) < n it writes nothing and returns n with io.ErrShortBuffer, so
// the caller learns the size it needs. Errors: ErrInvalid (n < 0),
// io.ErrShortBuffer, ErrVersion.
func RowInto(n int, buf []uint32) (int, error) { return into("RowInto", row, n, buf) }
