//! Rows 1..rows in one flat array from one call, in the three ownership
//! models of a row, and `triangle_row` to find row r in any of them: row r
//! (counted from 1) starts at index r * (r - 1) / 2 and has r entries.
use crate::library_array::LibraryArray;
use crate::Error;
use libpascal_sys as sys;
use std::fmt;
use std::ops::Deref;
use std::ptr;

/// The number of entries of rows 1..rows: rows * (rows + 1) / 2.
///
/// # Errors
/// [`Error::Overflow`] if that does not fit in `usize`, and
/// [`Error::IncompatibleVersion`].
///
/// ```
/// assert_eq!(pascal::triangle_len(4)?, 10);
/// assert_eq!(pascal::triangle_len(usize::MAX), Err(pascal::Error::Overflow));
/// # Ok::<(), pascal::Error>(())
/// ```
pub fn triangle_len(rows: usize) -> Result<usize, Error> {
    crate::check_version()?;
    // SAFETY: (NULL, 0) is the size query: nothing is written.
    let entries = unsafe { sys::pascal_triangle_into(rows, ptr::null_mut(), 0) };
    if entries == 0 && rows > 0 {
        return Err(Error::last_errno(None));
    }
    Ok(entries)
}

/// Rows 1..rows, one after another, in a new `Vec` (Rust's: nothing for
/// the library to free).
///
/// # Errors
/// [`Error::OutOfMemory`] if the entries cannot be reserved, including when
/// their count does not fit in `usize` (as [`Triangle::new`] says), and
/// [`Error::IncompatibleVersion`].
///
/// ```
/// assert_eq!(pascal::triangle(3)?, [1, 1, 1, 1, 2, 1]);
/// assert_eq!(pascal::triangle(usize::MAX), Err(pascal::Error::OutOfMemory));
/// # Ok::<(), pascal::Error>(())
/// ```
pub fn triangle(rows: usize) -> Result<Vec<u32>, Error> {
    let entries = triangle_len(rows).map_err(|error| match error {
        Error::Overflow => Error::OutOfMemory,
        other => other,
    })?;
    let mut flat = Vec::new();
    flat.try_reserve_exact(entries)
        .map_err(|_| Error::OutOfMemory)?;
    flat.resize(entries, 0);
    triangle_into(rows, &mut flat)?;
    Ok(flat)
}

/// Writes rows 1..rows into the start of `out` and returns the number of
/// entries written, rows * (rows + 1) / 2; the rest of `out` is left as it
/// was. Allocates nothing.
///
/// # Errors
/// [`Error::BufferTooSmall`] if `out` is shorter (nothing is written;
/// [`triangle_len`] gives the size), [`Error::Overflow`] if the entry count
/// does not fit in `usize`, and [`Error::IncompatibleVersion`].
///
/// ```
/// let mut buffer = vec![0u32; pascal::triangle_len(3)?];
/// assert_eq!(pascal::triangle_into(3, &mut buffer)?, 6);
/// assert_eq!(pascal::triangle_row(&buffer, 3), Some(&[1, 2, 1][..]));
/// # Ok::<(), pascal::Error>(())
/// ```
pub fn triangle_into(rows: usize, out: &mut [u32]) -> Result<usize, Error> {
    crate::check_version()?;
    // SAFETY: `out` is valid for `out.len()` writes; the library writes
    // nothing when the capacity is short.
    let needed = unsafe { sys::pascal_triangle_into(rows, out.as_mut_ptr(), out.len()) };
    if needed == 0 && rows > 0 {
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

/// Row `r` (counted from 1) of a flat triangle as the functions above lay
/// it out: `triangle[r*(r-1)/2 .. r*(r+1)/2]`. `None` for `r = 0` or a row
/// past the end of `triangle`.
///
/// ```
/// let flat = pascal::triangle(5)?;
/// assert_eq!(pascal::triangle_row(&flat, 5), Some(&[1, 4, 6, 4, 1][..]));
/// assert_eq!(pascal::triangle_row(&flat, 6), None);
/// # Ok::<(), pascal::Error>(())
/// ```
pub fn triangle_row(triangle: &[u32], r: usize) -> Option<&[u32]> {
    if r == 0 {
        return None;
    }
    // r * (r - 1) / 2, halving the even factor first so it cannot overflow
    // where the result itself fits.
    let start = if r % 2 == 0 {
        (r / 2).checked_mul(r - 1)?
    } else {
        r.checked_mul((r - 1) / 2)?
    };
    triangle.get(start..start.checked_add(r)?)
}

/// Rows 1..rows in the library's own memory, read through
/// `Deref<Target = [u32]>` (the flat array) or [`Triangle::row`], with no
/// copy; freed by the library when dropped, exactly once. `Send` and `Sync`
/// for the reasons [`crate::Row`] is.
pub struct Triangle {
    array: LibraryArray,
    rows: usize,
}

impl Triangle {
    /// Rows 1..rows, allocated by the library; `rows = 0` gives the empty
    /// triangle.
    ///
    /// # Errors
    /// [`Error::OutOfMemory`] (ENOMEM: the entries cannot be allocated, or
    /// their count overflows), and [`Error::IncompatibleVersion`].
    ///
    /// ```
    /// let triangle = pascal::Triangle::new(3)?;
    /// assert_eq!(*triangle, [1, 1, 1, 1, 2, 1]);
    /// # Ok::<(), pascal::Error>(())
    /// ```
    pub fn new(rows: usize) -> Result<Triangle, Error> {
        let array = LibraryArray::new(rows, sys::pascal_triangle_alloc)?;
        Ok(Triangle { array, rows })
    }

    /// How many rows it holds.
    ///
    /// ```
    /// assert_eq!(pascal::Triangle::new(7)?.rows(), 7);
    /// # Ok::<(), pascal::Error>(())
    /// ```
    pub fn rows(&self) -> usize {
        self.rows
    }

    /// Row `r` (counted from 1), borrowed from the triangle; `None` for
    /// `r = 0` or `r > rows()`.
    ///
    /// ```
    /// let triangle = pascal::Triangle::new(35)?;
    /// assert_eq!(triangle.row(35).unwrap()[17], 2333606220);
    /// assert_eq!(triangle.row(36), None);
    /// # Ok::<(), pascal::Error>(())
    /// ```
    pub fn row(&self, r: usize) -> Option<&[u32]> {
        triangle_row(self, r)
    }
}

impl Deref for Triangle {
    type Target = [u32];

    fn deref(&self) -> &[u32] {
        self.array.as_slice()
    }
}

impl AsRef<[u32]> for Triangle {
    fn as_ref(&self) -> &[u32] {
        self
    }
}

impl fmt::Debug for Triangle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Triangle")
            .field("rows", &self.rows)
            .field("entries", &&**self)
            .finish()
    }
}
