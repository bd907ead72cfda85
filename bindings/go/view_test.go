package pascal

import (
	"runtime"
	"sync"
	"testing"
)

func TestNewRowViewsTheRowWithoutCopying(t *testing.T) {
	v, err := NewRow(35)
	if err != nil {
		t.Fatal(err)
	}
	defer v.Close()
	s, err := v.Slice()
	if err != nil || !equal(s, wantRow(35)) || v.Len() != 35 {
		t.Fatalf("Slice() = %v, %v (Len %d), want row 35", s, err, v.Len())
	}
	// No copy: two slices share the library's array.
	again, _ := v.Slice()
	s[0] = 42
	if again[0] != 42 {
		t.Fatal("Slice() returned a copy")
	}
	if at, err := v.At(17); err != nil || at != 2333606220 {
		t.Fatalf("At(17) = %d, %v; want 2333606220", at, err)
	}
}

func TestNewTriangleViewsRowsOneToRows(t *testing.T) {
	v, err := NewTriangle(10)
	if err != nil {
		t.Fatal(err)
	}
	defer v.Close()
	if s, err := v.Slice(); err != nil || !equal(s, wantTriangle(10)) {
		t.Fatalf("Slice() = %v, %v; want rows 1..10", s, err)
	}
}

func TestAViewOfZeroEntriesIsEmptyAndCloses(t *testing.T) {
	v, err := NewRow(0)
	if err != nil {
		t.Fatal(err)
	}
	if s, err := v.Slice(); err != nil || len(s) != 0 {
		t.Fatalf("Slice() = %v, %v; want empty, nil", s, err)
	}
	if err := v.Close(); err != nil {
		t.Fatal(err)
	}
}

func TestAtOutOfRangeIsErrInvalid(t *testing.T) {
	v, err := NewRow(3)
	if err != nil {
		t.Fatal(err)
	}
	defer v.Close()
	for _, k := range []int{-1, 3} {
		_, err := v.At(k)
		wantErr(t, err, "View.At", ErrInvalid)
	}
}

func TestAfterCloseTheAccessorsReturnErrClosedNotFreedMemory(t *testing.T) {
	v, err := NewRow(10)
	if err != nil {
		t.Fatal(err)
	}
	if err := v.Close(); err != nil {
		t.Fatal(err)
	}
	s, err := v.Slice()
	if s != nil {
		t.Fatalf("Slice() after Close = %v, want nil", s)
	}
	wantErr(t, err, "View.Slice", ErrClosed)
	_, err = v.At(0)
	wantErr(t, err, "View.At", ErrClosed)
	if v.Len() != 0 {
		t.Fatalf("Len() after Close = %d, want 0", v.Len())
	}
}

func TestCloseFreesOnceAndASecondCloseIsErrClosed(t *testing.T) {
	v, err := NewRow(10)
	if err != nil {
		t.Fatal(err)
	}
	before := frees.Load()
	if err := v.Close(); err != nil {
		t.Fatal(err)
	}
	wantErr(t, v.Close(), "View.Close", ErrClosed)
	if got := frees.Load() - before; got != 1 {
		t.Fatalf("two Closes freed %d times, want 1", got)
	}
}

func TestConcurrentClosesFreeOnce(t *testing.T) {
	v, err := NewRow(10)
	if err != nil {
		t.Fatal(err)
	}
	before := frees.Load()
	var wg sync.WaitGroup
	errs := make([]error, 8)
	for i := range errs {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			if i%2 == 0 {
				v.Slice() // readers race the closers too
			}
			errs[i] = v.Close()
		}(i)
	}
	wg.Wait()
	succeeded := 0
	for _, err := range errs {
		if err == nil {
			succeeded++
		}
	}
	if succeeded != 1 || frees.Load()-before != 1 {
		t.Fatalf("%d Closes succeeded and %d frees, want 1 and 1", succeeded, frees.Load()-before)
	}
}

func TestTheFinalizerFreesAViewNeverClosed(t *testing.T) {
	before := frees.Load()
	func() {
		v, err := NewRow(1000)
		if err != nil {
			t.Fatal(err)
		}
		_ = v // dropped without Close
	}()
	// Finalizers run on their own goroutine after a collection: collect
	// until it has run, a bounded number of times (no timing asserted).
	for i := 0; i < 1000 && frees.Load() == before; i++ {
		runtime.GC()
		runtime.Gosched()
	}
	if frees.Load()-before != 1 {
		t.Fatalf("an unclosed View was freed %d times after collections, want 1", frees.Load()-before)
	}
}
