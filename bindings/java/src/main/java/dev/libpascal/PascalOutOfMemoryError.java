package dev.libpascal;

/**
 * libpascal could not allocate an array (ENOMEM), including when its byte size
 * overflows size_t (row 2^62). An {@link OutOfMemoryError}, as the JDK's own
 * native allocations ({@code ByteBuffer.allocateDirect}, {@code Arena.allocate})
 * report theirs, so code that handles running out of memory handles this too;
 * unlike most, it leaves the JVM's heap untouched, and catching it is safe.
 */
public final class PascalOutOfMemoryError extends OutOfMemoryError {
    private static final long serialVersionUID = 1L;

    private final int errno;

    PascalOutOfMemoryError(String call, int errno) {
        super(call + " failed: " + Errno.name(errno) + " (errno " + errno + "): the entries cannot be allocated");
        this.errno = errno;
    }

    /** The errno value the library returned (ENOMEM). */
    public int errno() {
        return errno;
    }
}
