package dev.libpascal;

/**
 * An entry, or a range of entries, that is not in its row: k >= n for
 * {@link Pascal#entry}, k0 + count > n for the range functions (n and k
 * compared unsigned). The library's EDOM. An {@link IndexOutOfBoundsException},
 * as Java reports any index outside what it indexes, so code that handles a bad
 * index handles this too.
 *
 * <p>The package checks every index before calling the library, so the
 * library's own EDOM arrives only if a check were missing; both are this
 * exception, with the errno EDOM, and catching it catches the cause whichever
 * side found it.
 */
public final class PascalIndexOutOfBoundsException extends IndexOutOfBoundsException {
    private static final long serialVersionUID = 1L;

    private final int errno;

    /** The package found it before calling the library. */
    PascalIndexOutOfBoundsException(String message) {
        super(message);
        this.errno = Errno.EDOM;
    }

    /** The library returned EDOM. */
    PascalIndexOutOfBoundsException(String call, int errno) {
        super(call + " failed: " + Errno.name(errno) + " (errno " + errno + "): not in the row");
        this.errno = errno;
    }

    /** EDOM, the library's code for this error, whichever side found it. */
    public int errno() {
        return errno;
    }
}
