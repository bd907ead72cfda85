package dev.libpascal;

/**
 * A call into libpascal failed with EINVAL ({@link Reason#INVALID_ARGUMENT})
 * or EOVERFLOW ({@link Reason#OVERFLOW}); the library's two other codes have
 * Java's own kinds: ENOMEM is a {@link PascalOutOfMemoryError}, EDOM a
 * {@link PascalIndexOutOfBoundsException}. The code is the errno value the
 * library returned, as the platform numbers it.
 */
public final class PascalException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What went wrong, independent of the platform's errno numbering. */
    public enum Reason {
        /** EINVAL: an argument the library refuses. */
        INVALID_ARGUMENT,
        /** EOVERFLOW: a count that does not fit in size_t. */
        OVERFLOW,
        /** A code the library does not document. */
        UNKNOWN
    }

    private final int errno;
    private final Reason reason;

    PascalException(String call, int errno, Reason reason) {
        super(call + " failed: " + Errno.name(errno) + " (errno " + errno + ")");
        this.errno = errno;
        this.reason = reason;
    }

    /** The errno value the library returned. */
    public int errno() {
        return errno;
    }

    /** The errno value, as a platform-independent reason. */
    public Reason reason() {
        return reason;
    }
}
