package dev.libpascal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the library is looked for, and which libraries are refused. Each case
 * opens the library in its own arena, closed afterwards, with an environment
 * of its own; the process's library is untouched.
 */
class LoaderTest {
    private static final String LIBDIR = Expected.environment("PASCAL_LIBDIR");
    private static final String RUNTIME_NAME = System.mapLibraryName("pascal") + "." + NativeLibrary.MAJOR;

    private static NativeLibrary open(Map<String, String> environment) {
        try (Arena arena = Arena.ofConfined()) {
            NativeLibrary library = NativeLibrary.open(environment::get, arena);
            assertEquals(NativeLibrary.MAJOR, library.versionNumber() / 10000);
            return library;
        }
    }

    private static UnsatisfiedLinkError refused(Map<String, String> environment) {
        try (Arena arena = Arena.ofConfined()) {
            return assertThrows(UnsatisfiedLinkError.class, () -> NativeLibrary.open(environment::get, arena));
        }
    }

    @Test
    void pascalLibraryNamesTheFileToLoad() {
        String file = Path.of(LIBDIR, RUNTIME_NAME).toString();
        assertEquals(file, open(Map.of("PASCAL_LIBRARY", file)).where);
    }

    @Test
    void pascalLibdirNamesItsDirectoryAndTheMajorVersionsFileIsTriedFirst() {
        assertEquals(Path.of(LIBDIR, RUNTIME_NAME).toString(), open(Map.of("PASCAL_LIBDIR", LIBDIR)).where);
    }

    @Test
    void withNeitherTheDynamicLoaderSearches() {
        // CTest puts the library's directory in LD_LIBRARY_PATH.
        assertEquals(RUNTIME_NAME, open(Map.of()).where);
    }

    @Test
    void aLibraryOfAnotherMajorVersionIsRefused() {
        String other = Expected.environment("PASCAL_OTHER_MAJOR_LIBRARY");
        UnsatisfiedLinkError error = refused(Map.of("PASCAL_LIBRARY", other));
        assertEquals(Path.of(other).toAbsolutePath() + " is libpascal 2.0.0, but the dev.libpascal package "
                + NativeLibrary.PACKAGE_VERSION + " needs major version 1", error.getMessage());
    }

    @Test
    void pascalLibraryIsTheOnlyPlaceLookedAtWhenSet() {
        // PASCAL_LIBDIR names a good library, but PASCAL_LIBRARY decides.
        String other = Expected.environment("PASCAL_OTHER_MAJOR_LIBRARY");
        UnsatisfiedLinkError error = refused(Map.of("PASCAL_LIBRARY", other, "PASCAL_LIBDIR", LIBDIR));
        assertTrue(error.getMessage().contains("2.0.0"), error.getMessage());
    }

    @Test
    void aLibraryLackingAFunctionIsRefused() {
        String incomplete = Expected.environment("PASCAL_INCOMPLETE_LIBRARY");
        UnsatisfiedLinkError error = refused(Map.of("PASCAL_LIBRARY", incomplete));
        assertTrue(error.getMessage().startsWith(Path.of(incomplete).toAbsolutePath() + " is not a complete libpascal: it has no "),
                error.getMessage());
    }

    @Test
    void aMissingLibraryIsRefusedNamingEveryPathTried() {
        UnsatisfiedLinkError error = refused(Map.of("PASCAL_LIBDIR", "/nonexistent/a" + java.io.File.pathSeparator + "/nonexistent/b"));
        for (String tried : new String[] {"/nonexistent/a/" + RUNTIME_NAME, "/nonexistent/a/" + System.mapLibraryName("pascal"),
                "/nonexistent/b/" + RUNTIME_NAME}) {
            assertTrue(error.getMessage().contains(tried), error.getMessage());
        }
        assertTrue(error.getMessage().contains("Set PASCAL_LIBRARY"), error.getMessage());
    }

    @Test
    void theProcesssLibraryIsCheckedOnFirstUseAndEveryCallAfterSaysWhy(@TempDir Path directory) throws Exception {
        String other = Expected.environment("PASCAL_OTHER_MAJOR_LIBRARY");
        String output = ChildJvm.run(directory, """
                        for (int call = 0; call < 2; call++) {
                            try {
                                dev.libpascal.Pascal.row(10);
                            } catch (UnsatisfiedLinkError refused) {
                                System.out.println(refused.getMessage());
                            }
                        }""",
                Map.of("PASCAL_LIBRARY", other), "--enable-native-access=ALL-UNNAMED");
        String message = Path.of(other).toAbsolutePath() + " is libpascal 2.0.0, but the dev.libpascal package "
                + NativeLibrary.PACKAGE_VERSION + " needs major version 1";
        assertEquals(message + System.lineSeparator() + message + System.lineSeparator(), output);
    }
}
