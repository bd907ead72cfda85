package dev.libpascal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The version of the library loaded, and the constant the header also has. */
class VersionTest {
    @Test
    void versionIsTheLoadedLibrarysVersion() {
        String expected = Expected.environment("PASCAL_EXPECTED_VERSION");
        assertEquals(expected, Pascal.version());
        String[] parts = expected.split("\\.");
        long number = Long.parseLong(parts[0]) * 10000 + Long.parseLong(parts[1]) * 100 + Long.parseLong(parts[2]);
        assertEquals(number, Pascal.versionNumber());
    }

    @Test
    void thePackageHasTheVersionOfTheLibraryItWasMadeFor() {
        assertEquals(Expected.environment("PASCAL_EXPECTED_VERSION"), NativeLibrary.PACKAGE_VERSION);
    }

    @Test
    void rowExactMaxIs35() {
        assertEquals(35, Pascal.rowExactMax());
    }
}
