// libpascal from Java through JNA: print row 10 and entry 17 of row 35.
//
// Gotchas: JNA looks for libpascal.so in -Djna.library.path (CTest passes the
// build directory), then in the system's library paths. Java has no size_t:
// SizeT is an unsigned integer as wide as the platform's size_t (a plain long
// would be wrong on 32-bit platforms). Java has no unsigned int either: an
// entry read as int shows 2333606220 as -1961361076, so entries are widened
// with Integer.toUnsignedLong. The row is C memory: close(), run by
// try-with-resources, hands it back to deallocate_vec, never to free.
import com.sun.jna.IntegerType;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.ByReference;
import java.util.StringJoiner;

public final class PrintRows {
    /** size_t: unsigned, as wide as the platform's. */
    public static final class SizeT extends IntegerType {
        private static final long serialVersionUID = 1L;

        public SizeT() {
            this(0);
        }

        public SizeT(long value) {
            super(Native.SIZE_T_SIZE, value, true);
        }
    }

    /** A size_t* out-parameter. */
    public static final class SizeTByReference extends ByReference {
        public SizeTByReference() {
            super(Native.SIZE_T_SIZE);
        }

        public long getValue() {
            return Native.SIZE_T_SIZE == Long.BYTES
                    ? getPointer().getLong(0)
                    : Integer.toUnsignedLong(getPointer().getInt(0));
        }
    }

    public interface Pascal extends Library {
        Pascal INSTANCE = Native.load("pascal", Pascal.class);

        Pointer pascal_row(SizeT n, SizeTByReference sizeOut);

        void deallocate_vec(Pointer ptr, SizeT len);
    }

    /** Row n of the triangle, owned until close(). */
    static final class Row implements AutoCloseable {
        private final Pointer entries;
        private final long size;

        Row(long n) {
            SizeTByReference sizeOut = new SizeTByReference();
            entries = Pascal.INSTANCE.pascal_row(new SizeT(n), sizeOut);
            if (entries == null && n > 0) {
                throw new IllegalStateException(
                        "pascal_row(" + n + ") failed, errno " + Native.getLastError());
            }
            size = sizeOut.getValue();
        }

        long size() {
            return size;
        }

        long get(long index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException("entry " + index + " of " + size);
            }
            return Integer.toUnsignedLong(entries.getInt(index * Integer.BYTES));
        }

        @Override
        public void close() {
            Pascal.INSTANCE.deallocate_vec(entries, new SizeT(size));
        }
    }

    public static void main(String[] args) {
        try (Row ten = new Row(10)) {
            StringJoiner line = new StringJoiner(" ", "pascal_row(10): ", "");
            for (long k = 0; k < ten.size(); k++) {
                line.add(Long.toString(ten.get(k)));
            }
            System.out.println(line);
        }
        try (Row thirtyFive = new Row(35)) {
            System.out.println("pascal_row(35)[17]: " + thirtyFive.get(17));
        }
    }
}
