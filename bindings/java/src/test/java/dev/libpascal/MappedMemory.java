package dev.libpascal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The process's mapped address space (VmSize in /proc/self/status, Linux). An
 * array of 256 MiB is always a mapping of its own, whoever maps it (libpascal
 * maps arrays of 32 MiB and more itself; glibc's malloc would too), so
 * allocating or freeing one moves this count by 256 MiB, far above what the
 * JVM does between two reads in a test.
 */
final class MappedMemory {
    static final long BIG_ROW = 1L << 26; // 2^26 entries: 256 MiB
    static final long BIG_ROW_BYTES = BIG_ROW * Integer.BYTES;

    private MappedMemory() {}

    static long bytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmSize:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("no VmSize in /proc/self/status");
    }

    /**
     * Collects garbage until the mapped address space is below {@code bytes},
     * for up to ten seconds; whether it got there. A collection only finds the
     * unreachable views: their arrays are freed afterwards, on the cleaner's
     * own thread, hence the wait.
     */
    static boolean fallsBelowAfterCollecting(long bytes) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        do {
            System.gc();
            if (bytes() < bytes) {
                return true;
            }
            Thread.sleep(10);
        } while (System.nanoTime() < deadline);
        return false;
    }

    /** A few collections, with time for the cleaner to act on what they find. */
    static void collect() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
    }
}
