package pascal

// A triangle is rows 1..rows in one slice, one call into the library:
// TriangleLen(rows) entries, row r (counted from 1) starting at index
// r*(r-1)/2. RowOf picks one row out.

// Triangle returns rows 1..rows in a new Go slice. The library's array is
// freed before Triangle returns. Triangle(0) is empty. Errors: ErrInvalid
// (rows < 0), ErrNoMemory (including a count that overflows), ErrVersion.
func Triangle(rows int) ([]uint32, error) { return copied("Triangle", triangle, rows) }

// TriangleInto writes rows 1..rows into buf and returns the number of
// entries, allocating nothing. If buf is too short it writes nothing and
// returns the number it needs with io.ErrShortBuffer. Errors: ErrInvalid
// (rows < 0), ErrOverflow (the count does not fit in an int),
// io.ErrShortBuffer, ErrVersion.
func TriangleInto(rows int, buf []uint32) (int, error) {
	return into("TriangleInto", triangle, rows, buf)
}

// TriangleLen returns rows*(rows+1)/2, the number of entries of rows
// 1..rows. Errors: ErrInvalid (rows < 0), ErrOverflow (the count does not
// fit in an int), ErrVersion.
func TriangleLen(rows int) (int, error) {
	if rows < 0 {
		return 0, newError("TriangleLen", rows, ErrInvalid)
	}
	if err := CheckVersion(); err != nil {
		return 0, err
	}
	return length("TriangleLen", triangle, rows)
}

// RowOf returns row r (counted from 1) of a triangle laid out as Triangle
// lays it out: a subslice, no copy. It panics if r < 1 or, as slicing does,
// if the triangle has fewer than r rows.
func RowOf(tri []uint32, r int) []uint32 {
	if r < 1 {
		panic("pascal.RowOf: rows count from 1")
	}
	start := r * (r - 1) / 2
	return tri[start : start+r : start+r]
}
