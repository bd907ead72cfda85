package dev.libpascal;

import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * Rows of Pascal's triangle from libpascal. Row n (counted from 1) has n
 * entries; entry k is C(n-1, k) mod 2^32, an unsigned 32-bit value.
 *
 * <p>Three ways to get a row, and the same three for a triangle (rows 1..r in
 * one array):
 * <ul>
 *   <li>a copy in Java memory: {@link #row(long)} returns {@code long[]},
 *       each entry already unsigned;
 *   <li>the library's own array, read in place and freed by the library:
 *       {@link #rowView(long)} (a {@link Row} to close) or
 *       {@link #rowSegment(long, Arena)} (freed when your arena closes);
 *   <li>a buffer you own: {@link #rowInto(long, int[])} and
 *       {@link #rowInto(long, MemorySegment)}, raw 32-bit entries.
 * </ul>
 *
 * <p>Any entry or range of any row below 2^64, without the row:
 * {@link #entry(long, long)}, {@link #rowRange(long, long, int)} (a new
 * {@code long[]}) and the {@code rowRangeInto} forms (your buffer). There the
 * row and entry indices are uint64_t, read unsigned: a row past
 * {@code Long.MAX_VALUE} is passed as the {@code long} with its bits, the one
 * {@link Long#parseUnsignedLong(String)} reads from its decimal ({@code -1L} is
 * row 2^64 - 1).
 *
 * <p>Sizes are {@code long} (size_t). A negative one is refused with
 * {@link IllegalArgumentException} before any C call, and an index outside
 * its row with {@link PascalIndexOutOfBoundsException}. Errors the library
 * returns: ENOMEM is a {@link PascalOutOfMemoryError}, EDOM a
 * {@link PascalIndexOutOfBoundsException}, EINVAL and EOVERFLOW a
 * {@link PascalException}. The first call loads the library and throws
 * {@link UnsatisfiedLinkError} if it is missing or of another major version.
 */
public final class Pascal {
    /** The most elements a Java array is given, as the JDK itself caps it. */
    static final long MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;

    private Pascal() {}

    // ---- Version ----

    /** The version of the library loaded, "MAJOR.MINOR.PATCH". */
    public static String version() {
        return NativeLibrary.get().versionString();
    }

    /** The version of the library loaded, MAJOR * 10000 + MINOR * 100 + PATCH. */
    public static long versionNumber() {
        return NativeLibrary.get().versionNumber();
    }

    /** 35: every entry of rows up to this one is the exact binomial coefficient. */
    public static long rowExactMax() {
        return NativeLibrary.get().rowExactMax();
    }

    // ---- Rows ----

    /**
     * Row n, copied into Java memory (the library's array is freed before
     * this returns). Row 0 is empty.
     *
     * @throws IllegalArgumentException if n is negative, or more than a Java array holds
     * @throws PascalOutOfMemoryError if the library cannot allocate the row
     */
    public static long[] row(long n) {
        requireCount(n);
        if (n > MAX_ARRAY_LENGTH) {
            throw new IllegalArgumentException("row " + n + " has more entries than a Java array holds: use rowView");
        }
        try (Row row = new Row(n)) {
            return row.toArray();
        }
    }

    /**
     * Row n in the array the library allocated, read in place until closed
     * (or freed once collected, if never closed: see {@link LibraryArray}).
     *
     * @throws IllegalArgumentException if n is negative
     * @throws PascalOutOfMemoryError if the library cannot allocate the row (n = 2^62)
     */
    public static Row rowView(long n) {
        requireCount(n);
        return new Row(n);
    }

    /**
     * Row n in the array the library allocated, as a segment of JAVA_INT
     * elements (uint32_t bits) that belongs to {@code arena}: closing the arena
     * frees the array through the library, once ({@link Arena#ofAuto()} leaves
     * that to the garbage collector).
     *
     * @throws IllegalArgumentException if n is negative
     * @throws IllegalStateException if the arena is closed (nothing is leaked)
     * @throws PascalOutOfMemoryError if the library cannot allocate the row
     */
    public static MemorySegment rowSegment(long n, Arena arena) {
        requireCount(n);
        return NativeLibrary.get().allocate(n, false, arena);
    }

    /**
     * Writes row n into {@code out[0 .. n)}, each entry the bits of a uint32_t
     * (read with {@link Integer#toUnsignedLong}). Allocates nothing.
     *
     * @return n, the number of entries written
     * @throws IllegalArgumentException if n is negative or out has fewer than n elements
     */
    public static long rowInto(long n, int[] out) {
        requireCount(n);
        requireCapacity("row " + n, n, out.length);
        return NativeLibrary.get().rowInto(n, MemorySegment.ofArray(out), out.length);
    }

    /**
     * Writes row n into the first n * 4 bytes of {@code out}, which you own
     * (native, or a Java array's). Allocates nothing.
     *
     * @return n, the number of entries written
     * @throws IllegalArgumentException if n is negative, or out is read-only,
     *     not aligned to 4 bytes, or smaller than n entries
     * @throws IllegalStateException if out's arena is closed
     */
    public static long rowInto(long n, MemorySegment out) {
        requireCount(n);
        long capacity = writableEntries(out);
        requireCapacity("row " + n, n, capacity);
        return NativeLibrary.get().rowInto(n, out, capacity);
    }

    // ---- Triangles: rows 1..rows in one array, row r at entry r(r-1)/2 ----

    /**
     * The number of entries of rows 1..rows: rows * (rows + 1) / 2.
     *
     * @throws IllegalArgumentException if rows is negative
     * @throws ArithmeticException if that number fits in size_t but not in a
     *     long (past 2^63 - 1: from rows = 2^32 on)
     * @throws PascalException (OVERFLOW) if it does not fit in size_t either
     */
    public static long triangleSize(long rows) {
        requireCount(rows);
        if (rows == 0) {
            return 0;
        }
        // With no buffer the one failure there is, signalled by 0, is EOVERFLOW.
        long entries = NativeLibrary.get().triangleInto(rows, MemorySegment.NULL, 0);
        if (entries == 0) {
            Errno.check("pascal_triangle_into(" + rows + ", NULL, 0)", Errno.EOVERFLOW);
        }
        if (entries < 0) {
            // A size_t past Long.MAX_VALUE: the long holds its bits, not its value.
            throw new ArithmeticException("rows 1.." + rows + " have " + Long.toUnsignedString(entries)
                    + " entries, more than a long holds");
        }
        return entries;
    }

    /**
     * Rows 1..rows copied into Java memory, unsigned.
     *
     * @throws IllegalArgumentException if rows is negative, or the entries are more than a Java array holds
     * @throws ArithmeticException, PascalException (OVERFLOW) as {@link #triangleSize(long)}
     * @throws PascalOutOfMemoryError if the library cannot allocate them
     */
    public static long[] triangle(long rows) {
        long entries = triangleSize(rows);
        if (entries > MAX_ARRAY_LENGTH) {
            throw new IllegalArgumentException("rows 1.." + rows + " have more entries than a Java array holds: use triangleView");
        }
        try (Triangle triangle = new Triangle(rows)) {
            return triangle.toArray();
        }
    }

    /**
     * Rows 1..rows in the array the library allocated, read in place until
     * closed (or collected, as {@link #rowView(long)}).
     *
     * @throws IllegalArgumentException if rows is negative
     * @throws PascalOutOfMemoryError if the library cannot allocate them
     *     (including when their number overflows)
     */
    public static Triangle triangleView(long rows) {
        requireCount(rows);
        return new Triangle(rows);
    }

    /**
     * Rows 1..rows in the array the library allocated, as a segment that
     * belongs to {@code arena} (see {@link #rowSegment(long, Arena)}).
     */
    public static MemorySegment triangleSegment(long rows, Arena arena) {
        requireCount(rows);
        return NativeLibrary.get().allocate(rows, true, arena);
    }

    /**
     * Writes rows 1..rows into {@code out}, raw uint32_t bits. Allocates nothing.
     *
     * @return the number of entries written, {@link #triangleSize(long)}
     * @throws IllegalArgumentException if rows is negative or out is too small
     * @throws ArithmeticException, PascalException (OVERFLOW) as {@link #triangleSize(long)}
     */
    public static long triangleInto(long rows, int[] out) {
        requireCapacity("rows 1.." + rows, triangleSize(rows), out.length);
        return NativeLibrary.get().triangleInto(rows, MemorySegment.ofArray(out), out.length);
    }

    /**
     * Writes rows 1..rows into {@code out}, which you own; the rules of
     * {@link #rowInto(long, MemorySegment)}.
     *
     * @return the number of entries written
     */
    public static long triangleInto(long rows, MemorySegment out) {
        long entries = triangleSize(rows);
        long capacity = writableEntries(out);
        requireCapacity("rows 1.." + rows, entries, capacity);
        return NativeLibrary.get().triangleInto(rows, out, capacity);
    }

    // ---- Any entry, any range of a row: n and k are uint64_t, read unsigned ----

    /**
     * Entry k of row n, C(n-1, k) mod 2^32, in O(log^2 n) without computing
     * the row: an unsigned 32-bit value (0 .. 2^32-1; 0 is a real entry of
     * many large rows). n and k are unsigned (see {@link Pascal}).
     *
     * @throws PascalIndexOutOfBoundsException if k >= n, unsigned (row 0 has no entries)
     */
    public static long entry(long n, long k) {
        if (Long.compareUnsigned(k, n) >= 0) {
            throw new PascalIndexOutOfBoundsException("k = " + Long.toUnsignedString(k) + " is not an index of row "
                    + Long.toUnsignedString(n) + ", which has " + Long.toUnsignedString(n) + " entries");
        }
        return Integer.toUnsignedLong(NativeLibrary.get().entry(n, k));
    }

    /**
     * Entries k0 .. k0+count-1 of row n, in a new {@code long[]} that the
     * library fills in place (it allocates nothing), unsigned. O(log^2 n +
     * count). n and k0 are unsigned (see {@link Pascal}).
     *
     * @throws IllegalArgumentException if count is negative, or more than a Java array holds
     * @throws PascalIndexOutOfBoundsException if the range leaves the row (k0 + count > n, unsigned)
     */
    public static long[] rowRange(long n, long k0, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("a range cannot have a negative count: " + count);
        }
        if (count > MAX_ARRAY_LENGTH) {
            throw new IllegalArgumentException("a range of " + count
                    + " entries is more than a Java array holds: use rowRangeInto with a MemorySegment");
        }
        requireRange(n, k0, count);
        long[] out = new long[count];
        fillUnsigned(n, k0, out);
        return out;
    }

    /**
     * Writes entries k0 .. k0+out.length-1 of row n into {@code out}, which
     * you own, unsigned. Allocates nothing.
     *
     * @return out.length, the number of entries written
     * @throws PascalIndexOutOfBoundsException if the range leaves the row (nothing written)
     */
    public static long rowRangeInto(long n, long k0, long[] out) {
        requireRange(n, k0, out.length);
        fillUnsigned(n, k0, out);
        return out.length;
    }

    /**
     * Writes entries k0 .. k0+out.length-1 of row n into {@code out}, raw
     * uint32_t bits as {@link #rowInto(long, int[])} writes them. Allocates nothing.
     *
     * @return out.length, the number of entries written
     * @throws PascalIndexOutOfBoundsException if the range leaves the row (nothing written)
     */
    public static long rowRangeInto(long n, long k0, int[] out) {
        requireRange(n, k0, out.length);
        NativeLibrary.get().rowRange(n, k0, MemorySegment.ofArray(out), out.length);
        return out.length;
    }

    /**
     * Writes entries k0 .. k0+count-1 of row n into {@code out}, which you own
     * (native, or a Java array's), count being the whole uint32_t entries out
     * holds ({@code out.byteSize() / 4}); slice it ({@code asSlice}) to fill
     * part of a buffer. Allocates nothing.
     *
     * @return count, the number of entries written
     * @throws IllegalArgumentException if out is read-only or not aligned to 4 bytes
     * @throws PascalIndexOutOfBoundsException if the range leaves the row (nothing written)
     * @throws IllegalStateException if out's arena is closed
     */
    public static long rowRangeInto(long n, long k0, MemorySegment out) {
        long count = writableEntries(out);
        requireRange(n, k0, count);
        NativeLibrary.get().rowRange(n, k0, out, count);
        return count;
    }

    /**
     * Fills out with its range, unsigned, in place: C writes the uint32_t
     * entries into the first half of out's bytes, then each is widened from
     * the last one down, so that none is overwritten (long i covers ints 2i
     * and 2i+1) before it is read.
     */
    private static void fillUnsigned(long n, long k0, long[] out) {
        MemorySegment bytes = MemorySegment.ofArray(out);
        NativeLibrary.get().rowRange(n, k0, bytes, out.length);
        for (int i = out.length - 1; i >= 0; i--) {
            out[i] = Integer.toUnsignedLong(bytes.getAtIndex(JAVA_INT, i));
        }
    }

    // ---- Checks made before C sees the arguments ----

    /** k0 + count <= n, unsigned, written so that nothing overflows (as pascal_row_range checks it). */
    private static void requireRange(long n, long k0, long count) {
        if (Long.compareUnsigned(k0, n) > 0 || Long.compareUnsigned(count, n - k0) > 0) {
            throw new PascalIndexOutOfBoundsException("a range of " + count + " entries from k0 = "
                    + Long.toUnsignedString(k0) + " leaves row " + Long.toUnsignedString(n) + ", which has "
                    + Long.toUnsignedString(n) + " entries");
        }
    }

    private static void requireCount(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("a row or row count cannot be negative: " + n);
        }
    }

    private static void requireCapacity(String what, long needed, long capacity) {
        if (needed > capacity) {
            throw new IllegalArgumentException(what + " needs " + needed + " entries; the buffer holds " + capacity);
        }
    }

    /** How many uint32_t entries fit in out, once it is known C may write them there. */
    private static long writableEntries(MemorySegment out) {
        if (out.isReadOnly()) {
            throw new IllegalArgumentException("the buffer is read-only");
        }
        // A native segment's address is its address; a heap segment's is its
        // offset into an array, aligned to 4 bytes only for an array of
        // 4- or 8-byte elements. (MemorySegment.maxByteAlignment says this
        // from Java 23 on; this package runs on 22.)
        boolean elementsAligned = out.heapBase()
                .map(array -> array instanceof int[] || array instanceof long[]
                        || array instanceof float[] || array instanceof double[])
                .orElse(true);
        if (!elementsAligned || out.address() % Integer.BYTES != 0) {
            throw new IllegalArgumentException("the buffer is not aligned to " + Integer.BYTES + " bytes");
        }
        return out.byteSize() / Integer.BYTES;
    }
}
