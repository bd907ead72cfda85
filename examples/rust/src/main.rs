//! libpascal from Rust, std only: print row 10 and entry 17 of row 35.
//!
//! Gotchas: build.rs gives the linker the library's directory and an rpath
//! to it, so the binary finds libpascal.so.1 at run time. size_t is usize and
//! uint32_t is u32, so 2333606220 prints unsigned. A row is owned by `Row`,
//! whose Drop hands it back to deallocate_vec with its length: never to
//! libc's free, and never to a Vec or Box, which would free it with Rust's
//! allocator. errno is read right after a failed call, through
//! io::Error::last_os_error.

use std::io;
use std::ops::Deref;
use std::ptr::NonNull;
use std::slice;

#[link(name = "pascal")]
extern "C" {
    fn pascal_row(n: usize, size_out: *mut usize) -> *mut u32;
    fn deallocate_vec(ptr: *mut u32, len: usize);
}

/// Row n of the triangle, in memory the library allocated. The empty row
/// (n = 0) is a null pointer, which is not an error.
struct Row {
    ptr: Option<NonNull<u32>>,
    len: usize,
}

impl Row {
    fn new(n: usize) -> io::Result<Row> {
        let mut len = 0;
        // SAFETY: size_out points to a live usize; the result is checked below.
        let ptr = NonNull::new(unsafe { pascal_row(n, &mut len) });
        if ptr.is_none() && n > 0 {
            return Err(io::Error::last_os_error());
        }
        Ok(Row { ptr, len })
    }
}

impl Deref for Row {
    type Target = [u32];

    fn deref(&self) -> &[u32] {
        match self.ptr {
            // SAFETY: the library returned `len` initialised entries, alive until drop.
            Some(ptr) => unsafe { slice::from_raw_parts(ptr.as_ptr(), self.len) },
            None => &[],
        }
    }
}

impl Drop for Row {
    fn drop(&mut self) {
        if let Some(ptr) = self.ptr {
            // SAFETY: ptr and len came from pascal_row, and only this drop frees them.
            unsafe { deallocate_vec(ptr.as_ptr(), self.len) }
        }
    }
}

fn main() -> io::Result<()> {
    let ten = Row::new(10)?;
    let entries: Vec<String> = ten.iter().map(u32::to_string).collect();
    println!("pascal_row(10): {}", entries.join(" "));
    println!("pascal_row(35)[17]: {}", Row::new(35)?[17]);
    Ok(())
}
