//! The hand-written declarations against the header they were written
//! from (pascal.h in the directories the build script found), without
//! bindgen: every PASCAL_EXPORT prototype, translated to a Rust function
//! type, must equal the type its declaration here coerces to; the struct
//! must have the header's fields, in order, at C's offsets; the constants
//! must match the header's macros.
use libpascal_sys as sys;
use std::collections::BTreeMap;
use std::mem::{align_of, size_of};
use std::path::PathBuf;
use std::{env, fs};

/// pascal.h and pascal_version.h, read from the include directories.
fn header(name: &str) -> String {
    let dirs = env!("LIBPASCAL_INCLUDE_DIRS");
    for dir in env::split_paths(dirs) {
        let path: PathBuf = dir.join("pascal").join(name);
        if let Ok(text) = fs::read_to_string(&path) {
            return text;
        }
    }
    panic!("pascal/{name} is in none of [{dirs}]: set LIBPASCAL_INCLUDE_DIR");
}

/// A C type as Rust spells it: the subset pascal.h uses.
fn rust_type(c: &str) -> String {
    let c = c.trim();
    if let Some(pointee) = c.strip_suffix('*') {
        let pointee = pointee.trim();
        return match pointee.strip_prefix("const ") {
            Some(inner) => format!("*const {}", rust_type(inner)),
            None => format!("*mut {}", rust_type(pointee)),
        };
    }
    match c {
        "uint32_t" => "u32",
        "uint64_t" => "u64",
        "size_t" => "usize",
        "int" => "c_int",
        "char" => "c_char",
        "pascal_array" => "pascal_array",
        other => panic!("the test knows no Rust spelling for the C type {other:?}"),
    }
    .to_string()
}

/// "size_t* size_out" -> "*mut usize": the parameter's type, name dropped.
fn parameter_type(parameter: &str) -> String {
    let parameter = parameter.trim();
    let name_start = parameter
        .rfind(|c: char| !(c.is_alphanumeric() || c == '_'))
        .expect("a parameter has a type and a name");
    rust_type(&parameter[..=name_start])
}

/// name -> `unsafe extern "C" fn(...) -> ...` for every exported function.
fn header_functions() -> BTreeMap<String, String> {
    let text = header("pascal.h");
    let mut functions = BTreeMap::new();
    for line in text.lines().filter(|l| l.starts_with("PASCAL_EXPORT ")) {
        let prototype = line["PASCAL_EXPORT ".len()..].trim_end_matches(" PASCAL_NOEXCEPT;");
        let open = prototype.find('(').unwrap();
        let head = &prototype[..open];
        let name_start = head
            .rfind(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap()
            + 1;
        let name = &head[name_start..];
        let parameters = prototype[open + 1..].trim_end_matches(')');
        let parameters: Vec<String> = match parameters {
            "void" => Vec::new(),
            list => list.split(',').map(parameter_type).collect(),
        };
        let result = match head[..name_start].trim() {
            "void" => String::new(),
            c => format!(" -> {}", rust_type(c)),
        };
        let signature = format!(
            "unsafe extern \"C\" fn({}){}",
            parameters.join(", "),
            result
        );
        functions.insert(name.to_string(), signature);
    }
    functions
}

/// name -> the function type its declaration coerces to. The coercion is the
/// compiler's check that the declaration has that type; `stringify!` gives
/// the same type as text to compare with the header.
macro_rules! declared {
    ($($name:ident: $type:ty;)*) => {{
        use std::ffi::{c_char, c_int};
        #[allow(unused_imports)]
        use sys::pascal_array;
        let mut declared = BTreeMap::new();
        $(
            let _coerces: $type = sys::$name;
            let text = stringify!($type).split_whitespace().collect::<Vec<_>>().join(" ");
            declared.insert(stringify!($name).to_string(), text.replace("* ", "*"));
        )*
        declared
    }};
}

#[test]
fn every_header_function_is_declared_with_the_headers_types() {
    let declared = declared! {
        pascal_version_number: unsafe extern "C" fn() -> u32;
        pascal_version_string: unsafe extern "C" fn() -> *const c_char;
        pascal_row_exact_max: unsafe extern "C" fn() -> usize;
        pascal_row: unsafe extern "C" fn(usize, *mut usize) -> *mut u32;
        deallocate_vec: unsafe extern "C" fn(*mut u32, usize);
        pascal_row_into: unsafe extern "C" fn(usize, *mut u32, usize) -> usize;
        pascal_triangle: unsafe extern "C" fn(usize, *mut usize) -> *mut u32;
        pascal_triangle_into: unsafe extern "C" fn(usize, *mut u32, usize) -> usize;
        pascal_row_alloc: unsafe extern "C" fn(usize, *mut pascal_array) -> c_int;
        pascal_triangle_alloc: unsafe extern "C" fn(usize, *mut pascal_array) -> c_int;
        pascal_array_free: unsafe extern "C" fn(*mut pascal_array);
        pascal_entry: unsafe extern "C" fn(u64, u64, *mut u32) -> c_int;
        pascal_row_range: unsafe extern "C" fn(u64, u64, *mut u32, usize) -> usize;
    };
    assert_eq!(declared, header_functions());
}

#[test]
fn pascal_array_has_the_headers_fields_at_c_offsets() {
    let text = header("pascal.h");
    let start = text
        .find("typedef struct pascal_array {")
        .expect("the struct in pascal.h");
    let body = &text[start..start + text[start..].find('}').unwrap()];
    let fields: Vec<&str> = body.lines().skip(1).map(str::trim).collect();
    assert_eq!(fields, ["uint32_t* data;", "size_t size;"]);

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
