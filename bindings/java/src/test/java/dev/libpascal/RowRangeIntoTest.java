package dev.libpascal;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Pascal.rowRangeInto: a range of a row written into a buffer the caller owns, whose length is the range's. */
class RowRangeIntoTest {
    private static final long[] ROW_35 = Expected.row(35);

    private static long[] unsigned(int[] raw) {
        return Arrays.stream(raw).mapToLong(Integer::toUnsignedLong).toArray();
    }

    @Test
    void aLongArrayIsFilledUnsigned() {
        long[] out = new long[20];
        assertEquals(20, Pascal.rowRangeInto(35, 8, out));
        assertArrayEquals(Arrays.copyOfRange(ROW_35, 8, 28), out);
        assertEquals(2333606220L, out[17 - 8]);
    }

    @Test
    void anIntArrayIsFilledWithRawBits() {
        int[] out = new int[20];
        assertEquals(20, Pascal.rowRangeInto(35, 8, out));
        assertArrayEquals(Arrays.copyOfRange(ROW_35, 8, 28), unsigned(out));
        assertEquals(-1961361076, out[17 - 8]); // 2333606220 as a signed int
    }

    @Test
    void aNativeSegmentIsFilledWithRawBits() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(JAVA_INT, 20);
            assertEquals(20, Pascal.rowRangeInto(35, 8, out));
            assertArrayEquals(Arrays.copyOfRange(ROW_35, 8, 28), unsigned(out.toArray(JAVA_INT)));
        }
    }

    @Test
    void aSliceFillsPartOfABufferAndLeavesTheRestAlone() {
        int[] buffer = new int[10];
        Arrays.fill(buffer, 7);
        MemorySegment middle = MemorySegment.ofArray(buffer).asSlice(2L * Integer.BYTES, 5L * Integer.BYTES);
        assertEquals(5, Pascal.rowRangeInto(35, 15, middle));
        assertArrayEquals(new long[] {7, 7}, unsigned(Arrays.copyOfRange(buffer, 0, 2)));
        assertArrayEquals(Arrays.copyOfRange(ROW_35, 15, 20), unsigned(Arrays.copyOfRange(buffer, 2, 7)));
        assertArrayEquals(new long[] {7, 7, 7}, unsigned(Arrays.copyOfRange(buffer, 7, 10)));
    }

    @Test
    void aSegmentsRangeIsTheWholeEntriesItHolds() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(10, Integer.BYTES); // 2 entries and 2 bytes
            out.fill((byte) 7);
            assertEquals(2, Pascal.rowRangeInto(35, 17, out));
            assertEquals(2333606220L, Integer.toUnsignedLong(out.getAtIndex(JAVA_INT, 0)));
            assertEquals((byte) 7, out.get(JAVA_BYTE, 8));
            assertEquals((byte) 7, out.get(JAVA_BYTE, 9));
        }
    }

    @Test
    void aRangeLeavingTheRowIsRefusedBeforeCAndNothingIsWritten() {
        long[] longs = new long[6];
        int[] ints = new int[6];
        Arrays.fill(longs, 7);
        Arrays.fill(ints, 7);
        PascalIndexOutOfBoundsException error =
                assertThrows(PascalIndexOutOfBoundsException.class, () -> Pascal.rowRangeInto(10, 5, longs));
        assertEquals("a range of 6 entries from k0 = 5 leaves row 10, which has 10 entries", error.getMessage());
        assertThrows(PascalIndexOutOfBoundsException.class, () -> Pascal.rowRangeInto(10, 5, ints));
        assertThrows(PascalIndexOutOfBoundsException.class,
                () -> Pascal.rowRangeInto(10, 5, MemorySegment.ofArray(ints)));
        assertThrows(PascalIndexOutOfBoundsException.class, () -> Pascal.rowRangeInto(10, -1L, new int[0]));
        long[] sevens = new long[6];
        Arrays.fill(sevens, 7);
        assertArrayEquals(sevens, longs);
        assertArrayEquals(sevens, unsigned(ints));
    }

    @Test
    void anEmptyBufferWritesNothing() {
        assertEquals(0, Pascal.rowRangeInto(10, 10, new long[0]));
        assertEquals(0, Pascal.rowRangeInto(10, 10, new int[0]));
        assertEquals(0, Pascal.rowRangeInto(10, 10, MemorySegment.ofArray(new int[0])));
    }

    @Test
    void aReadOnlyOrMisalignedSegmentIsRefused() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment readOnly = arena.allocate(JAVA_INT, 5).asReadOnly();
            assertThrows(IllegalArgumentException.class, () -> Pascal.rowRangeInto(10, 0, readOnly));
            MemorySegment misaligned = arena.allocate(JAVA_INT, 6).asSlice(1, 20);
            assertThrows(IllegalArgumentException.class, () -> Pascal.rowRangeInto(10, 0, misaligned));
        }
        MemorySegment bytes = MemorySegment.ofArray(new byte[20]); // a byte[] is aligned to 1 only
        assertThrows(IllegalArgumentException.class, () -> Pascal.rowRangeInto(10, 0, bytes));
    }

    @Test
    void aSegmentOfAClosedArenaThrowsIllegalStateException() {
        Arena arena = Arena.ofConfined();
        MemorySegment out = arena.allocate(JAVA_INT, 5);
        arena.close();
        assertThrows(IllegalStateException.class, () -> Pascal.rowRangeInto(10, 0, out));
    }
}
