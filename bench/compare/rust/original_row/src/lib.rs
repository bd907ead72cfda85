//! The row kernel both Rust comparators share, so they differ only in how the
//! row crosses into Python: the original O(n^2) recurrence, right to left.

/// Row `n` of Pascal's triangle: `n` entries, C(n-1, k) mod 2^32.
///
/// Panics for `n == 0` (indexing `row[0]` of an empty vector), as the
/// original did: that panic is what the bindings comparison reports.
pub fn pascal_row(n: usize) -> Vec<u32> {
    let mut row = vec![0u32; n];
    row[0] = 1;
    for i in 1..n {
        for j in (1..=i).rev() {
            row[j] = row[j].wrapping_add(row[j - 1]);
        }
    }
    row
}
