package dev.libpascal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Pascal.row(n): a copy in Java memory, unsigned. */
class RowTest {
    @Test
    void rowNHoldsTheBinomialCoefficientsOfNMinus1() {
        assertArrayEquals(new long[] {1, 9, 36, 84, 126, 126, 84, 36, 9, 1}, Pascal.row(10));
    }

    @Test
    void entriesReadAsUnsigned32BitValues() {
        assertEquals(2333606220L, Pascal.row(35)[17]); // C(34, 17), past Integer.MAX_VALUE
    }

    @Test
    void rowsPastTheExactMaxWrapModulo2To32() {
        for (int n = 36; n <= 70; n++) {
            assertArrayEquals(Expected.row(n), Pascal.row(n), "row " + n);
        }
    }

    @Test
    void rowZeroIsEmpty() {
        assertArrayEquals(new long[0], Pascal.row(0));
    }

    @Test
    void aNegativeRowIsRefusedBeforeC() {
        // Passed on, -1 would be SIZE_MAX and come back as ENOMEM.
        assertThrows(IllegalArgumentException.class, () -> Pascal.row(-1));
    }

    @Test
    void aRowLargerThanAJavaArrayIsRefusedBeforeC() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> Pascal.row(1L << 62));
        assertEquals(true, refused.getMessage().contains("rowView"), refused.getMessage());
    }
}
