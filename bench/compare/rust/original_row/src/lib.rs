//! The row kernel both Rust comparators share, so they differ only in how the
//! row crosses into Python: the original design's `pascal_row_impl`, the
//! O(n^2) recurrence with each row computed left to right, carrying the
//! previous row's entry j-1 in a local.
//!
//! The inner loop walks the row with an iterator rather than `row[j]`: the
//! same loop without a bounds check per entry, which is what lets LLVM
//! vectorise it (indexed, it ran 3-5x slower here). That is the strongest
//! faithful form of the original, and the comparison must beat that.

/// Row `n` of Pascal's triangle: `n` entries, C(n-1, k) mod 2^32.
///
/// Panics for `n == 0` (indexing `row[0]` of an empty vector), as the
/// original did: that panic is what the bindings comparison reports.
pub fn pascal_row(n: usize) -> Vec<u32> {
    let mut row = vec![0u32; n];
    row[0] = 1;
    for i in 1..n {
        let mut previous = row[0];
        for entry in &mut row[1..=i] {
            let current = *entry;
            *entry = previous.wrapping_add(current);
            previous = current;
        }
    }
    row
}
