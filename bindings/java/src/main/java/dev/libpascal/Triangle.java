package dev.libpascal;

import java.lang.foreign.MemorySegment;
import java.util.Objects;

/**
 * Rows 1..rows of the triangle in one array libpascal allocated (zero-copy),
 * row r starting at entry r(r-1)/2. Close it to free it; see
 * {@link LibraryArray}, also for a triangle never closed.
 */
public final class Triangle extends LibraryArray {
    private final long rows;

    Triangle(long rows) {
        super(rows, true);
        this.rows = rows;
    }

    /** The number of rows. */
    public long rows() {
        return rows;
    }

    /** Where row r (1 .. rows) starts, in entries: r(r-1)/2. */
    public static long offset(long r) {
        return r % 2 == 0 ? r / 2 * (r - 1) : (r - 1) / 2 * r; // halve first: no overflow
    }

    /**
     * Row r (1 .. rows), in place: a slice of {@link #segment()}, valid until
     * close().
     *
     * @throws IndexOutOfBoundsException unless 1 <= r <= rows()
     */
    public MemorySegment row(long r) {
        Objects.checkIndex(r - 1, rows);
        return segment().asSlice(offset(r) * Integer.BYTES, r * Integer.BYTES);
    }

    /**
     * Entry k of row r, unsigned.
     *
     * @throws IndexOutOfBoundsException unless 1 <= r <= rows() and 0 <= k < r
     * @throws IllegalStateException after close()
     */
    public long get(long r, long k) {
        Objects.checkIndex(r - 1, rows);
        Objects.checkIndex(k, r);
        return get(offset(r) + k);
    }
}
