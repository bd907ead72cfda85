package dev.libpascal;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.junit.jupiter.api.Test;

/**
 * size_t on a 32-bit platform, tried on this one: a Java method stands for a
 * C function whose size_t is a 4-byte int, and {@link SizeT#widen} must give
 * the package the handle it calls on a 64-bit platform.
 */
class SizeTTest {
    private static final ValueLayout SIZE_T_32 = JAVA_INT.withName("size_t");

    /** size_t f(size_t n, uint32_t bits, void *out, size_t capacity): returns its
     *  arguments folded into one value, so each arrival is seen. */
    static int stand_in(int n, int bits, MemorySegment out, int capacity) {
        return n == -1 ? -1 : n * 1000 + bits * 10 + capacity;
    }

    private static MethodHandle standIn() throws ReflectiveOperationException {
        return MethodHandles.lookup().findStatic(SizeTTest.class, "stand_in",
                MethodType.methodType(int.class, int.class, int.class, MemorySegment.class, int.class));
    }

    private static final FunctionDescriptor DESCRIPTOR =
            FunctionDescriptor.of(SIZE_T_32, SIZE_T_32, JAVA_INT, ADDRESS, SIZE_T_32);

    @Test
    void sizesBecomeLongsAndUint32sStayInts() throws Throwable {
        MethodHandle widened = SizeT.widen(standIn(), DESCRIPTOR, SIZE_T_32);
        assertEquals(MethodType.methodType(long.class, long.class, int.class, MemorySegment.class, long.class),
                widened.type());
        assertEquals(7_000L + 30 + 4, (long) widened.invokeExact(7L, 3, MemorySegment.NULL, 4L));
    }

    @Test
    void aReturnedSizeIsUnsigned() throws Throwable {
        MethodHandle widened = SizeT.widen(standIn(), DESCRIPTOR, SIZE_T_32);
        // SIZE_MAX of a 32-bit size_t comes back as 2^32 - 1, not -1.
        assertEquals(0xFFFF_FFFFL, (long) widened.invokeExact(0xFFFF_FFFFL, 0, MemorySegment.NULL, 0L));
    }

    @Test
    void aSizePastSizeMaxArrivesAsSizeMax() {
        assertEquals(5, SizeT.narrow(5));
        assertEquals(-1, SizeT.narrow(0xFFFF_FFFFL)); // SIZE_MAX itself
        assertEquals(-1, SizeT.narrow(1L << 32));
        assertEquals(-1, SizeT.narrow(1L << 62));
        assertEquals(-1, SizeT.narrow(-1L));
        assertEquals(Integer.MIN_VALUE, SizeT.narrow(1L << 31));
    }

    @Test
    void aCapturedCallStateInFrontIsLeftAlone() throws Throwable {
        MethodHandle withState = MethodHandles.dropArguments(standIn(), 0, MemorySegment.class);
        MethodHandle widened = SizeT.widen(withState, DESCRIPTOR, SIZE_T_32);
        assertEquals(MethodType.methodType(long.class, MemorySegment.class, long.class, int.class, MemorySegment.class,
                long.class), widened.type());
        assertEquals(2_000L + 10 + 9, (long) widened.invokeExact(MemorySegment.NULL, 2L, 1, MemorySegment.NULL, 9L));
    }

    @Test
    void a64BitSizeTChangesNothing() throws Throwable {
        MethodHandle handle = standIn();
        assertSame(handle, SizeT.widen(handle, DESCRIPTOR, JAVA_LONG.withName("size_t")));
    }

    @Test
    void thisPlatformsSizeTIsTheLinkersAndTheStructFollowsIt() {
        assertEquals(Linker.nativeLinker().canonicalLayouts().get("size_t").byteSize(),
                Declarations.SIZE_T.byteSize());
        MemoryLayout size = Declarations.PASCAL_ARRAY.select(MemoryLayout.PathElement.groupElement("size"));
        assertEquals(Declarations.SIZE_T.byteSize(), size.byteSize());
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment array = arena.allocate(Declarations.PASCAL_ARRAY);
            long offset = Declarations.PASCAL_ARRAY.byteOffset(MemoryLayout.PathElement.groupElement("size"));
            SizeT.set(array, offset, 123_456L);
            assertEquals(123_456L, SizeT.get(array, offset));
        }
    }
}
