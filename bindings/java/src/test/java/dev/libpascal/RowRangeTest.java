package dev.libpascal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Pascal.rowRange(n, k0, count): entries k0 .. k0+count-1 in a new long[], filled in place by C. */
class RowRangeTest {
    @Test
    void aRangeIsTheSameSliceOfTheRow() {
        for (int n : new int[] {1, 2, 35, 36, 1000, 10_007}) {
            long[] row = Pascal.row(n);
            for (int k0 : new int[] {0, 1, n / 3, n / 2, n - 1}) {
                for (int count : new int[] {1, 2, 7, 64, 1000, n - k0}) {
                    if (k0 + count <= n) {
                        assertArrayEquals(Arrays.copyOfRange(row, k0, k0 + count), Pascal.rowRange(n, k0, count),
                                "row " + n + ", entries " + k0 + " + " + count);
                    }
                }
            }
        }
    }

    @Test
    void entriesReadAsUnsigned32BitValues() {
        assertArrayEquals(Arrays.copyOfRange(Expected.row(35), 16, 19), Pascal.rowRange(35, 16, 3));
        assertEquals(2333606220L, Pascal.rowRange(35, 17, 1)[0]);
    }

    @Test
    void rangesAtBothEndsOfRowsUpTo2To64MatchBigIntegers() {
        for (long n : EntryTest.LARGE_ROWS) {
            long[] start = Pascal.rowRange(n, 0, 41);
            long[] end = Pascal.rowRange(n, n - 41, 41);
            for (int j = 0; j <= 40; j++) {
                assertEquals(Expected.entry(n, j), start[j], "row " + Long.toUnsignedString(n) + ", entry " + j);
                assertEquals(Expected.entry(n, n - 41 + j), end[j],
                        "row " + Long.toUnsignedString(n) + ", entry n-41+" + j);
            }
        }
    }

    @Test
    void aRangeOfALargeRowHoldsTheEntriesEntryReturns() {
        for (long n : EntryTest.LARGE_ROWS) {
            long k0 = Long.divideUnsigned(n, 3);
            long[] range = Pascal.rowRange(n, k0, 300);
            for (int j = 0; j < range.length; j++) {
                assertEquals(Pascal.entry(n, k0 + j), range[j], "row " + Long.toUnsignedString(n) + ", entry k0+" + j);
            }
        }
    }

    @Test
    void anEmptyRangeIsEmpty() {
        assertArrayEquals(new long[0], Pascal.rowRange(10, 10, 0)); // k0 = n: the end of the row, still in it
        assertArrayEquals(new long[0], Pascal.rowRange(0, 0, 0));
    }

    @Test
    void aRangeLeavingTheRowIsAPascalIndexOutOfBoundsExceptionBeforeC() {
        PascalIndexOutOfBoundsException error =
                assertThrows(PascalIndexOutOfBoundsException.class, () -> Pascal.rowRange(10, 5, 6));
        assertEquals("a range of 6 entries from k0 = 5 leaves row 10, which has 10 entries", error.getMessage());
        assertEquals(Errno.EDOM, error.errno());
        assertThrows(PascalIndexOutOfBoundsException.class, () -> Pascal.rowRange(10, 11, 0));
        // Compared unsigned: k0 = 2^64 - 1 is past row 10; 2^64 - 2 + 2 entries pass the end of row 2^64 - 1.
        assertThrows(PascalIndexOutOfBoundsException.class, () -> Pascal.rowRange(10, -1L, 1));
        assertThrows(PascalIndexOutOfBoundsException.class, () -> Pascal.rowRange(-1L, -2L, 2));
    }

    @Test
    void aNegativeCountIsAnIllegalArgumentException() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Pascal.rowRange(10, 0, -1));
        assertEquals("a range cannot have a negative count: -1", error.getMessage());
    }

    @Test
    void aCountLargerThanAJavaArrayIsRefusedBeforeAllocating() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Pascal.rowRange(-1L, 0, Integer.MAX_VALUE));
        assertTrue(error.getMessage().contains(Integer.toString(Integer.MAX_VALUE)), error.getMessage());
    }
}
