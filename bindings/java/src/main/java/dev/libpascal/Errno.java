package dev.libpascal;

import java.util.Locale;

/**
 * The four errno values libpascal documents (EINVAL, ENOMEM, EOVERFLOW, EDOM),
 * as this platform numbers them, and the exception each becomes: the package's
 * one error table. EINVAL, ENOMEM and EDOM have the same numbers on Linux,
 * macOS and Windows; EOVERFLOW does not.
 */
final class Errno {
    static final int EINVAL = 22;
    static final int ENOMEM = 12;
    static final int EDOM = 33;
    static final int EOVERFLOW = eoverflow(System.getProperty("os.name", "").toLowerCase(Locale.ROOT));

    private Errno() {}

    private static int eoverflow(String os) {
        if (os.contains("mac") || os.contains("darwin") || os.contains("bsd")) {
            return 84;
        }
        if (os.contains("windows")) {
            return 132;
        }
        return 75; // Linux
    }

    static String name(int code) {
        if (code == EINVAL) {
            return "EINVAL";
        }
        if (code == ENOMEM) {
            return "ENOMEM";
        }
        if (code == EOVERFLOW) {
            return "EOVERFLOW";
        }
        if (code == EDOM) {
            return "EDOM";
        }
        return "an undocumented error";
    }

    /** Throws the exception for {@code code} unless it is 0 (success). */
    static void check(String call, int code) {
        if (code == 0) {
            return;
        }
        if (code == ENOMEM) {
            throw new PascalOutOfMemoryError(call, code);
        }
        if (code == EDOM) {
            throw new PascalIndexOutOfBoundsException(call, code);
        }
        PascalException.Reason reason = code == EINVAL ? PascalException.Reason.INVALID_ARGUMENT
                : code == EOVERFLOW ? PascalException.Reason.OVERFLOW
                : PascalException.Reason.UNKNOWN;
        throw new PascalException(call, code, reason);
    }
}
