package dev.libpascal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The libraries the jar carries, one per platform, under
 * {@code dev/libpascal/native/<platform key>/<file>}, and their copies on
 * disk: a library is loaded from a file, so the jar's is extracted once, to
 * {@code <cache>/<package version>/<platform key>/<SHA-256>/<file>}, and
 * reused by every later JVM while its bytes still hash to that name.
 *
 * <p>Safe when many JVMs start at once: each writes its own temporary file
 * in the final directory and moves it onto the name atomically, so a reader
 * sees no file or a whole one, and every writer writes the same bytes. A
 * file that no longer matches (cut short, corrupted) is replaced the same
 * way.
 */
final class BundledLibrary {
    /** Names the cache directory instead of the default (a {@code noexec}
     *  temporary directory cannot hold a library to load). */
    static final String CACHE_PROPERTY = "libpascal.cache.dir";

    private BundledLibrary() {}

    /** The jar's resource name of {@code platform}'s library. */
    static String resource(Platform platform, int major) {
        return "native/" + platform.key() + "/" + platform.libraryFile(major);
    }

    /**
     * The cache directory: the property {@value #CACHE_PROPERTY} if set, else
     * {@code $XDG_CACHE_HOME/libpascal}, else (Windows)
     * {@code %LOCALAPPDATA%\libpascal}, else {@code ~/.cache/libpascal}.
     */
    static Path cacheDirectory(Function<String, String> properties, Function<String, String> environment) {
        String named = properties.apply(CACHE_PROPERTY);
        if (named != null && !named.isEmpty()) {
            return Path.of(named).toAbsolutePath();
        }
        String xdg = environment.apply("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isEmpty()) {
            return Path.of(xdg, "libpascal").toAbsolutePath();
        }
        String local = environment.apply("LOCALAPPDATA");
        if (local != null && !local.isEmpty()) {
            return Path.of(local, "libpascal").toAbsolutePath();
        }
        return Path.of(properties.apply("user.home"), ".cache", "libpascal").toAbsolutePath();
    }

    /**
     * The file holding {@code platform}'s library from {@code resources}
     * (resource name to its contents, or null when there is none), written
     * under {@code cache} if it is not there whole already.
     *
     * @return the file, or null if {@code resources} has no library for the platform
     * @throws IOException if the cache cannot be written
     */
    static Path extract(Function<String, InputStream> resources, Platform platform, int major, String version,
            Path cache) throws IOException {
        byte[] library;
        try (InputStream in = resources.apply(resource(platform, major))) {
            if (in == null) {
                return null;
            }
            library = in.readAllBytes();
        }
        String hash = sha256(library);
        Path directory = cache.resolve(version).resolve(platform.key()).resolve(hash);
        Path file = directory.resolve(platform.libraryFile(major));
        if (holds(file, hash)) {
            return file;
        }
        Files.createDirectories(directory);
        Path temporary = writeTemporary(directory, platform.libraryFile(major), library);
        try {
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException replaceRefused) {
                // Windows cannot replace a DLL another process has loaded: that
                // one is whole if it hashes right, and then it is the answer.
                if (!holds(file, hash)) {
                    throw replaceRefused;
                }
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
        return file;
    }

    /**
     * A new file in {@code directory} holding {@code bytes}, named after
     * {@code name}, this process and a counter: no other writer has that
     * name, and a name left by a process that died is skipped. Not
     * Files.createTempFile, whose random names seed a SecureRandom first
     * (slow to start on some systems, and wine lacks what the JDK's Windows
     * seeding calls).
     */
    private static Path writeTemporary(Path directory, String name, byte[] bytes) throws IOException {
        String prefix = "." + name + "." + ProcessHandle.current().pid() + ".";
        while (true) {
            Path temporary = directory.resolve(prefix + TEMPORARIES.incrementAndGet() + ".tmp");
            try {
                Files.write(temporary, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                return temporary;
            } catch (FileAlreadyExistsException leftBehind) {
                continue; // the next number
            } catch (IOException cutShort) {
                Files.deleteIfExists(temporary);
                throw cutShort;
            }
        }
    }

    private static final AtomicLong TEMPORARIES = new AtomicLong();

    /** Whether {@code file} exists and its contents hash to {@code hash}. */
    private static boolean holds(Path file, String hash) throws IOException {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        return sha256(Files.readAllBytes(file)).equals(hash);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException everyJdkHasIt) {
            throw new IllegalStateException(everyJdkHasIt);
        }
    }
}
