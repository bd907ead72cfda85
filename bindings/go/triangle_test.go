package pascal

import (
	"fmt"
	"io"
	"testing"
)

func TestTriangleHoldsRowsOneToRowsInOrder(t *testing.T) {
	for _, rows := range []int{1, 2, 4, 36} {
		t.Run(fmt.Sprint(rows), func(t *testing.T) {
			got, err := Triangle(rows)
			if err != nil {
				t.Fatal(err)
			}
			if want := wantTriangle(rows); !equal(got, want) {
				t.Fatalf("Triangle(%d) = %v, want %v", rows, got, want)
			}
		})
	}
}

func TestTriangleOfZeroIsEmpty(t *testing.T) {
	got, err := Triangle(0)
	if err != nil || len(got) != 0 {
		t.Fatalf("Triangle(0) = %v, %v; want empty, nil", got, err)
	}
}

func TestRowOfPicksRowRFromATriangle(t *testing.T) {
	tri, err := Triangle(35)
	if err != nil {
		t.Fatal(err)
	}
	for r := 1; r <= 35; r++ {
		if got := RowOf(tri, r); !equal(got, wantRow(r)) || cap(got) != r {
			t.Fatalf("RowOf(tri, %d) = %v (cap %d), want %v", r, got, cap(got), wantRow(r))
		}
	}
}

func TestRowOfPanicsOnRowZeroOrPastTheLastRow(t *testing.T) {
	tri := wantTriangle(3)
	for _, r := range []int{0, -1, 4} {
		func() {
			defer func() {
				if recover() == nil {
					t.Fatalf("RowOf(rows 1..3, %d) did not panic", r)
				}
			}()
			RowOf(tri, r)
		}()
	}
}

func TestTriangleLenIsRowsTimesRowsPlusOneOverTwo(t *testing.T) {
	for _, rows := range []int{0, 1, 2, 10, 1000} {
		got, err := TriangleLen(rows)
		if err != nil || got != rows*(rows+1)/2 {
			t.Fatalf("TriangleLen(%d) = %d, %v; want %d", rows, got, err, rows*(rows+1)/2)
		}
	}
}

func TestTriangleIntoFillsTheBufferAndReturnsTheCount(t *testing.T) {
	buf := make([]uint32, 12)
	buf[10], buf[11] = 7, 7
	got, err := TriangleInto(4, buf)
	if err != nil || got != 10 {
		t.Fatalf("TriangleInto(4, buf) = %d, %v; want 10, nil", got, err)
	}
	if want := append(wantTriangle(4), 7, 7); !equal(buf, want) {
		t.Fatalf("buf = %v, want %v", buf, want)
	}
}

func TestTriangleIntoAShortBufferWritesNothingAndReturnsTheCountNeeded(t *testing.T) {
	buf := []uint32{7, 7, 7, 7, 7, 7, 7, 7, 7}
	got, err := TriangleInto(4, buf)
	if got != 10 {
		t.Fatalf("TriangleInto(4, [9]) returned %d, want 10 (the count needed)", got)
	}
	wantErr(t, err, "TriangleInto", io.ErrShortBuffer)
	for i, entry := range buf {
		if entry != 7 {
			t.Fatalf("buf[%d] = %d: a short buffer was written to", i, entry)
		}
	}
}
