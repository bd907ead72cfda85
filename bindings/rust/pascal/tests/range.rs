//! The promises of `entry`, `row_range` and `row_range_into`: any entry or
//! range of any row below 2^64, without the row.
mod binomial;

use binomial::binomial_mod_2_32;
use pascal::{entry, row, row_range, row_range_into, Error};

/// Rows past u32, around 2^63 (where i64 ends), up to the last u64, and
/// one in between with no pattern in its bits.
const HUGE_ROWS: [u64; 7] = [
    (1 << 32) + 1,
    (1 << 63) - 1,
    1 << 63,
    (1 << 63) + 1,
    0x9E37_79B9_7F4A_7C15,
    u64::MAX - 1,
    u64::MAX,
];

#[test]
fn entry_k_of_row_n_is_c_n_minus_1_k_mod_2_32() {
    for n in 1..=100 {
        for k in 0..n {
            let expected = binomial_mod_2_32(n - 1, k);
            assert_eq!(entry(n, k), Ok(expected), "entry {k} of row {n}");
        }
    }
    assert_eq!(entry(35, 17), Ok(2_333_606_220));
}

#[test]
fn entries_of_rows_near_2_pow_63_and_2_pow_64_are_c_n_minus_1_k_mod_2_32() {
    for n in HUGE_ROWS {
        for k in 0..70 {
            let expected = binomial_mod_2_32(n - 1, k);
            assert_eq!(entry(n, k), Ok(expected), "entry {k} of row {n}");
        }
    }
}

#[test]
fn entry_k_equals_entry_n_minus_1_minus_k() {
    for n in HUGE_ROWS.into_iter().chain([1, 2, 35, 36, 1000]) {
        for k in (0..40).filter(|&k| k < n) {
            assert_eq!(entry(n, k), entry(n, n - 1 - k), "entry {k} of row {n}");
        }
    }
}

#[test]
fn an_entry_outside_its_row_is_outside_row_naming_it() {
    for (n, k) in [(0, 0), (5, 5), (5, 6), (1, u64::MAX), (u64::MAX, u64::MAX)] {
        assert_eq!(
            entry(n, k),
            Err(Error::OutsideRow { n, k0: k, count: 1 }),
            "entry {k} of row {n}"
        );
    }
    assert_eq!(
        entry(5, 5).unwrap_err().to_string(),
        "libpascal: entry 5 is not in row 5, which has 5 entries (EDOM)"
    );
}

#[test]
fn a_range_is_the_same_slice_of_the_row() {
    for n in [1usize, 2, 35, 36, 1000, 10_000] {
        let whole = row(n).unwrap();
        for (k0, count) in [
            (0, n),
            (0, 1),
            (n - 1, 1),
            (n / 3, n / 2),
            (n / 2, n - n / 2),
        ] {
            let expected = &whole[k0..k0 + count];
            let (row_n, start) = (n as u64, k0 as u64);
            assert_eq!(
                row_range(row_n, start, count).unwrap(),
                expected,
                "row {n} from {k0}"
            );
            let mut buffer = vec![u32::MAX; count];
            assert_eq!(row_range_into(row_n, start, &mut buffer), Ok(count));
            assert_eq!(buffer, expected, "row {n} from {k0}");
        }
    }
}

#[test]
fn a_range_of_a_huge_row_holds_its_entries() {
    for n in HUGE_ROWS {
        for k0 in [0, n / 2, n - 100] {
            let expected: Vec<u32> = (k0..k0 + 100).map(|k| entry(n, k).unwrap()).collect();
            assert_eq!(
                row_range(n, k0, 100).unwrap(),
                expected,
                "row {n} from {k0}"
            );
        }
    }
}

#[test]
fn row_range_into_fills_the_whole_buffer_and_returns_its_length() {
    let mut buffer = [u32::MAX; 4];
    assert_eq!(row_range_into(10, 3, &mut buffer), Ok(4));
    assert_eq!(buffer, [84, 126, 126, 84]);
}

#[test]
fn an_empty_range_is_empty_up_to_the_end_of_the_row() {
    assert_eq!(row_range(5, 0, 0), Ok(vec![]));
    assert_eq!(row_range(5, 5, 0), Ok(vec![]));
    assert_eq!(row_range(0, 0, 0), Ok(vec![]));
    assert_eq!(row_range_into(u64::MAX, u64::MAX, &mut []), Ok(0));
}

#[test]
fn a_range_leaving_the_row_is_outside_row_and_writes_nothing() {
    for (n, k0, count) in [
        (5, 3, 3),
        (5, 6, 0),
        (0, 0, 1),
        (u64::MAX, u64::MAX, 2),
        (5, 0, usize::MAX),
    ] {
        let outside = Err(Error::OutsideRow { n, k0, count });
        assert_eq!(
            row_range(n, k0, count),
            outside,
            "{count} from {k0} of row {n}"
        );
    }
    let mut buffer = [u32::MAX; 3];
    assert_eq!(
        row_range_into(5, 3, &mut buffer),
        Err(Error::OutsideRow {
            n: 5,
            k0: 3,
            count: 3
        })
    );
    assert_eq!(buffer, [u32::MAX; 3]);
}

#[test]
fn a_range_outside_the_row_names_it() {
    let message = |n, k0, count| row_range(n, k0, count).unwrap_err().to_string();
    assert_eq!(
        message(5, 3, 3),
        "libpascal: the 3 entries from index 3 are not all in row 5, which has 5 entries (EDOM)"
    );
    assert_eq!(
        message(5, 6, 0),
        "libpascal: index 6 is past the end of row 5, which has 5 entries (EDOM)"
    );
}

#[test]
fn a_range_too_large_to_reserve_is_out_of_memory() {
    assert_eq!(
        row_range(u64::MAX, 0, usize::MAX / 2),
        Err(Error::OutOfMemory)
    );
}
