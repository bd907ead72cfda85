package dev.libpascal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Pascal.entry(n, k): one entry of any row below 2^64, without the row. */
class EntryTest {
    /** Rows around 2^32, 2^63 (the end of a signed long) and 2^64 - 1 (the last). */
    static final long[] LARGE_ROWS = {
        (1L << 32) + 1, 1_000_000_000_000_000_001L, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1,
        Long.parseUnsignedLong("12345678901234567891"), -2L, -1L,
    };

    @Test
    void everyEntryOfRowsUpTo70IsTheBinomialCoefficientModulo2To32() {
        for (int n = 1; n <= 70; n++) {
            long[] row = Expected.row(n);
            for (int k = 0; k < n; k++) {
                assertEquals(row[k], Pascal.entry(n, k), "row " + n + ", entry " + k);
            }
        }
    }

    @Test
    void entriesNearBothEndsOfRowsUpTo2To64MatchBigIntegers() {
        for (long n : LARGE_ROWS) {
            for (long j = 0; j <= 40; j++) {
                String row = "row " + Long.toUnsignedString(n);
                assertEquals(Expected.entry(n, j), Pascal.entry(n, j), row + ", entry " + j);
                long mirror = n - 1 - j;
                assertEquals(Expected.entry(n, mirror), Pascal.entry(n, mirror), row + ", entry n-1-" + j);
            }
        }
    }

    @Test
    void aRowIsSymmetric() {
        for (long n : LARGE_ROWS) {
            long middle = Long.divideUnsigned(n, 2);
            for (int j = -500; j <= 500; j += 7) {
                long k = middle + j;
                assertEquals(Pascal.entry(n, n - 1 - k), Pascal.entry(n, k),
                        "row " + Long.toUnsignedString(n) + ", entry " + Long.toUnsignedString(k));
            }
        }
    }

    @Test
    void aRowPast2To63IsPassedAsTheLongThatParseUnsignedLongReads() {
        long n = Long.parseUnsignedLong("9223372036854775814"); // 2^63 + 6
        assertEquals(Long.MIN_VALUE + 6, n);
        assertEquals(5, Pascal.entry(n, 1)); // C(2^63 + 5, 1) mod 2^32
    }

    @Test
    void anEntryCanBeZero() {
        assertEquals(0, Pascal.entry((1L << 40) + 1, 1)); // C(2^40, 1) = 2^40, a multiple of 2^32
    }

    @Test
    void kAtOrPastTheEndOfTheRowIsAPascalIndexOutOfBoundsExceptionBeforeC() {
        PascalIndexOutOfBoundsException error =
                assertThrows(PascalIndexOutOfBoundsException.class, () -> Pascal.entry(5, 5));
        assertEquals("k = 5 is not an index of row 5, which has 5 entries", error.getMessage());
        assertEquals(Errno.EDOM, error.errno());
        assertThrows(PascalIndexOutOfBoundsException.class, () -> Pascal.entry(0, 0)); // row 0 has none
        assertThrows(PascalIndexOutOfBoundsException.class, () -> Pascal.entry(-1L, -1L)); // k = n = 2^64 - 1
        // k = 2^64 - 1, not -1: compared unsigned, it is past row 5.
        PascalIndexOutOfBoundsException unsigned =
                assertThrows(PascalIndexOutOfBoundsException.class, () -> Pascal.entry(5, -1L));
        assertEquals("k = 18446744073709551615 is not an index of row 5, which has 5 entries", unsigned.getMessage());
    }
}
