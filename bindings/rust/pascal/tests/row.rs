//! The promises of `row`, `Row` and `row_into`: one row in each ownership model.
mod reference;

use pascal::{row, row_into, Error, Row};
use reference::reference_row;
use std::thread;

const HUGE: usize = 1 << 62;

#[test]
fn row_n_holds_the_binomial_coefficients_of_n_minus_1() {
    assert_eq!(row(1).unwrap(), [1]);
    assert_eq!(row(5).unwrap(), [1, 4, 6, 4, 1]);
    assert_eq!(row(10).unwrap(), [1, 9, 36, 84, 126, 126, 84, 36, 9, 1]);
}

#[test]
fn entries_past_2_pow_31_read_unsigned() {
    assert_eq!(row(35).unwrap()[17], 2_333_606_220);
    assert_eq!(Row::new(35).unwrap()[17], 2_333_606_220);
}

#[test]
fn rows_past_the_exact_limit_wrap_as_u32_arithmetic() {
    for n in [pascal::ROW_EXACT_MAX, 36, 100, 1000] {
        assert_eq!(row(n).unwrap(), reference_row(n), "row {n}");
    }
}

#[test]
fn row_zero_is_the_empty_row_in_every_model() {
    assert_eq!(row(0).unwrap(), Vec::<u32>::new());
    assert!(Row::new(0).unwrap().is_empty());
    assert_eq!(row_into(0, &mut []), Ok(0));
}

#[test]
fn a_row_too_large_to_allocate_is_out_of_memory_not_an_abort() {
    assert_eq!(row(HUGE), Err(Error::OutOfMemory));
    assert_eq!(Row::new(HUGE).err(), Some(Error::OutOfMemory));
    assert_eq!(Row::new(usize::MAX).err(), Some(Error::OutOfMemory));
}

#[test]
fn a_row_view_reads_the_same_entries_as_the_copy() {
    for n in [1, 2, 17, 35, 300] {
        let view = Row::new(n).unwrap();
        assert_eq!(view.len(), n);
        assert_eq!(&*view, row(n).unwrap().as_slice());
        assert_eq!(view.as_ref(), &view[..]);
    }
}

#[test]
fn a_row_view_shows_its_entries_when_debug_printed() {
    assert_eq!(format!("{:?}", Row::new(3).unwrap()), "Row([1, 2, 1])");
}

#[test]
fn a_row_view_can_be_read_and_dropped_on_other_threads() {
    let view = Row::new(35).unwrap();
    // Sync: two threads read one view at once.
    thread::scope(|scope| {
        let readers: Vec<_> = (0..2).map(|_| scope.spawn(|| view[17])).collect();
        for reader in readers {
            assert_eq!(reader.join().unwrap(), 2_333_606_220);
        }
    });
    // Send: the library frees it on another thread (valgrind checks the free).
    let sum = thread::spawn(move || view.iter().map(|&e| u64::from(e)).sum::<u64>());
    assert_eq!(sum.join().unwrap(), 1 << 34);
}

#[test]
fn row_into_fills_the_start_of_the_buffer_and_returns_n() {
    let mut buffer = [u32::MAX; 8];
    assert_eq!(row_into(5, &mut buffer), Ok(5));
    assert_eq!(buffer, [1, 4, 6, 4, 1, u32::MAX, u32::MAX, u32::MAX]);
}

#[test]
fn row_into_a_buffer_too_small_is_an_error_and_writes_nothing() {
    let mut buffer = [u32::MAX; 4];
    assert_eq!(
        row_into(5, &mut buffer),
        Err(Error::BufferTooSmall {
            needed: 5,
            capacity: 4
        })
    );
    assert_eq!(buffer, [u32::MAX; 4]);
    assert_eq!(
        row_into(HUGE, &mut []),
        Err(Error::BufferTooSmall {
            needed: HUGE,
            capacity: 0
        })
    );
}
