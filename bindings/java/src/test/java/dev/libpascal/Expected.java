package dev.libpascal;

import java.math.BigInteger;

/** What the tests compare with, computed independently of the library. */
final class Expected {
    private Expected() {}

    /** Row n by BigInteger binomials, reduced modulo 2^32 as the library documents. */
    static long[] row(int n) {
        long[] row = new long[n];
        BigInteger modulus = BigInteger.ONE.shiftLeft(32);
        BigInteger c = BigInteger.ONE;
        for (int k = 0; k < n; k++) {
            row[k] = c.mod(modulus).longValueExact();
            c = c.multiply(BigInteger.valueOf(n - 1 - k)).divide(BigInteger.valueOf(k + 1));
        }
        return row;
    }

    /**
     * Entry k of row n, C(n-1, k) mod 2^32, by BigInteger from the smaller of
     * k and n-1-k (the binomial's own symmetry), which must be small: rows of
     * any size, entries near either end. n and k are unsigned, as the library
     * reads them.
     */
    static long entry(long n, long k) {
        BigInteger top = new BigInteger(Long.toUnsignedString(n)).subtract(BigInteger.ONE);
        BigInteger index = new BigInteger(Long.toUnsignedString(k));
        int near = index.min(top.subtract(index)).intValueExact();
        BigInteger c = BigInteger.ONE;
        for (int i = 0; i < near; i++) {
            c = c.multiply(top.subtract(BigInteger.valueOf(i))).divide(BigInteger.valueOf(i + 1));
        }
        return c.mod(BigInteger.ONE.shiftLeft(32)).longValueExact();
    }

    /** Rows 1..rows one after another. */
    static long[] triangle(int rows) {
        long[] triangle = new long[rows * (rows + 1) / 2];
        int at = 0;
        for (int r = 1; r <= rows; r++) {
            long[] row = row(r);
            System.arraycopy(row, 0, triangle, at, r);
            at += r;
        }
        return triangle;
    }

    /** An environment variable CTest sets for the suite; its absence fails the test. */
    static String environment(String name) {
        String value = System.getenv(name);
        if (value == null || value.isEmpty()) {
            throw new AssertionError(name + " is not set: run the suite through CTest (tests/bindings/java.cmake)");
        }
        return value;
    }
}
