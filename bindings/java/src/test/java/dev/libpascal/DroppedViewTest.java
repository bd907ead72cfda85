package dev.libpascal;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.MemorySegment;
import org.junit.jupiter.api.Test;

/**
 * A Row or Triangle dropped without close(): its array is freed once the view
 * and every segment taken from it are unreachable, as Arena.ofAuto() frees
 * its segments. close() stays the way to free at a moment of your choosing.
 */
class DroppedViewTest {
    private static final int VIEWS = 500;
    private static final long ROW = 1_000_000; // 4 MB: 500 of them leaked would map 2 GB
    private static final long BOUND = 256L << 20;

    @Test
    void aLoopOfDroppedViewsStaysBounded() throws InterruptedException {
        long before = MappedMemory.bytes();
        long peak = 0;
        for (int i = 1; i <= VIEWS; i++) {
            Pascal.rowView(ROW);
            if (i % 25 == 0) {
                System.gc(); // the views are all but invisible on the Java heap: nothing else would collect them
            }
            peak = Math.max(peak, MappedMemory.bytes() - before);
        }
        assertTrue(peak < BOUND, VIEWS + " dropped rows of " + ROW + " entries mapped up to " + (peak >> 20)
                + " MiB more, past the bound of " + (BOUND >> 20) + " MiB");
        assertTrue(MappedMemory.fallsBelowAfterCollecting(before + BOUND), "collected, they stay freed");
    }

    @Test
    void aDroppedTriangleIsFreedWhenCollected() throws InterruptedException {
        long before = MappedMemory.bytes();
        Pascal.triangleView(11586); // 67,124,691 entries: 256 MiB
        assertTrue(MappedMemory.bytes() - before >= MappedMemory.BIG_ROW_BYTES, "the library allocated the triangle");
        assertTrue(MappedMemory.fallsBelowAfterCollecting(before + MappedMemory.BIG_ROW_BYTES / 2),
                "collecting the dropped triangle freed it");
    }

    @Test
    void aSegmentKeepsTheArrayOfItsDroppedViewUntilItIsDroppedToo() throws InterruptedException {
        long before = MappedMemory.bytes();
        MemorySegment entry1 = Pascal.rowView(MappedMemory.BIG_ROW).segment().asSlice(Integer.BYTES, Integer.BYTES);
        MappedMemory.collect();
        assertTrue(MappedMemory.bytes() - before > MappedMemory.BIG_ROW_BYTES / 2, "the slice kept the row");
        assertEquals(MappedMemory.BIG_ROW - 1, entry1.get(JAVA_INT, 0)); // C(n-1, 1)
        entry1 = null;
        assertTrue(MappedMemory.fallsBelowAfterCollecting(before + MappedMemory.BIG_ROW_BYTES / 2),
                "collecting the slice freed the row");
    }

    @Test
    void aClosedViewIsNotFreedAgainWhenCollected() throws InterruptedException {
        long before = MappedMemory.bytes();
        Row closed = Pascal.rowView(MappedMemory.BIG_ROW);
        closed.close();
        closed = null;
        // The next row likely takes the same addresses: freeing the closed one
        // a second time would unmap it, and reading it would crash the JVM.
        try (Row next = Pascal.rowView(MappedMemory.BIG_ROW)) {
            MappedMemory.collect();
            assertTrue(MappedMemory.bytes() - before > MappedMemory.BIG_ROW_BYTES / 2, "the next row is still mapped");
            assertEquals(MappedMemory.BIG_ROW - 1, next.get(1));
        }
    }
}
