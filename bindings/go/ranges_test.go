package pascal

import (
	"errors"
	"math"
	"math/bits"
	"syscall"
	"testing"
)

// hugeRows are far past any row that could be computed whole, near 2^63 and
// at 2^64-1: uint64 constants as they are, since n is a uint64 in Go as in C.
var hugeRows = []uint64{1<<32 + 1, 1<<63 - 1, 1 << 63, 1<<63 + 1, math.MaxUint64}

func TestEntryIsTheBinomialCoefficientModTwoTo32(t *testing.T) {
	// Every entry of rows 1..40: exact up to row 35, wrapping after.
	for n := uint64(1); n <= 40; n++ {
		for k := uint64(0); k < n; k++ {
			wantEntry(t, n, k)
		}
	}
	// Both ends of the huge rows, where the reference stays cheap.
	for _, n := range hugeRows {
		for i := uint64(0); i < 40; i++ {
			wantEntry(t, n, i)
			wantEntry(t, n, n-1-i)
		}
	}
}

func wantEntry(t *testing.T, n, k uint64) {
	t.Helper()
	got, err := Entry(n, k)
	if want := binomial(n-1, k); err != nil || got != want {
		t.Fatalf("Entry(%d, %d) = %d, %v; want C(n-1, k) mod 2^32 = %d", n, k, got, err, want)
	}
}

// across is 64 indices spread over row n, from its start through its middle
// to its end, odd and even alike.
func across(n uint64) []uint64 {
	ks := make([]uint64, 0, 64)
	for i := uint64(0); i < 64; i++ {
		hi, lo := bits.Mul64(n, i)
		k := hi<<58 | lo>>6 // n*i/64, below n
		if step := n / 64; step > 0 {
			k += (i * 0x9E3779B97F4A7C15) % step
		}
		ks = append(ks, k)
	}
	return ks
}

func TestEntryIsSymmetric(t *testing.T) {
	// Entries k and n-1-k agree, also in the middle of the huge rows, where
	// the big-integer reference cannot go.
	for _, n := range append([]uint64{36, 1000}, hugeRows...) {
		for _, k := range across(n) {
			a, errA := Entry(n, k)
			b, errB := Entry(n, n-1-k)
			if errA != nil || errB != nil || a != b {
				t.Fatalf("row %d: Entry(k = %d) = %d, %v but Entry(n-1-k) = %d, %v", n, k, a, errA, b, errB)
			}
		}
	}
}

func TestAnEntryOfAHugeRowIsZeroWhereTwoTo32DividesIt(t *testing.T) {
	// The header: an entry may be 0, as C(n-1, k) is a multiple of 2^32 for
	// many entries of large rows. Kummer: the power of two in C(m, k) is the
	// number of carries adding k and m-k in binary, so each entry has that
	// many trailing zero bits, and is 0 from 32 carries on.
	zeros := 0
	for _, n := range hugeRows {
		m := n - 1
		for _, k := range across(n) {
			got, err := Entry(n, k)
			carries := bits.OnesCount64(k) + bits.OnesCount64(m-k) - bits.OnesCount64(m)
			if carries > 32 {
				carries = 32
			}
			if err != nil || bits.TrailingZeros32(got) != carries {
				t.Fatalf("Entry(%d, %d) = %#x, %v; want %d trailing zero bits", n, k, got, err, carries)
			}
			if got == 0 {
				zeros++
			}
		}
	}
	if zeros == 0 {
		t.Fatal("no entry tried was 0: the test misses the case it is for")
	}
}

