package dev.libpascal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.foreign.MemorySegment;
import org.junit.jupiter.api.Test;

/** The codes the library returns, as exceptions. ENOMEM and EOVERFLOW come
 *  through the public API (RowViewTest, TriangleTest); EINVAL only from a
 *  NULL the public API never passes, so it is provoked here directly. */
class ErrorsTest {
    @Test
    void einvalFromTheLibraryIsAPascalExceptionInvalidArgument() {
        int code = NativeLibrary.get().rowAlloc(1, MemorySegment.NULL);
        assertEquals(Errno.EINVAL, code);
        PascalException error = assertThrows(PascalException.class, () -> Errno.check("pascal_row_alloc(1, NULL)", code));
        assertEquals(PascalException.Reason.INVALID_ARGUMENT, error.reason());
        assertEquals("pascal_row_alloc(1, NULL) failed: EINVAL (errno 22)", error.getMessage());
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
