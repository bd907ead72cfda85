package dev.libpascal;

import java.lang.foreign.MemorySegment;
import java.util.Objects;

/**
 * Rows 1..rows of the triangle in one array libpascal allocated (zero-copy),
 * row r starting at entry r(r-1)/2. Close it to free it; see
 * {@link LibraryArray}, also for a triangle never closed.
 */
public final class Triangle extends LibraryArray {
    /**
     * The most rows a triangle has: the largest count whose entries,
     * rows * (rows + 1) / 2, fit in a size_t (2^64 - 1), as
     * pascal_triangle_into counts them. Rows 1 .. MAX_ROWS are the rows of
     * some triangle.
     */
    public static final long MAX_ROWS = 6074000999L;

    private final long rows;

    Triangle(long rows) {
        super(rows, true);
        this.rows = rows;
    }

    /** The number of rows. */
    public long rows() {
        return rows;
    }

    /**
     * Where row r starts in every triangle that has it, in entries: r(r-1)/2.
     * Valid for 1 <= r <= {@link #MAX_ROWS}; a long holds the answer up to
     * r = 2^32 (offset 2^63 - 2^31).
     *
     * @throws IllegalArgumentException if r < 1 or r > MAX_ROWS: no triangle has row r
     * @throws ArithmeticException if 2^32 < r <= MAX_ROWS: the offset fits in a
     *     size_t but not in a long
     */
    public static long offset(long r) {
        if (r < 1) {
            throw new IllegalArgumentException("row " + r + " is in no triangle: rows count from 1");
        }
        if (r > MAX_ROWS) {
            throw new IllegalArgumentException("row " + r + " is in no triangle: the largest has " + MAX_ROWS
                    + " rows, the most whose entry count fits in size_t");
        }
        // Halving the even factor first keeps the product below 2^64 (it is at
        // most the entry count of MAX_ROWS rows): its bits are exact, unsigned.
        long offset = r % 2 == 0 ? r / 2 * (r - 1) : (r - 1) / 2 * r;
        if (offset < 0) {
            throw new ArithmeticException("row " + r + " starts at entry " + Long.toUnsignedString(offset)
                    + ", more than a long holds");
        }
        return offset;
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