func TestRowRangeIsTheSameSliceOfTheRow(t *testing.T) {
	for _, n := range []int{1, 36, 1000, 100000} {
		row, err := Row(n)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range [][2]int{{0, n}, {0, 1}, {n - 1, 1}, {n / 3, n / 3}, {n / 2, n - n/2}, {n / 7, (n - n/7) / 2}} {
			k0, count := w[0], w[1]
			want := row[k0 : k0+count]
			got, err := RowRange(uint64(n), uint64(k0), count)
			if err != nil || !equal(got, want) {
				t.Fatalf("RowRange(%d, %d, %d) = %v, %v; want Row(%d)[%d:%d]", n, k0, count, got, err, n, k0, k0+count)
			}
			buf := make([]uint32, count)
			if written, err := RowRangeInto(uint64(n), uint64(k0), buf); err != nil || written != count || !equal(buf, want) {
				t.Fatalf("RowRangeInto(%d, %d, [%d]) = %d, %v; want Row(%d)[%d:%d]", n, k0, count, written, err, n, k0, k0+count)
			}
		}
	}
}

func TestARangeOfAHugeRowContinuesAsItsEntries(t *testing.T) {
	for _, n := range hugeRows {
		for _, k0 := range []uint64{0, n/2 - 50, n - 100} {
			got, err := RowRange(n, k0, 100)
			if err != nil || len(got) != 100 {
				t.Fatalf("RowRange(%d, %d, 100) = %d entries, %v", n, k0, len(got), err)
			}
			for i, entry := range got {
				if want, _ := Entry(n, k0+uint64(i)); entry != want {
					t.Fatalf("RowRange(%d, %d, 100)[%d] = %d, Entry says %d", n, k0, i, entry, want)
				}
			}
		}
	}
}

func TestRowRangeIntoWritesLenBufEntriesNeverItsSpareCapacity(t *testing.T) {
	backing := []uint32{7, 7, 7, 7, 7, 7, 7}
	buf := backing[:4] // capacity 7: only len counts
	written, err := RowRangeInto(10, 3, buf)
	if err != nil || written != 4 {
		t.Fatalf("RowRangeInto(10, 3, [4]) = %d, %v; want 4, nil", written, err)
	}
	if want := append(wantRow(10)[3:7:7], 7, 7, 7); !equal(backing, want) {
		t.Fatalf("backing array = %v, want %v", backing, want)
	}
}

func TestAnEmptyRangeIsNotAnErrorUpToTheRowsEnd(t *testing.T) {
	for _, c := range []struct{ n, k0 uint64 }{{0, 0}, {5, 0}, {5, 5}, {math.MaxUint64, math.MaxUint64}} {
		if got, err := RowRange(c.n, c.k0, 0); err != nil || len(got) != 0 {
			t.Fatalf("RowRange(%d, %d, 0) = %v, %v; want empty, nil", c.n, c.k0, got, err)
		}
		if written, err := RowRangeInto(c.n, c.k0, nil); err != nil || written != 0 {
			t.Fatalf("RowRangeInto(%d, %d, nil) = %d, %v; want 0, nil", c.n, c.k0, written, err)
		}
	}
}

func TestEntryOutsideTheRowIsErrDomain(t *testing.T) {
	// k past the end, a negative k converted (uint64(-1)), row 0 (no entries).
	for _, c := range []struct{ n, k uint64 }{{5, 5}, {5, math.MaxUint64}, {0, 0}, {math.MaxUint64, math.MaxUint64}} {
		got, err := Entry(c.n, c.k)
		wantErr(t, err, "Entry", ErrDomain)
		if !errors.Is(err, syscall.EDOM) || got != 0 {
			t.Fatalf("Entry(%d, %d) = %d, %v; want 0 and an error matching EDOM", c.n, c.k, got, err)
		}
	}
}

