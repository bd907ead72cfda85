package dev.libpascal;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Rows 1..r in one array, in the same three forms as a row. */
class TriangleTest {
    @Test
    void aTriangleHoldsRows1ToROneAfterAnother() {
        assertArrayEquals(Expected.triangle(40), Pascal.triangle(40));
    }

    @Test
    void triangleSizeIsRowsTimesRowsPlusOneOverTwo() {
        assertEquals(0, Pascal.triangleSize(0));
        assertEquals(820, Pascal.triangleSize(40));
        assertEquals((1L << 30) * ((1L << 31) + 1), Pascal.triangleSize(1L << 31));
    }

    @Test
    void anEntryCountPastALongIsAnArithmeticException() {
        // 2^32 rows: 2^63 + 2^31 entries, a size_t but not a long.
        ArithmeticException size = assertThrows(ArithmeticException.class, () -> Pascal.triangleSize(1L << 32));
        assertTrue(size.getMessage().contains("9223372039002259456"), size.getMessage());
        assertThrows(ArithmeticException.class, () -> Pascal.triangle(1L << 32));
        assertThrows(ArithmeticException.class, () -> Pascal.triangleInto(1L << 32, new int[1]));
    }

    @Test
    void anEntryCountPastSizeTIsAPascalExceptionOverflow() {
        PascalException size = assertThrows(PascalException.class, () -> Pascal.triangleSize(1L << 62));
        assertEquals(PascalException.Reason.OVERFLOW, size.reason());
        assertEquals(Errno.EOVERFLOW, size.errno());
        PascalException copy = assertThrows(PascalException.class, () -> Pascal.triangle(1L << 62));
        assertEquals(PascalException.Reason.OVERFLOW, copy.reason());
        assertThrows(PascalException.class, () -> Pascal.triangleInto(1L << 62, new int[1]));
    }

    @Test
    void aTriangleViewOf2To62RowsIsAPascalOutOfMemoryError() {
        // pascal_triangle_alloc documents ENOMEM for a count that overflows.
        PascalOutOfMemoryError error = assertThrows(PascalOutOfMemoryError.class, () -> Pascal.triangleView(1L << 62));
        assertEquals(Errno.ENOMEM, error.errno());
    }

    @Test
    void aTriangleViewReadsEachRowInPlace() {
        try (Triangle triangle = Pascal.triangleView(35)) {
            assertEquals(35, triangle.rows());
            assertEquals(630, triangle.size());
            assertEquals(2333606220L, triangle.get(35, 17));
            MemorySegment row35 = triangle.row(35);
            assertEquals(35L * Integer.BYTES, row35.byteSize());
            assertEquals(2333606220L, Integer.toUnsignedLong(row35.getAtIndex(JAVA_INT, 17)));
            assertThrows(IndexOutOfBoundsException.class, () -> triangle.row(36));
            assertThrows(IndexOutOfBoundsException.class, () -> triangle.get(3, 3));
        }
    }

    @Test
    void readingAClosedTriangleThrowsIllegalStateException() {
        Triangle triangle = Pascal.triangleView(5);
        MemorySegment row5 = triangle.row(5);
        triangle.close();
        assertThrows(IllegalStateException.class, () -> triangle.get(5, 0));
        assertThrows(IllegalStateException.class, () -> row5.getAtIndex(JAVA_INT, 0));
    }

    @Test
    void closingATriangleFreesItsArrayThroughTheLibrary() {
        long rows = 11586; // 67,124,691 entries: 256 MiB
        long before = MappedMemory.bytes();
        Triangle triangle = Pascal.triangleView(rows);
        assertTrue(MappedMemory.bytes() - before >= MappedMemory.BIG_ROW_BYTES, "the library allocated the triangle");
        triangle.close();
        triangle.close();
        assertTrue(MappedMemory.bytes() - before < MappedMemory.BIG_ROW_BYTES / 2, "close() freed it");
    }

    @Test
    void aTriangleSegmentLivesAsLongAsItsArena() {
        MemorySegment triangle;
        try (Arena arena = Arena.ofConfined()) {
            triangle = Pascal.triangleSegment(6, arena);
            assertEquals(21L * Integer.BYTES, triangle.byteSize());
            assertArrayEquals(Expected.triangle(6),
                    Arrays.stream(triangle.toArray(JAVA_INT)).mapToLong(Integer::toUnsignedLong).toArray());
        }
        assertThrows(IllegalStateException.class, () -> triangle.getAtIndex(JAVA_INT, 0));
    }

