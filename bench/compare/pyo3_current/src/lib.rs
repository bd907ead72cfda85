//! The PyO3 comparator at PyO3's current release: the original recurrence
//! returned as `Vec<u32>`, which PyO3 turns into a list one int at a time.
//! The module is named apart from the Debian build's `pyo3_row` so both load
//! in one process.
#[pyo3::pymodule]
mod pyo3_current_row {
    use pyo3::prelude::*;

    #[pyfunction]
    fn pascal_row(n: usize) -> Vec<u32> {
        original_row::pascal_row(n)
    }
}
