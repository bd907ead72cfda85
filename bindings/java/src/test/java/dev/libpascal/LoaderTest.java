package dev.libpascal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the library is looked for, and which libraries are refused. Each case
 * opens the library in its own arena, closed afterwards, with an environment,
 * properties and a jar of its own (the jar's resources, as a map from
 * resource name to file); the process's library is untouched.
 */
class LoaderTest {
    private static final String LIBDIR = Expected.environment("PASCAL_LIBDIR");
    private static final String RUNTIME_NAME = System.mapLibraryName("pascal") + "." + NativeLibrary.MAJOR;
    private static final Platform PLATFORM = Platform.current();
    private static final String GOOD = Path.of(LIBDIR, RUNTIME_NAME).toString();

    @TempDir
    Path cache;

    /** A jar whose resources are these files. */
    static Function<String, InputStream> jar(Map<String, String> resources) {
        return name -> {
            String file = resources.get(name);
            try {
                return file == null ? null : Files.newInputStream(Path.of(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /** A jar with the given file as this platform's library. */
    static Function<String, InputStream> jarWith(String library) {
        return jar(Map.of(BundledLibrary.resource(PLATFORM, NativeLibrary.MAJOR), library));
    }

    private NativeLibrary open(Map<String, String> environment) {
        return open(environment, Map.of(), jar(Map.of()));
    }

    private NativeLibrary open(Map<String, String> environment, Map<String, String> properties,
            Function<String, InputStream> jar) {
        try (Arena arena = Arena.ofConfined()) {
            NativeLibrary library = NativeLibrary.open(environment::get, withCache(properties)::get, PLATFORM, jar,
                    arena);
            assertEquals(NativeLibrary.MAJOR, library.versionNumber() / 10000);
            return library;
        }
    }

    private UnsatisfiedLinkError refused(Map<String, String> environment) {
        return refused(environment, Map.of(), PLATFORM, jar(Map.of()));
    }

    private UnsatisfiedLinkError refused(Map<String, String> environment, Map<String, String> properties,
            Platform platform, Function<String, InputStream> jar) {
        try (Arena arena = Arena.ofConfined()) {
            return assertThrows(UnsatisfiedLinkError.class,
                    () -> NativeLibrary.open(environment::get, withCache(properties)::get, platform, jar, arena));
        }
    }

    /** The properties, with the cache in this test's directory. */
    private Map<String, String> withCache(Map<String, String> properties) {
        Map<String, String> all = new HashMap<>(properties);
        all.putIfAbsent(BundledLibrary.CACHE_PROPERTY, cache.toString());
        return all;
    }

    @Test
    void pascalLibraryNamesTheFileToLoad() {
        assertEquals(GOOD, open(Map.of("PASCAL_LIBRARY", GOOD)).where);
    }

    @Test
    void pascalLibdirNamesItsDirectoryAndTheMajorVersionsFileIsTriedFirst() {
        assertEquals(GOOD, open(Map.of("PASCAL_LIBDIR", LIBDIR)).where);
    }

    @Test
    void withNoneSetTheJarsLibraryIsExtractedAndLoaded() {
        NativeLibrary library = open(Map.of(), Map.of(), jarWith(GOOD));
        Path where = Path.of(library.where);
        assertTrue(where.startsWith(cache.resolve(NativeLibrary.PACKAGE_VERSION).resolve(PLATFORM.key())), library.where);
        assertEquals(RUNTIME_NAME, where.getFileName().toString());
    }

    @Test
    void aJarWithNoLibraryForThePlatformSaysWhichPlatform() {
        UnsatisfiedLinkError error = refused(Map.of(), Map.of(), Platform.of("FreeBSD", "amd64"), jarWith(GOOD));
        assertTrue(error.getMessage().startsWith("the dev.libpascal " + NativeLibrary.PACKAGE_VERSION
                + " jar has no libpascal for freebsd-x86_64 (it has no native/freebsd-x86_64/libpascal.so.1)"),
                error.getMessage());
        assertTrue(error.getMessage().contains("-Dlibpascal.library=<file>, PASCAL_LIBRARY=<file> or PASCAL_LIBDIR=<dir>"),
                error.getMessage());
    }

    @Test
    void thePropertyComesBeforePascalLibrary() {
        String other = Expected.environment("PASCAL_OTHER_MAJOR_LIBRARY");
        assertEquals(GOOD, open(Map.of("PASCAL_LIBRARY", other), Map.of("libpascal.library", GOOD),
                jar(Map.of())).where);
        UnsatisfiedLinkError error = refused(Map.of("PASCAL_LIBRARY", GOOD), Map.of("libpascal.library", other),
                PLATFORM, jarWith(GOOD));
        assertTrue(error.getMessage().startsWith(Path.of(other).toAbsolutePath() + " is libpascal 2.0.0"),
                error.getMessage());
    }

    @Test
    void pascalLibdirComesBeforeTheJar(@TempDir Path libdir) throws IOException {
        // A directory whose libpascal is of another major version decides,
        // though the jar holds a good one.
        Files.copy(Path.of(Expected.environment("PASCAL_OTHER_MAJOR_LIBRARY")), libdir.resolve(RUNTIME_NAME));
        UnsatisfiedLinkError error = refused(Map.of("PASCAL_LIBDIR", libdir.toString()), Map.of(), PLATFORM,
                jarWith(GOOD));
        assertTrue(error.getMessage().startsWith(libdir.resolve(RUNTIME_NAME) + " is libpascal 2.0.0"),
                error.getMessage());
    }

    @Test
    void theJarsLibraryIsCheckedLikeAnyOther() {
        String other = Expected.environment("PASCAL_OTHER_MAJOR_LIBRARY");
        UnsatisfiedLinkError error = refused(Map.of(), Map.of(), PLATFORM, jarWith(other));
        assertTrue(error.getMessage().startsWith(cache.toString()), error.getMessage());
        assertTrue(error.getMessage().contains(" is libpascal 2.0.0"), error.getMessage());
    }

    @Test
    void aCacheThatCannotBeWrittenIsNamedWithTheProperty() throws IOException {
        Path notADirectory = Files.writeString(cache.resolve("file"), "");
        UnsatisfiedLinkError error = refused(Map.of(), Map.of("libpascal.cache.dir", notADirectory.toString()),
                PLATFORM, jarWith(GOOD));
        assertTrue(error.getMessage().startsWith("cannot extract the dev.libpascal jar's libpascal for "
                + PLATFORM.key() + " into " + notADirectory), error.getMessage());
        assertTrue(error.getMessage().contains("-Dlibpascal.cache.dir=<dir>"), error.getMessage());
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
        assertTrue(error.getMessage().contains("Set PASCAL_LIBDIR to the directory of a libpascal 1 for "), error.getMessage());
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