    @Test
    void triangleIntoFillsACallerOwnedBuffer() {
        int[] array = new int[630];
        assertEquals(630, Pascal.triangleInto(35, array));
        assertEquals(2333606220L, Integer.toUnsignedLong(array[(int) Triangle.offset(35) + 17]));
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment segment = arena.allocate(JAVA_INT, 21);
            assertEquals(21, Pascal.triangleInto(6, segment));
            assertArrayEquals(Expected.triangle(6),
                    Arrays.stream(segment.toArray(JAVA_INT)).mapToLong(Integer::toUnsignedLong).toArray());
        }
    }

    @Test
    void aTriangleBufferTooSmallIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Pascal.triangleInto(6, new int[20]));
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment segment = arena.allocate(JAVA_INT, 20);
            assertThrows(IllegalArgumentException.class, () -> Pascal.triangleInto(6, segment));
        }
    }

    @Test
    void rowROfATriangleStartsAtROfRMinus1Over2() {
        assertEquals(0, Triangle.offset(1));
        assertEquals(595, Triangle.offset(35));
        assertEquals((1L << 31) * ((1L << 32) - 1), Triangle.offset(1L << 32)); // no overflow on the way
    }

    @Test
    void theLargestTriangleIsTheLargestWhoseEntryCountFitsInSizeT() {
        assertThrows(ArithmeticException.class, () -> Pascal.triangleSize(Triangle.MAX_ROWS)); // a size_t, not a long
        PascalException past = assertThrows(PascalException.class, () -> Pascal.triangleSize(Triangle.MAX_ROWS + 1));
        assertEquals(PascalException.Reason.OVERFLOW, past.reason());
    }

    @Test
    void theOffsetOfRowZeroOrANegativeRowIsRefused() {
        for (long r : new long[] {0, -1, Long.MIN_VALUE}) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> Triangle.offset(r));
            assertEquals("row " + r + " is in no triangle: rows count from 1", refused.getMessage());
        }
    }

    @Test
    void theOffsetOfARowPastTheLargestTriangleIsRefused() {
        for (long r : new long[] {Triangle.MAX_ROWS + 1, 1L << 33, Long.MAX_VALUE}) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> Triangle.offset(r));
            assertEquals("row " + r + " is in no triangle: the largest has 6074000999 rows,"
                    + " the most whose entry count fits in size_t", refused.getMessage());
        }
    }

    @Test
    void anOffsetPastALongIsAnArithmeticException() {
        // Rows 2^32 + 1 .. MAX_ROWS are in a triangle, but start past 2^63 - 1.
        ArithmeticException first = assertThrows(ArithmeticException.class, () -> Triangle.offset((1L << 32) + 1));
        assertEquals("row 4294967297 starts at entry 9223372039002259456, more than a long holds", first.getMessage());
        ArithmeticException last = assertThrows(ArithmeticException.class, () -> Triangle.offset(Triangle.MAX_ROWS));
        assertTrue(last.getMessage().contains("18446744064889498501"), last.getMessage());
    }

    @Test
    void negativeRowCountsAreRefusedBeforeC() {
        assertThrows(IllegalArgumentException.class, () -> Pascal.triangle(-1));
        assertThrows(IllegalArgumentException.class, () -> Pascal.triangleView(-1));
        assertThrows(IllegalArgumentException.class, () -> Pascal.triangleSize(-1));
        assertThrows(IllegalArgumentException.class, () -> Pascal.triangleInto(-1, new int[1]));
        try (Arena arena = Arena.ofConfined()) {
            assertThrows(IllegalArgumentException.class, () -> Pascal.triangleSegment(-1, arena));
        }
    }

    @Test
    void aTriangleCopyLargerThanAJavaArrayIsRefusedBeforeAllocating() {
        // 2^31 rows: about 2.3e18 entries.
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> Pascal.triangle(1L << 31));
        assertTrue(refused.getMessage().contains("triangleView"), refused.getMessage());
    }
}
