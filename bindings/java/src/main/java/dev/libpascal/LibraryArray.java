package dev.libpascal;

import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Objects;

/**
 * An array libpascal allocated, read in place: a {@link Row} or a
 * {@link Triangle}. Its memory belongs to a confined {@link Arena} that
 * {@link #close()} closes, which hands the array to the library's
 * {@code pascal_array_free} exactly once. After that, every read throws
 * {@link IllegalStateException} (java.lang.foreign checks it), never reads
 * freed memory. Only the thread that made it may read or close it (others get
 * {@link WrongThreadException}).
 *
 * <p>A view dropped without close() is freed as well, once it and every
 * segment taken from it ({@link #segment()}, {@link Triangle#row(long)}, their
 * slices) are unreachable, as {@link Arena#ofAuto()} frees its segments: some
 * time after the garbage collector finds them. close() is still the way to
 * free at once: the collector runs when the Java heap fills, and these views
 * take almost none of it, however large their arrays.
 */
public abstract sealed class LibraryArray implements AutoCloseable permits Row, Triangle {
    private final Arena arena;
    private final MemorySegment entries;

    LibraryArray(long n, boolean triangle) {
        // Confined, so a read cannot race close(): both happen on the owner
        // thread, and a read after close() is an IllegalStateException.
        // Arena.ofAuto() could not be closed at all; Arena.ofShared() would
        // let any thread read and close, which this class does not offer. The
        // garbage collector's backstop needs neither: it frees the array only
        // once no segment of the arena is reachable, without touching the
        // arena (NativeLibrary.allocateCollected), so no method here needs a
        // reachabilityFence on this view.
        Arena owner = Arena.ofConfined();
        try {
            entries = NativeLibrary.get().allocateCollected(n, triangle, owner);
        } catch (RuntimeException | Error failed) {
            owner.close(); // holds nothing: allocateCollected() frees what it could not hand over
            throw failed;
        }
        arena = owner;
    }

    /** The number of entries; still answers after close. */
    public final long size() {
        return entries.byteSize() / Integer.BYTES;
    }

    /**
     * Entry {@code index} as the unsigned 32-bit value it is (0 .. 2^32-1).
     *
     * @throws IndexOutOfBoundsException unless 0 <= index < size()
     * @throws IllegalStateException after close()
     */
    public final long get(long index) {
        Objects.checkIndex(index, size());
        return Integer.toUnsignedLong(entries.getAtIndex(JAVA_INT, index));
    }

    /**
     * The entries in place: {@code size()} elements of JAVA_INT, each the bits
     * of a uint32_t (read with {@link Integer#toUnsignedLong}). Valid until
     * close(), after which any access throws IllegalStateException.
     */
    public final MemorySegment segment() {
        return entries;
    }

    /**
     * A copy of the entries, unsigned, in Java memory that outlives close().
     *
     * @throws IllegalArgumentException if there are more than a Java array holds
     * @throws IllegalStateException after close()
     */
    public final long[] toArray() {
        long size = size();
        if (size > Pascal.MAX_ARRAY_LENGTH) {
            throw new IllegalArgumentException(size + " entries do not fit in a Java array");
        }
        long[] copy = new long[(int) size];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = Integer.toUnsignedLong(entries.getAtIndex(JAVA_INT, i));
        }
        return copy;
    }

    /** Whether the entries can still be read: false once closed. */
    public final boolean isOpen() {
        return arena.scope().isAlive();
    }

    /**
     * Frees the array through the library now; a second call does nothing,
     * nor does the collector later.
     */
    @Override
    public final void close() {
        if (arena.scope().isAlive()) {
            arena.close();
        }
    }
}
