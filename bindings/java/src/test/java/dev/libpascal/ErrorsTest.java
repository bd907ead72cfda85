package dev.libpascal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.foreign.MemorySegment;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one error table (Errno): each code the library reports, as the exception it documents. */
class ErrorsTest {
    @Test
    void eachOfTheLibrarysFourCodesReachesTheCallerAsItsException() {
        // EINVAL needs a NULL buffer, which the public API never passes: provoked
        // one layer down, through the errno pascal_row_range sets.
        PascalException einval = assertThrows(PascalException.class,
                () -> NativeLibrary.get().rowRange(10, 0, MemorySegment.NULL, 1));
        assertEquals(PascalException.Reason.INVALID_ARGUMENT, einval.reason());
        assertEquals(Errno.EINVAL, einval.errno());

        PascalOutOfMemoryError enomem = assertThrows(PascalOutOfMemoryError.class, () -> Pascal.rowView(1L << 62));
        assertInstanceOf(OutOfMemoryError.class, enomem);
        assertEquals(Errno.ENOMEM, enomem.errno());

        PascalException eoverflow = assertThrows(PascalException.class, () -> Pascal.triangleSize(1L << 62));
        assertEquals(PascalException.Reason.OVERFLOW, eoverflow.reason());
        assertEquals(Errno.EOVERFLOW, eoverflow.errno());

        PascalIndexOutOfBoundsException edom =
                assertThrows(PascalIndexOutOfBoundsException.class, () -> Pascal.entry(5, 5));
        assertInstanceOf(IndexOutOfBoundsException.class, edom);
        assertEquals(Errno.EDOM, edom.errno());
    }

    @Test
    void edomFromTheLibraryItselfIsAPascalIndexOutOfBoundsException() {
        // One layer down, past the package's checks: pascal_entry returns the
        // code, pascal_row_range sets errno; both are the exception Pascal throws.
        PascalIndexOutOfBoundsException entry =
                assertThrows(PascalIndexOutOfBoundsException.class, () -> NativeLibrary.get().entry(5, 5));
        assertEquals("pascal_entry(5, 5) failed: EDOM (errno 33): not in the row", entry.getMessage());
        assertEquals(Errno.EDOM, entry.errno());
        int[] out = new int[6];
        PascalIndexOutOfBoundsException range = assertThrows(PascalIndexOutOfBoundsException.class,
                () -> NativeLibrary.get().rowRange(10, 5, MemorySegment.ofArray(out), 6));
        assertEquals("pascal_row_range(10, 5, 6) failed: EDOM (errno 33): not in the row", range.getMessage());
    }

    @Test
    void einvalFromTheLibraryIsAPascalExceptionInvalidArgument() {
        int code = NativeLibrary.get().rowAlloc(1, MemorySegment.NULL);
        assertEquals(Errno.EINVAL, code);
        PascalException error = assertThrows(PascalException.class, () -> Errno.check("pascal_row_alloc(1, NULL)", code));
        assertEquals(PascalException.Reason.INVALID_ARGUMENT, error.reason());
        assertEquals("pascal_row_alloc(1, NULL) failed: EINVAL (errno 22)", error.getMessage());
    }

    @Test
    void everyCodeTheHeaderListsHasItsOwnException() throws ReflectiveOperationException {
        assertFalse(Declarations.ERRORS.isEmpty());
        for (List<String> documented : Declarations.ERRORS) {
            String name = documented.get(0);
            // Errno's constant of that name: missing, the reflection fails the test.
            int code = Errno.class.getDeclaredField(name).getInt(null);
            assertEquals(name, Errno.name(code));
            Throwable thrown = assertThrows(Throwable.class, () -> Errno.check("call", code));
            if (thrown instanceof PascalException e) {
                assertNotEquals(PascalException.Reason.UNKNOWN, e.reason(), name);
            }
        }
    }

    @Test
    void anUndocumentedCodeIsAPascalExceptionUnknown() {
        PascalException error = assertThrows(PascalException.class, () -> Errno.check("call", 5));
        assertEquals(PascalException.Reason.UNKNOWN, error.reason());
        assertEquals(5, error.errno());
    }

    @Test
    void zeroIsSuccess() {
        Errno.check("call", 0);
    }
}