func TestARangeOutsideTheRowIsErrDomainAndWritesNothing(t *testing.T) {
	// Past the end; k0 past the end even for no entries; k0+count past 2^64;
	// row 0.
	for _, c := range []struct {
		n, k0 uint64
		count int
	}{{5, 3, 3}, {5, 6, 0}, {math.MaxUint64, math.MaxUint64 - 1, 2}, {0, 0, 1}} {
		got, err := RowRange(c.n, c.k0, c.count)
		wantErr(t, err, "RowRange", ErrDomain)
		if got != nil {
			t.Fatalf("RowRange(%d, %d, %d) = %v, want nil", c.n, c.k0, c.count, got)
		}
		buf := make([]uint32, c.count)
		for i := range buf {
			buf[i] = 7
		}
		written, err := RowRangeInto(c.n, c.k0, buf)
		wantErr(t, err, "RowRangeInto", ErrDomain)
		for i, entry := range buf {
			if entry != 7 || written != 0 {
				t.Fatalf("RowRangeInto(%d, %d, [%d]) returned %d, buf[%d] = %d: want 0, nothing written", c.n, c.k0, c.count, written, i, entry)
			}
		}
	}
}

func TestANegativeCountIsErrInvalid(t *testing.T) {
	for _, count := range []int{-1, math.MinInt} {
		got, err := RowRange(5, 0, count)
		wantErr(t, err, "RowRange", ErrInvalid)
		if got != nil {
			t.Fatalf("RowRange(5, 0, %d) = %v, want nil", count, got)
		}
	}
}

func TestARangeGoCannotMakeIsErrNoMemoryNotAPanic(t *testing.T) {
	// maxInt entries are more bytes than Go can allocate, on every platform:
	// make would panic.
	got, err := RowRange(math.MaxUint64, 0, maxInt)
	wantErr(t, err, "RowRange", ErrNoMemory)
	if got != nil {
		t.Fatalf("RowRange(2^64-1, 0, maxInt) = %d entries, want nil", len(got))
	}
}

func TestRangeErrorsNameTheCallAndItsValues(t *testing.T) {
	_, entryErr := Entry(5, 5)
	_, pastEnd := RowRange(5, 3, 3)
	_, emptyPastEnd := RowRange(5, 6, 0)
	_, negative := RowRange(5, 0, -1)
	_, into := RowRangeInto(math.MaxUint64, math.MaxUint64-1, make([]uint32, 2))
	for _, c := range []struct {
		err  error
		want string
	}{
		{entryErr, "pascal.Entry(5, 5): outside the row: k = 5 is not an index of row 5, which has 5 entries"},
		{pastEnd, "pascal.RowRange(5, 3, 3): outside the row: 3 entries from k0 = 3 leave row 5, which has 5 entries"},
		{emptyPastEnd, "pascal.RowRange(5, 6, 0): outside the row: k0 = 6 is past the end of row 5, which has 5 entries"},
		{negative, "pascal.RowRange(5, 0, -1): invalid argument: count = -1 is negative"},
		{into, "pascal.RowRangeInto(18446744073709551615, 18446744073709551614, [2]uint32): outside the row: " +
			"2 entries from k0 = 18446744073709551614 leave row 18446744073709551615, which has 18446744073709551615 entries"},
	} {
		if c.err == nil || c.err.Error() != c.want {
			t.Fatalf("message %q, want %q", c.err, c.want)
		}
	}
	if e := entryErr.(*Error); e.N != 0 || e.Args != "5, 5" {
		t.Fatalf("Entry(5, 5): Error.N = %d, Args = %q; want 0 and \"5, 5\"", e.N, e.Args)
	}
}

func TestBadRangesAreRefusedInGoBeforeAnyCCall(t *testing.T) {
	// Against the stand-in library every C call but the version's aborts,
	// and every call that checks the version gets ErrVersion: these errors
	// come back, so Go found them before either.
	againstMajor2(t, func(t *testing.T) {
		_, err := Entry(5, 5)
		wantErr(t, err, "Entry", ErrDomain)
		_, err = RowRange(5, 3, 3)
		wantErr(t, err, "RowRange", ErrDomain)
		_, err = RowRangeInto(5, 6, nil)
		wantErr(t, err, "RowRangeInto", ErrDomain)
		_, err = RowRange(5, 0, -1)
		wantErr(t, err, "RowRange", ErrInvalid)
	})
}
