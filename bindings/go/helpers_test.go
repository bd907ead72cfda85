package pascal

import (
	"errors"
	"math/big"
	"testing"
)

// binomial is C(m, k) mod 2^32 for any m < 2^64, computed with math/big from
// C(m, i+1) = C(m, i) * (m-i) / (i+1) over min(k, m-k) steps, independently of
// the library's recurrence and of its Kummer and Granville arithmetic. It is
// cheap at both ends of a row, whatever m.
func binomial(m, k uint64) uint32 {
	if k > m-k {
		k = m - k
	}
	c := big.NewInt(1)
	var factor big.Int
	for i := uint64(0); i < k; i++ {
		c.Mul(c, factor.SetUint64(m-i))
		c.Quo(c, factor.SetUint64(i+1))
	}
	c.Mod(c, big.NewInt(1<<32))
	return uint32(c.Uint64())
}

// wantRow is row n as the header defines it.
func wantRow(n int) []uint32 {
	out := make([]uint32, n)
	for k := range out {
		out[k] = binomial(uint64(n-1), uint64(k))
	}
	return out
}

// wantTriangle is rows 1..rows one after another.
func wantTriangle(rows int) []uint32 {
	var out []uint32
	for r := 1; r <= rows; r++ {
		out = append(out, wantRow(r)...)
	}
	return out
}

func equal(a, b []uint32) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// wantErr fails t unless err is an *Error for op wrapping target.
func wantErr(t *testing.T, err error, op string, target error) {
	t.Helper()
	if !errors.Is(err, target) {
		t.Fatalf("error = %v, want one wrapping %v", err, target)
	}
	var e *Error
	if !errors.As(err, &e) || e.Op != op {
		t.Fatalf("error = %#v, want an *Error with Op %q", err, op)
	}
}
