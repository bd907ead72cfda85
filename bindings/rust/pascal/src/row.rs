//! One row, in the three ownership models: copied into a Vec (`row`), the
//! library's own array (`Row`), or written into the caller's buffer
//! (`row_into`).
use crate::library_array::LibraryArray;
use crate::Error;
use libpascal_sys as sys;
use std::fmt;
use std::ops::Deref;

/// Row `n` (counted from 1) in a new `Vec`: entry k is C(n-1, k) mod 2^32;
/// `n = 0` gives the empty row. The Vec is Rust's: nothing for the library
/// to free.
///
/// # Errors
/// [`Error::OutOfMemory`] if the Vec cannot reserve `n` entries (the
/// reservation is tried first: a huge `n` is an error, not an abort), and
/// [`Error::IncompatibleVersion`].
///
/// ```
/// assert_eq!(pascal::row(5)?, [1, 4, 6, 4, 1]);
/// assert_eq!(pascal::row(35)?[17], 2333606220);
/// assert_eq!(pascal::row(1usize << 62), Err(pascal::Error::OutOfMemory));
/// # Ok::<(), pascal::Error>(())
/// ```
pub fn row(n: usize) -> Result<Vec<u32>, Error> {
    crate::check_version()?;
    let mut entries = Vec::new();
    entries
        .try_reserve_exact(n)
        .map_err(|_| Error::OutOfMemory)?;
    entries.resize(n, 0);
    row_into(n, &mut entries)?;
    Ok(entries)
}

/// Writes row `n` into the first `n` entries of `out` and returns `n`; the
/// rest of `out` is left as it was. Allocates nothing.
///
/// # Errors
/// [`Error::BufferTooSmall`] if `out` holds fewer than `n` entries: then
/// nothing is written (to size a buffer, row `n` has `n` entries); and
/// [`Error::IncompatibleVersion`].
///
/// ```
/// let mut buffer = [0u32; 8];
/// let written = pascal::row_into(5, &mut buffer)?;
/// assert_eq!(&buffer[..written], [1, 4, 6, 4, 1]);
/// assert_eq!(
///     pascal::row_into(9, &mut buffer),
///     Err(pascal::Error::BufferTooSmall { needed: 9, capacity: 8 })
/// );
/// # Ok::<(), pascal::Error>(())
/// ```
pub fn row_into(n: usize, out: &mut [u32]) -> Result<usize, Error> {
    crate::check_version()?;
    // SAFETY: `out` is valid for `out.len()` writes (an empty slice's
    // pointer is dangling but non-null, and the library writes nothing
    // when the capacity is short).
    let needed = unsafe { sys::pascal_row_into(n, out.as_mut_ptr(), out.len()) };
    if needed == 0 && n > 0 {
        return Err(Error::last_errno(None));
    }
    if needed > out.len() {
        return Err(Error::BufferTooSmall {
            needed,
            capacity: out.len(),
        });
    }
    Ok(needed)
}

/// Row `n` in the library's own memory, read through `Deref<Target = [u32]>`
/// with no copy, and freed by the library (pascal_array_free) when the Row
/// is dropped, exactly once. A slice of it cannot outlive it: the borrow
/// checker refuses the use after free at compile time.
///
/// ```compile_fail,E0505
/// let row = pascal::Row::new(5).unwrap();
/// let entries: &[u32] = &row;
/// drop(row); // frees the library's array...
/// println!("{}", entries[0]); // ...so this does not compile.
/// ```
///
/// `Row` is `Send` and `Sync`: it owns its array alone, the library may
/// free it from any thread, and shared access only reads.
pub struct Row(LibraryArray);

impl Row {
    /// Row `n` (counted from 1), allocated by the library; `n = 0` gives
    /// the empty row.
    ///
    /// # Errors
    /// [`Error::OutOfMemory`] (ENOMEM: the library could not allocate `n`
    /// entries, or their byte size overflows, as for `n = 2^62`), and
    /// [`Error::IncompatibleVersion`].
    ///
    /// ```
    /// let row = pascal::Row::new(5)?;
    /// assert_eq!(*row, [1, 4, 6, 4, 1]);
    /// assert_eq!(row.iter().sum::<u32>(), 16);
    /// # Ok::<(), pascal::Error>(())
    /// ```
    pub fn new(n: usize) -> Result<Row, Error> {
        LibraryArray::new(n, sys::pascal_row_alloc).map(Row)
    }
}

impl Deref for Row {
    type Target = [u32];

    fn deref(&self) -> &[u32] {
        self.0.as_slice()
    }
}

impl AsRef<[u32]> for Row {
    fn as_ref(&self) -> &[u32] {
        self
    }
}

impl fmt::Debug for Row {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Row").field(&&**self).finish()
    }
}
