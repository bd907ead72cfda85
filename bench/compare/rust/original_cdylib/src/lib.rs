//! The original Rust library behind the milksnake/cffi comparator: the vector
//! is leaked to the caller with `mem::forget` and rebuilt with
//! `Vec::from_raw_parts` when the caller hands it back.
use std::mem;

/// # Safety
/// `size_out` must point to a writable `usize`.
#[no_mangle]
pub unsafe extern "C" fn pascal_row(n: usize, size_out: *mut usize) -> *mut u32 {
    let mut row = original_row::pascal_row(n);
    // from_raw_parts needs the capacity back: make it equal to the length.
    row.shrink_to_fit();
    *size_out = row.len();
    let ptr = row.as_mut_ptr();
    mem::forget(row);
    ptr
}

/// # Safety
/// `ptr` and `len` must come from one `pascal_row` call, handed back once.
#[no_mangle]
pub unsafe extern "C" fn deallocate_vec(ptr: *mut u32, len: usize) {
    drop(Vec::from_raw_parts(ptr, len, len));
}
