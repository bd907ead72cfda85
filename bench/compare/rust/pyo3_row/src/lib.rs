//! The PyO3 comparator: the original recurrence returned as `Vec<u32>`, which
//! PyO3 turns into a list one int at a time.
use pyo3::prelude::*;

#[pyfunction]
fn pascal_row(n: usize) -> Vec<u32> {
    original_row::pascal_row(n)
}

#[pymodule]
fn pyo3_row(_py: Python<'_>, module: &PyModule) -> PyResult<()> {
    module.add_function(wrap_pyfunction!(pascal_row, module)?)
}
