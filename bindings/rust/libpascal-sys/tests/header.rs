//! What src/declarations.rs (generated from the header's declarations, and
//! checked for staleness by the CTest test api.generated_files_are_fresh)
//! cannot say: the struct at C's offsets, and the hand-written constants
//! against the header's macros (pascal.h in the directories the build
//! script found, or the bundled libpascal.h).
use libpascal_sys as sys;
use std::mem::{align_of, size_of};
use std::path::PathBuf;
use std::{env, fs};

/// pascal.h or pascal_version.h, read from the include directories: a
/// system libpascal's `pascal/<name>`, or the bundled build's libpascal.h,
/// which holds both.
fn header(name: &str) -> String {
    let dirs = env!("LIBPASCAL_INCLUDE_DIRS");
    for dir in env::split_paths(dirs) {
        let paths: [PathBuf; 2] = [dir.join("pascal").join(name), dir.join("libpascal.h")];
        if let Some(text) = paths.iter().find_map(|path| fs::read_to_string(path).ok()) {
            return text;
        }
    }
    panic!("pascal/{name} is in none of [{dirs}]: set LIBPASCAL_INCLUDE_DIR");
}

#[test]
fn pascal_array_has_c_s_layout() {
    // C lays {uint32_t*, size_t} out as two pointer-sized words, in order.
    let array = sys::pascal_array::default();
    let base = std::ptr::addr_of!(array) as usize;
    assert_eq!(std::ptr::addr_of!(array.data) as usize - base, 0);
    assert_eq!(
        std::ptr::addr_of!(array.size) as usize - base,
        size_of::<*mut u32>()
    );
    assert_eq!(size_of::<sys::pascal_array>(), 2 * size_of::<usize>());
    assert_eq!(align_of::<sys::pascal_array>(), align_of::<usize>());
}

#[test]
fn the_default_pascal_array_is_the_zeroed_one() {
    let array = sys::pascal_array::default();
    assert!(array.data.is_null());
    assert_eq!(array.size, 0);
}

/// The value of `#define NAME value` in a header.
fn macro_value(text: &str, name: &str) -> String {
    let prefix = format!("#define {name} ");
    let line = text.lines().find(|l| l.starts_with(&prefix)).expect(name);
    line[prefix.len()..].trim().to_string()
}

#[test]
fn the_constants_match_the_headers_macros() {
    let exact_max = macro_value(&header("pascal.h"), "PASCAL_ROW_EXACT_MAX");
    assert_eq!(exact_max, sys::PASCAL_ROW_EXACT_MAX.to_string());
    let major = macro_value(&header("pascal_version.h"), "PASCAL_VERSION_MAJOR");
    assert_eq!(major, sys::PASCAL_VERSION_MAJOR.to_string());
}

#[test]
fn the_library_linked_agrees_with_the_constants() {
    // SAFETY: both functions take nothing and cannot fail.
    let (exact_max, number) =
        unsafe { (sys::pascal_row_exact_max(), sys::pascal_version_number()) };
    assert_eq!(exact_max, sys::PASCAL_ROW_EXACT_MAX);
    assert_eq!(number / 10000, sys::PASCAL_VERSION_MAJOR);
}
