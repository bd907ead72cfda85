//! The expected rows, computed here independently of the library: the
//! textbook recurrence row[j] += row[j-1] in wrapping u32 arithmetic, which
//! pascal.h promises the library's values equal.
pub fn reference_row(n: usize) -> Vec<u32> {
    // Entries not reached yet are the 1 that ends each row.
    let mut row = vec![1u32; n];
    for len in 2..=n {
        for j in (1..len - 1).rev() {
            row[j] = row[j].wrapping_add(row[j - 1]);
        }
    }
    row
}
