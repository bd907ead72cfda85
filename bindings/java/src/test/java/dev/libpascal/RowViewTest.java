package dev.libpascal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.ValueLayout;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** Pascal.rowView(n): the library's array read in place, freed by close(). */
class RowViewTest {
    @Test
    void aViewReadsTheLibrarysArrayInPlace() {
        try (Row row = Pascal.rowView(35)) {
            assertEquals(35, row.size());
            assertEquals(35L * Integer.BYTES, row.segment().byteSize());
            assertEquals(2333606220L, row.get(17));
            assertEquals(2333606220L, Integer.toUnsignedLong(row.segment().getAtIndex(ValueLayout.JAVA_INT, 17)));
            assertArrayEquals(Expected.row(35), row.toArray());
        }
    }

    @Test
    void readingAClosedViewThrowsIllegalStateException() {
        Row row = Pascal.rowView(10);
        row.close();
        assertFalse(row.isOpen());
        assertEquals(10, row.size());
        assertThrows(IllegalStateException.class, () -> row.get(0));
        assertThrows(IllegalStateException.class, () -> row.segment().getAtIndex(ValueLayout.JAVA_INT, 0));
        assertThrows(IllegalStateException.class, row::toArray);
    }

    @Test
    void closingAViewFreesItsArrayThroughTheLibrary() {
        long before = MappedMemory.bytes();
        Row row = Pascal.rowView(MappedMemory.BIG_ROW);
        assertTrue(MappedMemory.bytes() - before >= MappedMemory.BIG_ROW_BYTES, "the library allocated the row");
        row.close();
        assertTrue(MappedMemory.bytes() - before < MappedMemory.BIG_ROW_BYTES / 2, "close() freed it");
    }

    @Test
    void closingTwiceFreesOnce() {
        // A second pascal_array_free of an mmapped block would crash the JVM.
        Row row = Pascal.rowView(MappedMemory.BIG_ROW);
        row.close();
        row.close();
        assertFalse(row.isOpen());
    }

    @Test
    void anotherThreadCannotReadOrCloseAView() throws InterruptedException {
        try (Row row = Pascal.rowView(10)) {
            ExecutionException failure = assertThrows(ExecutionException.class,
                    () -> CompletableFuture.supplyAsync(() -> row.get(0)).get());
            assertInstanceOf(WrongThreadException.class, failure.getCause());
            ExecutionException closing = assertThrows(ExecutionException.class,
                    () -> CompletableFuture.runAsync(row::close).get());
            assertInstanceOf(WrongThreadException.class, closing.getCause());
            assertEquals(1, row.get(0));
        }
    }

    @Test
    void anEntryOutsideTheRowIsAnIndexOutOfBoundsException() {
        try (Row row = Pascal.rowView(10)) {
            assertThrows(IndexOutOfBoundsException.class, () -> row.get(10));
            assertThrows(IndexOutOfBoundsException.class, () -> row.get(-1));
        }
    }

    @Test
    void rowZeroIsAnEmptyView() {
        try (Row row = Pascal.rowView(0)) {
            assertEquals(0, row.size());
            assertArrayEquals(new long[0], row.toArray());
        }
    }

    @Test
    void row2To62IsAPascalOutOfMemoryError() {
        PascalOutOfMemoryError error = assertThrows(PascalOutOfMemoryError.class, () -> Pascal.rowView(1L << 62));
        assertInstanceOf(OutOfMemoryError.class, error);
        assertEquals(Errno.ENOMEM, error.errno());
        assertTrue(error.getMessage().contains("ENOMEM"), error.getMessage());
    }

    @Test
    void aNegativeRowViewIsRefusedBeforeC() {
        assertThrows(IllegalArgumentException.class, () -> Pascal.rowView(-1));
    }
}
