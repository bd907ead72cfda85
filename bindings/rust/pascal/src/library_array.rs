//! An array the library allocated, owned by Rust and given back to the
//! library's own free exactly once: the zero-copy model behind `Row` and
//! `Triangle`.
use crate::Error;
use libpascal_sys as sys;
use std::slice;

pub(crate) struct LibraryArray(sys::pascal_array);

impl LibraryArray {
    /// Calls `alloc` (pascal_row_alloc or pascal_triangle_alloc) with a
    /// zeroed slot and takes ownership of what it fills in.
    pub(crate) fn new(
        size: usize,
        alloc: unsafe extern "C" fn(usize, *mut sys::pascal_array) -> libc::c_int,
    ) -> Result<LibraryArray, Error> {
        crate::check_version()?;
        // The slot is owned before the call, so nothing can lose the array.
        let mut owned = LibraryArray(sys::pascal_array::default());
        // SAFETY: the slot is a live pascal_array; on failure the library
        // leaves it {NULL, 0}, which Drop frees as nothing.
        match unsafe { alloc(size, &mut owned.0) } {
            0 => Ok(owned),
            code => Err(Error::from_code(code, None)),
        }
    }

    pub(crate) fn as_slice(&self) -> &[u32] {
        if self.0.data.is_null() {
            // The empty row or triangle: {NULL, 0}, not an error.
            return &[];
        }
        // SAFETY: the library wrote `size` entries at `data`, and they stay
        // allocated and unchanged until Drop; the slice borrows `self`, so
        // the borrow checker ends every use of it before Drop.
        unsafe { slice::from_raw_parts(self.0.data, self.0.size) }
    }
}

impl Drop for LibraryArray {
    fn drop(&mut self) {
        // SAFETY: the array came from the library and only this Drop frees
        // it (LibraryArray is neither Clone nor Copy); pascal_array_free
        // zeroes the slot, and frees {NULL, 0} as nothing.
        unsafe { sys::pascal_array_free(&mut self.0) }
    }
}

// SAFETY: a LibraryArray is the sole owner of its allocation, like a
// Box<[u32]>. Send: the library has no global state and every function is
// thread-safe (pascal.h), so pascal_array_free may run on any thread, not
// only the allocating one. Sync: a shared &LibraryArray gives only `&[u32]`,
// reads of memory that nothing writes after the allocating call returned.
unsafe impl Send for LibraryArray {}
unsafe impl Sync for LibraryArray {}
