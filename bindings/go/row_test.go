package pascal

import (
	"fmt"
	"io"
	"testing"
)

func TestRowHoldsBinomialCoefficientsModTwoTo32(t *testing.T) {
	// 35 is the last exact row; 36 and 100 wrap as uint32 arithmetic does.
	for _, n := range []int{1, 2, 3, 5, 10, 35, 36, 100} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			got, err := Row(n)
			if err != nil {
				t.Fatal(err)
			}
			if want := wantRow(n); !equal(got, want) {
				t.Fatalf("Row(%d) = %v, want %v", n, got, want)
			}
		})
	}
}

func TestRowReadsEntriesAboveTwoTo31AsUnsigned(t *testing.T) {
	got, err := Row(35)
	if err != nil {
		t.Fatal(err)
	}
	if got[17] != 2333606220 {
		t.Fatalf("Row(35)[17] = %d, want C(34, 17) = 2333606220", got[17])
	}
}

func TestRowOfZeroIsEmpty(t *testing.T) {
	got, err := Row(0)
	if err != nil || len(got) != 0 {
		t.Fatalf("Row(0) = %v, %v; want empty, nil", got, err)
	}
}

func TestRowExactMaxIs35(t *testing.T) {
	if got := RowExactMax(); got != 35 {
		t.Fatalf("RowExactMax() = %d, want 35", got)
	}
}

func TestRowIntoFillsTheBufferAndReturnsN(t *testing.T) {
	// A longer buffer keeps its tail: only n entries are written.
	buf := []uint32{7, 7, 7, 7, 7, 7, 7}
	got, err := RowInto(5, buf)
	if err != nil || got != 5 {
		t.Fatalf("RowInto(5, buf) = %d, %v; want 5, nil", got, err)
	}
	if want := append(wantRow(5), 7, 7); !equal(buf, want) {
		t.Fatalf("buf = %v, want %v", buf, want)
	}
}

func TestRowIntoAShortBufferWritesNothingAndReturnsTheSizeNeeded(t *testing.T) {
	for _, size := range []int{0, 1, 9} {
		buf := make([]uint32, size)
		for i := range buf {
			buf[i] = 7
		}
		got, err := RowInto(10, buf)
		if got != 10 {
			t.Fatalf("RowInto(10, [%d]) returned %d, want 10 (the size needed)", size, got)
		}
		wantErr(t, err, "RowInto", io.ErrShortBuffer)
		for i, entry := range buf {
			if entry != 7 {
				t.Fatalf("buf[%d] = %d: a short buffer was written to", i, entry)
			}
		}
	}
}

func TestRowIntoOfZeroWritesNothing(t *testing.T) {
	got, err := RowInto(0, nil)
	if err != nil || got != 0 {
		t.Fatalf("RowInto(0, nil) = %d, %v; want 0, nil", got, err)
	}
}
