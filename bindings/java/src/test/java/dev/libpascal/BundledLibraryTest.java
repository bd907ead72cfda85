package dev.libpascal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar's library extracted into the cache: where it goes, that a whole
 * copy is reused and a damaged one replaced, and that extractions at once
 * (threads here, JVMs in {@link #twoJvmsStartingAtOnceShareOneCopy}) leave
 * one whole file and nothing else.
 */
class BundledLibraryTest {
    private static final Platform LINUX = Platform.of("Linux", "amd64");
    private static final byte[] LIBRARY = "not a real library, but its bytes are what counts".getBytes();

    @TempDir
    Path cache;

    private static Function<String, InputStream> jar(byte[] library) {
        return name -> name.equals("native/linux-x86_64/libpascal.so.1") ? new ByteArrayInputStream(library) : null;
    }

    private Path extract(byte[] library) throws IOException {
        return BundledLibrary.extract(jar(library), LINUX, 1, "1.1.0", cache);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** Every file under the cache. */
    private List<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(cache)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void theLibraryGoesUnderTheVersionThePlatformAndItsHash() throws Exception {
        Path file = extract(LIBRARY);
        assertEquals(cache.resolve("1.1.0").resolve("linux-x86_64").resolve(sha256(LIBRARY)).resolve("libpascal.so.1"),
                file);
        assertArrayEquals(LIBRARY, Files.readAllBytes(file));
        assertEquals(List.of(file), files());
    }

    @Test
    void aWholeCopyIsReusedAsItIs() throws Exception {
        Path file = extract(LIBRARY);
        FileTime written = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(file, written);
        Object inode = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        assertEquals(file, extract(LIBRARY));
        assertEquals(written, Files.getLastModifiedTime(file));
        assertEquals(inode, Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey());
    }

    @Test
    void aCorruptedOrShortCopyIsReplaced() throws Exception {
        Path file = extract(LIBRARY);
        Files.write(file, "garbage".getBytes());
        assertEquals(file, extract(LIBRARY));
        assertArrayEquals(LIBRARY, Files.readAllBytes(file));
        Files.write(file, new byte[0]);
        assertEquals(file, extract(LIBRARY));
        assertArrayEquals(LIBRARY, Files.readAllBytes(file));
        assertEquals(List.of(file), files());
    }

    @Test
    void anotherLibraryGoesToADirectoryOfItsOwn() throws Exception {
        byte[] other = "another build".getBytes();
        Path first = extract(LIBRARY);
        Path second = extract(other);
        assertNotEquals(first, second);
        assertArrayEquals(LIBRARY, Files.readAllBytes(first));
        assertArrayEquals(other, Files.readAllBytes(second));
    }

    @Test
    void aJarWithoutThePlatformsLibraryGivesNothing() throws Exception {
        assertNull(BundledLibrary.extract(jar(LIBRARY), Platform.of("Linux", "s390x"), 1, "1.1.0", cache));
        assertEquals(List.of(), files());
    }

    @Test
    void manyExtractionsAtOnceLeaveOneWholeFile() throws Exception {
        byte[] large = new byte[4 << 20]; // large enough that writes overlap
        new java.util.Random(7).nextBytes(large);
        int threads = 8;
        for (int round = 0; round < 20; round++) {
            Path into = Files.createDirectory(cache.resolve("round" + round));
            CyclicBarrier start = new CyclicBarrier(threads);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<Path>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Callable<Path> extraction = () -> {
                    start.await();
                    Path file = BundledLibrary.extract(jar(large), LINUX, 1, "1.1.0", into);
                    // Whoever returns first, the file is whole when it does.
                    assertArrayEquals(large, Files.readAllBytes(file));
                    return file;
                };
                results.add(pool.submit(extraction));
            }
            Path first = results.get(0).get();
            for (Future<Path> result : results) {
                assertEquals(first, result.get());
            }
            pool.shutdown();
            try (Stream<Path> walk = Files.walk(into)) {
                assertEquals(List.of(first), walk.filter(Files::isRegularFile).toList());
            }
        }
    }

    @Test
    void twoJvmsStartingAtOnceShareOneCopy(@TempDir Path work) throws Exception {
        // A class path directory holding this platform's library as the jar
        // would: both JVMs load it from the cache, with nothing else set.
        Platform here = Platform.current();
        Path resources = work.resolve("resources");
        Path resource = resources.resolve("dev/libpascal").resolve(BundledLibrary.resource(here, NativeLibrary.MAJOR));
        Files.createDirectories(resource.getParent());
        Files.copy(Path.of(Expected.environment("PASCAL_LIBDIR"), here.libraryFile(NativeLibrary.MAJOR)), resource);
        Path shared = work.resolve("cache");
        Map<String, String> environment = new HashMap<>();
        environment.put("PASCAL_LIBRARY", null);
        environment.put("PASCAL_LIBDIR", null);
        List<Process> children = new ArrayList<>();
        for (int child = 0; child < 2; child++) {
            children.add(ChildJvm.start(work.resolve("child" + child),
                    "System.out.println(java.util.Arrays.toString(dev.libpascal.Pascal.row(5)));",
                    environment, List.of(resources),
                    List.of("--enable-native-access=ALL-UNNAMED", "-Dlibpascal.cache.dir=" + shared)));
        }
        for (Process child : children) {
            assertEquals("[1, 4, 6, 4, 1]" + System.lineSeparator(), ChildJvm.finish(child));
        }
        try (Stream<Path> walk = Files.walk(shared)) {
            assertEquals(List.of(shared.resolve(NativeLibrary.PACKAGE_VERSION).resolve(here.key())
                    .resolve(sha256(Files.readAllBytes(resource))).resolve(here.libraryFile(NativeLibrary.MAJOR))),
                    walk.filter(Files::isRegularFile).toList());
        }
    }

    @Test
    void thePropertyNamesTheCacheElseXdgCacheHomeElseTheHomesCache() {
        Map<String, String> properties = new HashMap<>(Map.of("user.home", "/home/u"));
        Map<String, String> environment = new HashMap<>();
        assertEquals(Path.of("/home/u/.cache/libpascal"), BundledLibrary.cacheDirectory(properties::get, environment::get));
        environment.put("XDG_CACHE_HOME", "/xdg");
        assertEquals(Path.of("/xdg/libpascal"), BundledLibrary.cacheDirectory(properties::get, environment::get));
        properties.put("libpascal.cache.dir", "/exec/ok");
        assertEquals(Path.of("/exec/ok"), BundledLibrary.cacheDirectory(properties::get, environment::get));
        assertTrue(BundledLibrary.cacheDirectory(Map.of("libpascal.cache.dir", "relative")::get, environment::get)
                .isAbsolute());
    }
}
