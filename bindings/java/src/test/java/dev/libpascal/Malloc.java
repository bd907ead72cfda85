package dev.libpascal;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;

/**
 * glibc's count of the bytes malloc holds in mmapped blocks (mallinfo2's
 * hblkhd). An array of 256 MiB is always such a block (glibc's mmap threshold
 * is at most 32 MiB), whichever thread allocates it, so allocating or freeing
 * one moves this count by 256 MiB, far above what the JVM's own mallocs do.
 */
@SuppressWarnings("restricted")
final class Malloc {
    static final long BIG_ROW = 1L << 26; // 2^26 entries: 256 MiB
    static final long BIG_ROW_BYTES = BIG_ROW * Integer.BYTES;

    private static final StructLayout MALLINFO2 = MemoryLayout.structLayout(
            JAVA_LONG.withName("arena"), JAVA_LONG.withName("ordblks"), JAVA_LONG.withName("smblks"),
            JAVA_LONG.withName("hblks"), JAVA_LONG.withName("hblkhd"), JAVA_LONG.withName("usmblks"),
            JAVA_LONG.withName("fsmblks"), JAVA_LONG.withName("uordblks"), JAVA_LONG.withName("fordblks"),
            JAVA_LONG.withName("keepcost"));
    private static final long HBLKHD = MALLINFO2.byteOffset(MemoryLayout.PathElement.groupElement("hblkhd"));
    private static final MethodHandle MALLINFO2_CALL = Linker.nativeLinker().downcallHandle(
            Linker.nativeLinker().defaultLookup().find("mallinfo2").orElseThrow(),
            FunctionDescriptor.of(MALLINFO2));

    private Malloc() {}

    static long mmappedBytes() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment info = (MemorySegment) MALLINFO2_CALL.invokeExact((java.lang.foreign.SegmentAllocator) arena);
            return info.get(JAVA_LONG, HBLKHD);
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }
}
