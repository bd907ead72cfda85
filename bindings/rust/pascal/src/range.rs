//! Any entry, and any range of any row below 2^64, without the row: the
//! library finds the first entry in O(log^2 n) and continues at the row
//! kernel's speed. Row and entry indices are `u64`, as in C, also where
//! `usize` has 32 bits; the memory is always Rust's (a Vec or the caller's
//! slice, which the library only fills), so nothing here is freed by it.
use crate::Error;
use libpascal_sys as sys;

/// Entry `k` of row `n` (counted from 1), C(n-1, k) mod 2^32, for any
/// `k < n`; it may be 0 (C(n-1, k) is a multiple of 2^32 for many entries of
/// large rows). Allocates nothing.
///
/// # Errors
/// [`Error::OutsideRow`] (with `count` 1) if `k >= n`: row `n` has the
/// indices 0..n, row 0 none. It is found before the call, and is also what
/// the library's EDOM becomes. And [`Error::IncompatibleVersion`].
///
/// ```
/// assert_eq!(pascal::entry(35, 17)?, 2333606220);
/// assert_eq!(pascal::entry(u64::MAX, 0)?, 1);
/// assert_eq!(
///     pascal::entry(5, 5),
///     Err(pascal::Error::OutsideRow { n: 5, k0: 5, count: 1 })
/// );
/// # Ok::<(), pascal::Error>(())
/// ```
pub fn entry(n: u64, k: u64) -> Result<u32, Error> {
    crate::check_version()?;
    in_row(n, k, 1)?;
    let mut value = 0;
    // SAFETY: `value` is a live u32 for the library to write.
    match unsafe { sys::pascal_entry(n, k, &mut value) } {
        0 => Ok(value),
        code => Err(Error::from_code(code, Some((n, k, 1)))),
    }
}

/// Entries `k0 .. k0 + count` of row `n` in a new `Vec` (Rust's: the library
/// fills it in place and allocates nothing), in O(log^2 n + count).
///
/// # Errors
/// [`Error::OutsideRow`] if `k0 + count > n` (found before anything is
/// reserved, so a huge `count` outside the row is this error, not
/// `OutOfMemory`); [`Error::OutOfMemory`] if the Vec cannot reserve `count`
/// entries; and [`Error::IncompatibleVersion`].
///
/// ```
/// assert_eq!(pascal::row_range(10, 3, 4)?, [84, 126, 126, 84]);
/// assert_eq!(
///     pascal::row_range(10, 8, 3),
///     Err(pascal::Error::OutsideRow { n: 10, k0: 8, count: 3 })
/// );
/// # Ok::<(), pascal::Error>(())
/// ```
pub fn row_range(n: u64, k0: u64, count: usize) -> Result<Vec<u32>, Error> {
    crate::check_version()?;
    in_row(n, k0, count)?;
    let mut entries = Vec::new();
    entries
        .try_reserve_exact(count)
        .map_err(|_| Error::OutOfMemory)?;
    entries.resize(count, 0);
    row_range_into(n, k0, &mut entries)?;
    Ok(entries)
}

/// Writes entries `k0 .. k0 + out.len()` of row `n` into `out`, all of it,
/// and returns `out.len()`. The range is the slice's own length, so no
/// buffer is too small for it. Allocates nothing; you own `out`.
///
/// # Errors
/// [`Error::OutsideRow`] if `k0 + out.len() > n` (found before the call;
/// nothing is written), and [`Error::IncompatibleVersion`].
///
/// ```
/// let mut buffer = [0u32; 3];
/// assert_eq!(pascal::row_range_into(u64::MAX, 0, &mut buffer)?, 3);
/// assert_eq!(buffer[0], 1);
/// # Ok::<(), pascal::Error>(())
/// ```
pub fn row_range_into(n: u64, k0: u64, out: &mut [u32]) -> Result<usize, Error> {
    crate::check_version()?;
    let count = out.len();
    in_row(n, k0, count)?;
    // SAFETY: `out` is valid for `count` writes (an empty slice's pointer is
    // dangling but non-null, and the library writes nothing for count 0).
    let written = unsafe { sys::pascal_row_range(n, k0, out.as_mut_ptr(), count) };
    if written != count {
        return Err(Error::last_errno(Some((n, k0, count))));
    }
    Ok(count)
}

/// Ok if the `count` entries from index `k0` are all in row `n`
/// (k0 + count <= n, without overflow): the library's EDOM, found first so
/// that its errno need not be read.
fn in_row(n: u64, k0: u64, count: usize) -> Result<(), Error> {
    let fits = u64::try_from(count)
        .ok()
        .and_then(|count| k0.checked_add(count))
        .is_some_and(|end| end <= n);
    if fits {
        Ok(())
    } else {
        Err(Error::OutsideRow { n, k0, count })
    }
}
