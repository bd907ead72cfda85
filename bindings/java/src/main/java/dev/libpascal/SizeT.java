package dev.libpascal;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * size_t as the package's Java sees it: a {@code long}, whatever its width in
 * C ({@link Declarations#SIZE_T}: 8 bytes on 64-bit platforms, 4 on 32-bit
 * ones such as linux-x86). On a 32-bit platform a downcall handle takes and
 * returns {@code int} where the C function has size_t; {@link #widen} turns
 * it into the handle a 64-bit platform has, so every call is written once.
 */
final class SizeT {
    private SizeT() {}

    private static final MethodHandle NARROW;
    private static final MethodHandle UNSIGNED;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            NARROW = lookup.findStatic(SizeT.class, "narrow", MethodType.methodType(int.class, long.class));
            UNSIGNED = lookup.findStatic(Integer.class, "toUnsignedLong", MethodType.methodType(long.class, int.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * A 32-bit size_t from a {@code long}: as is if it fits, else SIZE_MAX.
     * A size past SIZE_MAX is more than the address space holds, and the C
     * functions answer SIZE_MAX with the error such a size deserves (ENOMEM,
     * EOVERFLOW, a buffer too small), as they answer a size past 2^32 on a
     * 64-bit platform; it never fits a buffer, so no call succeeds on a
     * size it did not get.
     */
    static int narrow(long size) {
        return size >= 0 && size <= 0xFFFF_FFFFL ? (int) size : -1;
    }

    /**
     * {@code handle}, a downcall of {@code descriptor}, taking and returning
     * {@code long} for each size_t of the descriptor. Unchanged where size_t
     * is already {@code long}; leading parameters the descriptor does not
     * list (a captured call state) are left alone.
     */
    static MethodHandle widen(MethodHandle handle, FunctionDescriptor descriptor) {
        return widen(handle, descriptor, Declarations.SIZE_T);
    }

    /** As {@link #widen(MethodHandle, FunctionDescriptor)}, for a platform
     *  whose size_t is {@code sizeT} (the tests try a 32-bit one). */
    static MethodHandle widen(MethodHandle handle, FunctionDescriptor descriptor, ValueLayout sizeT) {
        if (sizeT.carrier() == long.class) {
            return handle;
        }
        int first = handle.type().parameterCount() - descriptor.argumentLayouts().size();
        for (int i = 0; i < descriptor.argumentLayouts().size(); i++) {
            if (isSizeT(descriptor.argumentLayouts().get(i), sizeT)) {
                handle = MethodHandles.filterArguments(handle, first + i, NARROW);
            }
        }
        if (descriptor.returnLayout().filter(layout -> isSizeT(layout, sizeT)).isPresent()) {
            handle = MethodHandles.filterReturnValue(handle, UNSIGNED);
        }
        return handle;
    }

    private static boolean isSizeT(MemoryLayout layout, ValueLayout sizeT) {
        return layout instanceof ValueLayout value && value.name().equals(sizeT.name())
                && value.carrier() == sizeT.carrier();
    }

    /** The size_t at {@code offset} of {@code struct}, as a {@code long}. */
    static long get(MemorySegment struct, long offset) {
        return Declarations.SIZE_T.carrier() == long.class
                ? struct.get(ValueLayout.JAVA_LONG, offset)
                : Integer.toUnsignedLong(struct.get(ValueLayout.JAVA_INT, offset));
    }

    /** Stores {@code size} as the size_t at {@code offset} of {@code struct}. */
    static void set(MemorySegment struct, long offset, long size) {
        if (Declarations.SIZE_T.carrier() == long.class) {
            struct.set(ValueLayout.JAVA_LONG, offset, size);
        } else {
            struct.set(ValueLayout.JAVA_INT, offset, narrow(size));
        }
    }
}
