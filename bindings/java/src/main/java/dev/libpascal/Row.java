package dev.libpascal;

/**
 * Row n of the triangle, in the array libpascal allocated (zero-copy): entry k
 * is C(n-1, k) mod 2^32. Close it (try-with-resources) to free it; see
 * {@link LibraryArray} for what close() guarantees, and when a row never
 * closed is freed.
 */
public final class Row extends LibraryArray {
    Row(long n) {
        super(n, false);
    }
}
