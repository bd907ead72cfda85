//! The promises of `Error`: a std error that says what went wrong, with one
//! variant for each code the library reports.
use pascal::Error;

#[test]
fn errors_are_std_errors_usable_with_question_mark() {
    fn huge() -> Result<Vec<u32>, Box<dyn std::error::Error>> {
        Ok(pascal::row(1 << 62)?)
    }
    let error = huge().unwrap_err();
    assert_eq!(error.to_string(), "libpascal: out of memory (ENOMEM)");
    assert_eq!(error.downcast_ref::<Error>(), Some(&Error::OutOfMemory));
}

/// The library's codes, provoked through the public API. EDOM is found
/// before the call here; EINVAL (a NULL pointer) the safe API cannot
/// provoke at all. src/error.rs provokes both in C itself, through
/// libpascal-sys, and maps them with the table these calls use.
#[test]
fn each_code_the_library_reports_arrives_as_its_variant() {
    // ENOMEM from pascal_row_alloc.
    assert_eq!(pascal::Row::new(usize::MAX).err(), Some(Error::OutOfMemory));
    // EOVERFLOW from pascal_triangle_into.
    assert_eq!(pascal::triangle_len(usize::MAX), Err(Error::Overflow));
    // EDOM's conditions: k >= n, and a range leaving the row.
    assert!(matches!(pascal::entry(5, 5), Err(Error::OutsideRow { .. })));
    assert!(matches!(
        pascal::row_range_into(5, 3, &mut [0; 3]),
        Err(Error::OutsideRow { .. })
    ));
}

#[test]
fn the_four_library_errors_are_told_apart() {
    let messages = [
        Error::InvalidArgument.to_string(),
        Error::OutOfMemory.to_string(),
        Error::Overflow.to_string(),
        Error::OutsideRow {
            n: 5,
            k0: 5,
            count: 1,
        }
        .to_string(),
    ];
    for (i, message) in messages.iter().enumerate() {
        assert!(!messages[..i].contains(message), "{message}");
    }
}
