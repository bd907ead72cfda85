! libpascal from Fortran: print row 10 and entry 17 of row 35.
!
! Gotchas: the interface block below is the binding (bind(C), n passed by
! value, size_t is integer(c_size_t)); the executable finds libpascal.so.1
! through the rpath CMake links it with. Fortran has no unsigned integers:
! a uint32_t entry arrives as integer(c_int32_t), where 2333606220 reads as
! -1961361076, so entries are widened to 64 bits and masked before printing.
! The row is C memory seen through c_f_pointer: it goes back through
! deallocate_vec, never through deallocate. Arrays count from 1 here, so
! C's entry 17 is entries(18).
program print_rows
    use, intrinsic :: iso_c_binding, only: c_ptr, c_size_t, c_int32_t, c_int64_t, &
        c_associated, c_f_pointer
    implicit none

    interface
        function pascal_row(n, size_out) bind(C, name="pascal_row") result(row)
            import :: c_ptr, c_size_t
            integer(c_size_t), value :: n
            integer(c_size_t), intent(out) :: size_out
            type(c_ptr) :: row
        end function pascal_row

        subroutine deallocate_vec(row, length) bind(C, name="deallocate_vec")
            import :: c_ptr, c_size_t
            type(c_ptr), value :: row
            integer(c_size_t), value :: length
        end subroutine deallocate_vec
    end interface

    integer(c_int64_t), parameter :: low_32_bits = 2_c_int64_t**32 - 1
    integer(c_int32_t), pointer :: entries(:)
    type(c_ptr) :: row
    integer(c_size_t) :: row_size
    integer :: k

    row = pascal_row(10_c_size_t, row_size)
    if (.not. c_associated(row)) error stop "pascal_row(10) failed"
    call c_f_pointer(row, entries, [row_size])
    write (*, '(a)', advance='no') 'pascal_row(10):'
    do k = 1, size(entries)
        write (*, '(1x, i0)', advance='no') as_unsigned(entries(k))
    end do
    write (*, '(a)') ''
    call deallocate_vec(row, row_size)

    row = pascal_row(35_c_size_t, row_size)
    if (.not. c_associated(row)) error stop "pascal_row(35) failed"
    call c_f_pointer(row, entries, [row_size])
    write (*, '(a, i0)') 'pascal_row(35)[17]: ', as_unsigned(entries(18))
    call deallocate_vec(row, row_size)

contains

    elemental function as_unsigned(entry) result(value)
        integer(c_int32_t), intent(in) :: entry
        integer(c_int64_t) :: value
        value = iand(int(entry, c_int64_t), low_32_bits)
    end function as_unsigned

end program print_rows
