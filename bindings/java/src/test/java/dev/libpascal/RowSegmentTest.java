package dev.libpascal;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Pascal.rowSegment(n, arena): the library's array, freed when the caller's arena closes. */
class RowSegmentTest {
    @Test
    void aSegmentIsReadableUntilItsArenaCloses() {
        MemorySegment row;
        try (Arena arena = Arena.ofConfined()) {
            row = Pascal.rowSegment(35, arena);
            assertEquals(35L * Integer.BYTES, row.byteSize());
            assertEquals(2333606220L, Integer.toUnsignedLong(row.getAtIndex(JAVA_INT, 17)));
        }
        assertThrows(IllegalStateException.class, () -> row.getAtIndex(JAVA_INT, 0));
    }

    @Test
    void closingTheArenaFreesTheArrayThroughTheLibrary() {
        long before = MappedMemory.bytes();
        try (Arena arena = Arena.ofConfined()) {
            Pascal.rowSegment(MappedMemory.BIG_ROW, arena);
            assertTrue(MappedMemory.bytes() - before >= MappedMemory.BIG_ROW_BYTES, "the library allocated the row");
        }
        assertTrue(MappedMemory.bytes() - before < MappedMemory.BIG_ROW_BYTES / 2, "closing the arena freed it");
    }

    @Test
    void anAutoArenasSegmentIsFreedWhenCollected() throws InterruptedException {
        // The free runs on the JDK's cleaner thread here, not the caller's.
        long before = MappedMemory.bytes();
        MemorySegment row = Pascal.rowSegment(MappedMemory.BIG_ROW, Arena.ofAuto());
        assertTrue(MappedMemory.bytes() - before >= MappedMemory.BIG_ROW_BYTES, "the library allocated the row");
        assertEquals(MappedMemory.BIG_ROW - 1, row.getAtIndex(JAVA_INT, 1));
        row = null;
        assertTrue(MappedMemory.fallsBelowAfterCollecting(before + MappedMemory.BIG_ROW_BYTES / 2),
                "collecting the segment freed the row");
    }

    @Test
    void aClosedArenaIsRefusedAndTheArrayFreed() {
        Arena arena = Arena.ofConfined();
        arena.close();
        long before = MappedMemory.bytes();
        assertThrows(IllegalStateException.class, () -> Pascal.rowSegment(MappedMemory.BIG_ROW, arena));
        assertTrue(MappedMemory.bytes() - before < MappedMemory.BIG_ROW_BYTES / 2, "nothing leaked");
    }

    @Test
    void aNegativeRowSegmentIsRefusedBeforeC() {
        try (Arena arena = Arena.ofConfined()) {
            assertThrows(IllegalArgumentException.class, () -> Pascal.rowSegment(-1, arena));
        }
    }

    @Test
    void anotherThreadsArenaIsRefusedAndTheArrayFreed() throws Exception {
        Arena theirs = CompletableFuture.supplyAsync(Arena::ofConfined).get();
        long before = MappedMemory.bytes();
        assertThrows(WrongThreadException.class, () -> Pascal.rowSegment(MappedMemory.BIG_ROW, theirs));
        assertTrue(MappedMemory.bytes() - before < MappedMemory.BIG_ROW_BYTES / 2, "nothing leaked");
    }

    @Test
    void aSharedArenasSegmentIsReadableFromAnyThread() throws Exception {
        try (Arena shared = Arena.ofShared()) {
            MemorySegment row = Pascal.rowSegment(35, shared);
            long entry = CompletableFuture.supplyAsync(() -> Integer.toUnsignedLong(row.getAtIndex(JAVA_INT, 17))).get();
            assertEquals(2333606220L, entry);
        }
    }
}
