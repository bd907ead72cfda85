//! The promises of `triangle`, `Triangle`, `triangle_into`, `triangle_len`
//! and `triangle_row`: rows 1..rows in one flat array.
mod reference;

use pascal::{triangle, triangle_into, triangle_len, triangle_row, Error, Triangle};
use reference::reference_row;
use std::thread;

const FOUR_ROWS: [u32; 10] = [1, 1, 1, 1, 2, 1, 1, 3, 3, 1];

#[test]
fn a_triangle_holds_rows_1_to_rows_one_after_another() {
    assert_eq!(triangle(4).unwrap(), FOUR_ROWS);
    assert_eq!(*Triangle::new(4).unwrap(), FOUR_ROWS);
    let mut buffer = [0; 10];
    assert_eq!(triangle_into(4, &mut buffer), Ok(10));
    assert_eq!(buffer, FOUR_ROWS);
}

#[test]
fn row_r_of_a_triangle_is_row_r() {
    let rows = 100;
    let flat = triangle(rows).unwrap();
    let view = Triangle::new(rows).unwrap();
    assert_eq!(view.rows(), rows);
    for r in 1..=rows {
        let expected = reference_row(r);
        assert_eq!(triangle_row(&flat, r), Some(expected.as_slice()), "row {r}");
        assert_eq!(view.row(r), Some(expected.as_slice()), "row {r}");
    }
    assert_eq!(view.row(35).unwrap()[17], 2_333_606_220);
}

#[test]
fn there_is_no_row_0_and_no_row_past_the_end() {
    let view = Triangle::new(4).unwrap();
    assert_eq!(view.row(0), None);
    assert_eq!(view.row(5), None);
    assert_eq!(triangle_row(&FOUR_ROWS, 0), None);
    assert_eq!(triangle_row(&FOUR_ROWS, 5), None);
    assert_eq!(triangle_row(&FOUR_ROWS, usize::MAX), None);
}

#[test]
fn zero_rows_is_the_empty_triangle_in_every_model() {
    assert_eq!(triangle(0).unwrap(), Vec::<u32>::new());
    assert!(Triangle::new(0).unwrap().is_empty());
    assert_eq!(triangle_into(0, &mut []), Ok(0));
    assert_eq!(triangle_len(0), Ok(0));
}

#[test]
fn triangle_len_is_rows_times_rows_plus_1_over_2() {
    assert_eq!(triangle_len(4), Ok(10));
    assert_eq!(triangle_len(1000), Ok(500_500));
}

#[test]
fn an_entry_count_past_usize_is_overflow_where_nothing_is_allocated() {
    assert_eq!(triangle_len(usize::MAX), Err(Error::Overflow));
    assert_eq!(triangle_into(usize::MAX, &mut []), Err(Error::Overflow));
}

#[test]
fn a_triangle_too_large_to_allocate_is_out_of_memory() {
    for rows in [1usize << 62, usize::MAX] {
        assert_eq!(triangle(rows), Err(Error::OutOfMemory), "{rows} rows");
        assert_eq!(
            Triangle::new(rows).err(),
            Some(Error::OutOfMemory),
            "{rows} rows"
        );
    }
}

#[test]
fn triangle_into_a_buffer_too_small_is_an_error_and_writes_nothing() {
    let mut buffer = [u32::MAX; 9];
    assert_eq!(
        triangle_into(4, &mut buffer),
        Err(Error::BufferTooSmall {
            needed: 10,
            capacity: 9
        })
    );
    assert_eq!(buffer, [u32::MAX; 9]);
}

#[test]
fn a_triangle_view_can_be_read_and_dropped_on_other_threads() {
    let view = Triangle::new(40).unwrap();
    thread::scope(|scope| {
        let reader = scope.spawn(|| view.row(35).unwrap()[17]);
        assert_eq!(reader.join().unwrap(), 2_333_606_220);
    });
    let rows = thread::spawn(move || view.rows());
    assert_eq!(rows.join().unwrap(), 40);
}
