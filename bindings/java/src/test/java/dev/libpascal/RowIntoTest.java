package dev.libpascal;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Pascal.rowInto: a buffer the caller owns, raw uint32_t bits. */
class RowIntoTest {
    private static long[] unsigned(int[] raw, int count) {
        return Arrays.stream(raw, 0, count).mapToLong(Integer::toUnsignedLong).toArray();
    }

    @Test
    void rowIntoFillsAnIntArray() {
        int[] out = new int[35];
        assertEquals(35, Pascal.rowInto(35, out));
        assertArrayEquals(Expected.row(35), unsigned(out, 35));
        assertEquals(-1961361076, out[17]); // 2333606220 as a signed int: read it unsigned
    }

    @Test
    void rowIntoLeavesTheRestOfTheBufferAlone() {
        int[] out = new int[12];
        Arrays.fill(out, 7);
        assertEquals(10, Pascal.rowInto(10, out));
        assertArrayEquals(Expected.row(10), unsigned(out, 10));
        assertEquals(7, out[10]);
        assertEquals(7, out[11]);
    }

    @Test
    void aBufferTooSmallIsRefusedAndLeftUntouched() {
        int[] out = new int[9];
        Arrays.fill(out, 7);
        assertThrows(IllegalArgumentException.class, () -> Pascal.rowInto(10, out));
        int[] untouched = new int[9];
        Arrays.fill(untouched, 7);
        assertArrayEquals(untouched, out);
    }

    @Test
    void rowIntoFillsANativeSegment() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(JAVA_INT, 40);
            assertEquals(40, Pascal.rowInto(40, out));
            assertArrayEquals(Expected.row(40), unsigned(out.toArray(JAVA_INT), 40));
        }
    }

    @Test
    void rowIntoFillsAJavaArraysSegment() {
        long[] out = new long[5]; // 10 entries of 4 bytes
        assertEquals(10, Pascal.rowInto(10, MemorySegment.ofArray(out)));
        assertArrayEquals(Expected.row(10), unsigned(MemorySegment.ofArray(out).toArray(JAVA_INT), 10));
    }

    @Test
    void aReadOnlySegmentIsRefused() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(JAVA_INT, 10).asReadOnly();
            assertThrows(IllegalArgumentException.class, () -> Pascal.rowInto(10, out));
        }
    }

    @Test
    void aMisalignedSegmentIsRefused() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(JAVA_INT, 11).asSlice(1);
            assertThrows(IllegalArgumentException.class, () -> Pascal.rowInto(10, out));
        }
        MemorySegment bytes = MemorySegment.ofArray(new byte[40]);
        assertThrows(IllegalArgumentException.class, () -> Pascal.rowInto(10, bytes));
    }

    @Test
    void aSegmentOfAClosedArenaThrowsIllegalStateException() {
        Arena arena = Arena.ofConfined();
        MemorySegment out = arena.allocate(JAVA_INT, 10);
        arena.close();
        assertThrows(IllegalStateException.class, () -> Pascal.rowInto(10, out));
    }

    @Test
    void rowZeroWritesNothing() {
        int[] out = {7};
        assertEquals(0, Pascal.rowInto(0, out));
        assertEquals(7, out[0]);
        assertEquals(0, Pascal.rowInto(0, new int[0]));
    }

    @Test
    void aNegativeRowIntoIsRefusedBeforeC() {
        assertThrows(IllegalArgumentException.class, () -> Pascal.rowInto(-1, new int[1]));
        assertThrows(IllegalArgumentException.class, () -> Pascal.rowInto(-1, MemorySegment.ofArray(new int[1])));
    }
}
