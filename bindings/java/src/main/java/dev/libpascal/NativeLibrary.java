package dev.libpascal;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.lang.ref.Cleaner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;

/**
 * libpascal, opened and bound: a downcall handle for every function the
 * package calls. The library the process uses is opened once, on first use
 * ({@link #get()}); {@link #open} opens any other, for the loader's tests.
 *
 * <p>Every restricted method of java.lang.foreign the package calls
 * (libraryLookup, downcallHandle, reinterpret) is called here and nowhere
 * else: they are why the package needs native access.
 */
@SuppressWarnings("restricted")
final class NativeLibrary {
    static final String LIBRARY_VARIABLE = "PASCAL_LIBRARY";
    static final String LIBDIR_VARIABLE = "PASCAL_LIBDIR";
    /** Names the library file; before the variables. */
    static final String LIBRARY_PROPERTY = "libpascal.library";
    static final String PACKAGE_VERSION = packageVersion();
    static final int MAJOR = Integer.parseInt(PACKAGE_VERSION.substring(0, PACKAGE_VERSION.indexOf('.')));

    private static final Linker LINKER = Linker.nativeLinker();
    // The C declarations are Declarations, generated from pascal.h; size_t is
    // the platform's there, and a long here on every platform (SizeT).
    private static final StructLayout PASCAL_ARRAY = Declarations.PASCAL_ARRAY;
    private static final long ARRAY_SIZE_OFFSET =
            PASCAL_ARRAY.byteOffset(MemoryLayout.PathElement.groupElement("size"));
    private static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
    private static final long ERRNO_OFFSET = CALL_STATE.byteOffset(MemoryLayout.PathElement.groupElement("errno"));

    /** The path or name the library was opened by, for messages. */
    final String where;

    private final MethodHandle versionNumber;
    private final MethodHandle versionString;
    private final MethodHandle rowExactMax;
    private final MethodHandle rowAlloc;
    private final MethodHandle triangleAlloc;
    private final MethodHandle arrayFree;
    private final MethodHandle rowInto;
    private final MethodHandle triangleInto;
    private final MethodHandle entry;
    private final MethodHandle rowRange;

    private NativeLibrary(String where, SymbolLookup lookup, MethodHandle versionNumber) {
        this.where = where;
        this.versionNumber = versionNumber;
        versionString = bind(lookup, where, "pascal_version_string", Declarations.PASCAL_VERSION_STRING);
        rowExactMax = bind(lookup, where, "pascal_row_exact_max", Declarations.PASCAL_ROW_EXACT_MAX);
        rowAlloc = bind(lookup, where, "pascal_row_alloc", Declarations.PASCAL_ROW_ALLOC);
        triangleAlloc = bind(lookup, where, "pascal_triangle_alloc", Declarations.PASCAL_TRIANGLE_ALLOC);
        arrayFree = bind(lookup, where, "pascal_array_free", Declarations.PASCAL_ARRAY_FREE);
        // critical(true): these functions may write straight into a Java
        // array (a heap segment). They are O(n) at most (pascal_row_range
        // O(log^2 n + count), pascal_entry O(log^2 n)), call nothing back,
        // and the garbage collector waits while they run.
        rowInto = bind(lookup, where, "pascal_row_into", Declarations.PASCAL_ROW_INTO, Linker.Option.critical(true));
        triangleInto = bind(lookup, where, "pascal_triangle_into", Declarations.PASCAL_TRIANGLE_INTO,
                Linker.Option.critical(true));
        entry = bind(lookup, where, "pascal_entry", Declarations.PASCAL_ENTRY, Linker.Option.critical(true));
        // pascal_row_range reports its error through errno, which the JVM may
        // change before Java could read it: the linker captures it at the call.
        rowRange = bind(lookup, where, "pascal_row_range", Declarations.PASCAL_ROW_RANGE,
                Linker.Option.critical(true), Linker.Option.captureCallState("errno"));
    }

    // ---- Loading ----

    private static final class Loaded {
        // The outcome of opening the process's library: a NativeLibrary, or
        // what went wrong, thrown afresh by every call to get().
        static final Object OUTCOME = openForProcess();
    }

    private static Object openForProcess() {
        try {
            return open(System::getenv, System::getProperty, Platform.current(),
                    NativeLibrary.class::getResourceAsStream, Arena.global());
        } catch (UnsatisfiedLinkError | IllegalCallerException failure) {
            return failure;
        }
    }

    /**
     * The library this process uses, opened on first call.
     *
     * @throws UnsatisfiedLinkError if it cannot be found, lacks a function,
     *     or has another major version (every call, with the same message)
     * @throws IllegalCallerException if native access is not enabled for
     *     this package
     */
    static NativeLibrary get() {
        Object outcome = Loaded.OUTCOME;
        if (outcome instanceof NativeLibrary library) {
            return library;
        }
        if (outcome instanceof IllegalCallerException refused) {
            throw new IllegalCallerException(refused.getMessage()
                    + ": run java with --enable-native-access=dev.libpascal (module path)"
                    + " or --enable-native-access=ALL-UNNAMED (class path)", refused);
        }
        UnsatisfiedLinkError failure = (UnsatisfiedLinkError) outcome;
        UnsatisfiedLinkError again = new UnsatisfiedLinkError(failure.getMessage());
        again.initCause(failure);
        throw again;
    }

    /**
     * Opens the library in {@code arena}, from the first place that is set:
     * the property {@value #LIBRARY_PROPERTY} (a file), PASCAL_LIBRARY (a
     * file), the directories of PASCAL_LIBDIR, else the jar's own library
     * for {@code platform}, extracted from {@code resources} into the cache
     * ({@link BundledLibrary}). Only that place is looked at: one that is set
     * and wrong fails rather than finding another copy. Refuses a library of
     * another major version, or one lacking a function.
     */
    static NativeLibrary open(Function<String, String> environment, Function<String, String> properties,
            Platform platform, Function<String, InputStream> resources, Arena arena) {
        String file = properties.apply(LIBRARY_PROPERTY);
        if (file != null && !file.isEmpty()) {
            return openFile(Path.of(file).toAbsolutePath(), "-D" + LIBRARY_PROPERTY, arena);
        }
        file = environment.apply(LIBRARY_VARIABLE);
        if (file != null && !file.isEmpty()) {
            return openFile(Path.of(file).toAbsolutePath(), LIBRARY_VARIABLE, arena);
        }
        String libdirs = environment.apply(LIBDIR_VARIABLE);
        if (libdirs != null && !libdirs.isEmpty()) {
            List<String> tried = new ArrayList<>();
            for (String directory : libdirs.split(File.pathSeparator)) {
                for (String name : platform.directoryFiles(MAJOR)) {
                    Path path = Path.of(directory, name).toAbsolutePath();
                    SymbolLookup lookup;
                    try {
                        lookup = SymbolLookup.libraryLookup(path, arena);
                    } catch (IllegalArgumentException cannotOpen) {
                        tried.add("  " + path + " (in " + LIBDIR_VARIABLE + "): " + cannotOpen.getMessage());
                        continue;
                    }
                    return checked(path.toString(), lookup);
                }
            }
            throw new UnsatisfiedLinkError("cannot load libpascal; tried:\n" + String.join("\n", tried)
                    + "\nSet " + LIBDIR_VARIABLE + " to the directory of a libpascal " + MAJOR + " for "
                    + platform.key() + ", or unset it to use the one in the dev.libpascal jar.");
        }
        return openBundled(properties, environment, platform, resources, arena);
    }

    private static NativeLibrary openFile(Path path, String why, Arena arena) {
        SymbolLookup lookup;
        try {
            lookup = SymbolLookup.libraryLookup(path, arena);
        } catch (IllegalArgumentException cannotOpen) {
            throw new UnsatisfiedLinkError("cannot load libpascal " + path + " (from " + why + "): "
                    + cannotOpen.getMessage());
        }
        return checked(path.toString(), lookup);
    }

    private static NativeLibrary openBundled(Function<String, String> properties,
            Function<String, String> environment, Platform platform, Function<String, InputStream> resources,
            Arena arena) {
        Path cache = BundledLibrary.cacheDirectory(properties, environment);
        Path extracted;
        try {
            extracted = BundledLibrary.extract(resources, platform, MAJOR, PACKAGE_VERSION, cache);
        } catch (IOException | UncheckedIOException cannotWrite) {
            throw new UnsatisfiedLinkError("cannot extract the dev.libpascal jar's libpascal for " + platform.key()
                    + " into " + cache + ": " + cannotWrite + "\nSet -D" + BundledLibrary.CACHE_PROPERTY
                    + "=<dir> to a directory this user can write to.");
        }
        if (extracted == null) {
            throw new UnsatisfiedLinkError("the dev.libpascal " + PACKAGE_VERSION + " jar has no libpascal for "
                    + platform.key() + " (it has no " + BundledLibrary.resource(platform, MAJOR) + ").\nName a libpascal "
                    + MAJOR + " built for " + platform.key() + " with -D" + LIBRARY_PROPERTY + "=<file>, "
                    + LIBRARY_VARIABLE + "=<file> or " + LIBDIR_VARIABLE + "=<dir>.");
        }
        SymbolLookup lookup;
        try {
            lookup = SymbolLookup.libraryLookup(extracted, arena);
        } catch (IllegalArgumentException cannotOpen) {
            // Most often a cache on a file system mounted noexec.
            throw new UnsatisfiedLinkError("cannot load the dev.libpascal jar's libpascal, extracted to " + extracted
                    + ": " + cannotOpen.getMessage() + "\nIf its file system is mounted noexec, set -D"
                    + BundledLibrary.CACHE_PROPERTY + "=<dir> to a directory on one that is not.");
        }
        return checked(extracted.toString(), lookup);
    }

    private static NativeLibrary checked(String where, SymbolLookup lookup) {
        MethodHandle versionNumber = LINKER.downcallHandle(
                lookup.find("pascal_version_number").orElseThrow(() -> new UnsatisfiedLinkError(
                        where + " is not libpascal: it has no pascal_version_number")),
                Declarations.PASCAL_VERSION_NUMBER);
        long found = Integer.toUnsignedLong(callVersionNumber(versionNumber));
        if (found / 10000 != MAJOR) {
            throw new UnsatisfiedLinkError(where + " is libpascal " + found / 10000 + "." + found / 100 % 100
                    + "." + found % 100 + ", but the dev.libpascal package " + PACKAGE_VERSION
                    + " needs major version " + MAJOR);
        }
        return new NativeLibrary(where, lookup, versionNumber);
    }

    private static MethodHandle bind(SymbolLookup lookup, String where, String name, FunctionDescriptor descriptor,
            Linker.Option... options) {
        MemorySegment symbol = lookup.find(name).orElseThrow(() -> new UnsatisfiedLinkError(
                where + " is not a complete libpascal: it has no " + name));
        return SizeT.widen(LINKER.downcallHandle(symbol, descriptor, options), descriptor);
    }

    private static String packageVersion() {
        try (InputStream in = NativeLibrary.class.getResourceAsStream("package.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- The calls: invokeExact with the exact types of each descriptor ----

    private static int callVersionNumber(MethodHandle handle) {
        try {
            return (int) handle.invokeExact();
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** pascal_version_number(), its uint32_t as a long. */
    long versionNumber() {
        return Integer.toUnsignedLong(callVersionNumber(versionNumber));
    }

    /** pascal_version_string(): a static NUL-terminated string. */
    String versionString() {
        try {
            MemorySegment string = (MemorySegment) versionString.invokeExact();
            // The string's length is unknown to the descriptor: read up to its NUL.
            return string.reinterpret(Long.MAX_VALUE).getString(0);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    long rowExactMax() {
        try {
            return (long) rowExactMax.invokeExact();
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** pascal_row_alloc(n, out): the code it returns. For the tests, which
     *  pass what the public API never does (a NULL out). */
    int rowAlloc(long n, MemorySegment out) {
        try {
            return (int) rowAlloc.invokeExact(n, out);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    private int triangleAlloc(long rows, MemorySegment out) {
        try {
            return (int) triangleAlloc.invokeExact(rows, out);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** pascal_array_free of the array {address, size}: a slot of its own,
     *  since the one the array came in is gone by the time it is freed. */
    private void arrayFree(long address, long size) {
        try (Arena slot = Arena.ofConfined()) {
            MemorySegment array = slot.allocate(PASCAL_ARRAY);
            array.set(ADDRESS, 0, MemorySegment.ofAddress(address));
            SizeT.set(array, ARRAY_SIZE_OFFSET, size);
            arrayFree.invokeExact(array);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    long rowInto(long n, MemorySegment out, long capacity) {
        try {
            return (long) rowInto.invokeExact(n, out, capacity);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    long triangleInto(long rows, MemorySegment out, long capacity) {
        try {
            return (long) triangleInto.invokeExact(rows, out, capacity);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** pascal_entry(n, k): the entry's uint32_t bits, or what the code it
     *  returns says (EDOM for k >= n, unsigned). */
    int entry(long n, long k) {
        int[] out = new int[1];
        int code;
        try {
            code = (int) entry.invokeExact(n, k, MemorySegment.ofArray(out));
        } catch (Throwable t) {
            throw rethrow(t);
        }
        Errno.check("pascal_entry(" + Long.toUnsignedString(n) + ", " + Long.toUnsignedString(k) + ")", code);
        return out[0];
    }

    /**
     * pascal_row_range(n, k0, out, count): writes count entries, or throws
     * what errno says (EDOM for a range leaving the row, EINVAL for a NULL
     * out). A failure is a return other than count; so the one failure of a
     * count of 0 (k0 past the row, EDOM) is not seen here, since errno is not
     * cleared before the call: {@link Pascal} checks ranges before calling.
     */
    void rowRange(long n, long k0, MemorySegment out, long count) {
        long written;
        int errno;
        try (Arena call = Arena.ofConfined()) {
            MemorySegment state = call.allocate(CALL_STATE);
            written = (long) rowRange.invokeExact(state, n, k0, out, count);
            errno = state.get(JAVA_INT, ERRNO_OFFSET);
        } catch (Throwable t) {
            throw rethrow(t);
        }
        if (written != count) {
            String call = "pascal_row_range(" + Long.toUnsignedString(n) + ", " + Long.toUnsignedString(k0) + ", "
                    + count + ")";
            Errno.check(call, errno);
            // errno 0 after a failure breaks the header's contract: still no silent garbage.
            throw new IllegalStateException(call + " returned " + written + " without setting errno");
        }
    }

    /**
     * Row n (or, with {@code triangle}, rows 1..n) in a new array the library
     * allocates, returned as a segment of {@code arena}: closing the arena
     * hands the array to pascal_array_free, once. Throws what the code says.
     */
    MemorySegment allocate(long n, boolean triangle, Arena arena) {
        return allocate(n, triangle, arena, false);
    }

    /**
     * As {@link #allocate}, and an arena never closed frees the array too,
     * once its scope is unreachable: when nothing holds the arena or any
     * segment of it. The cleaner watches the scope because every segment of
     * the arena, and every slice of one, holds it, and java.lang.foreign keeps
     * it reachable until each read through a segment is done (that is how
     * Arena.ofAuto() memory stays valid while it is read). So the array is
     * freed only once no thread can read it, and never closes the arena from
     * the cleaner's thread.
     */
    MemorySegment allocateCollected(long n, boolean triangle, Arena arena) {
        return allocate(n, triangle, arena, true);
    }

    private MemorySegment allocate(long n, boolean triangle, Arena arena, boolean collected) {
        String call = (triangle ? "pascal_triangle_alloc(" : "pascal_row_alloc(") + n + ")";
        MemorySegment data;
        long size;
        try (Arena slot = Arena.ofConfined()) {
            MemorySegment array = slot.allocate(PASCAL_ARRAY);
            Errno.check(call, triangle ? triangleAlloc(n, array) : rowAlloc(n, array));
            data = array.get(ADDRESS, 0);
            size = SizeT.get(array, ARRAY_SIZE_OFFSET);
        }
        // The address as a number: the action must hold nothing that keeps
        // the scope it watches reachable.
        long address = data.address();
        Runnable free = () -> arrayFree(address, size);
        // Cleanable.clean() runs the action at most once, whichever of the
        // arena's close and the cleaner comes first.
        Runnable freeOnce = collected ? Collector.CLEANER.register(arena.scope(), free)::clean : free;
        try {
            return data.reinterpret(size * Integer.BYTES, arena, entries -> freeOnce.run());
        } catch (RuntimeException | Error notOwned) {
            // The arena was closed, or belongs to another thread: nobody else
            // will free the array.
            freeOnce.run();
            throw notOwned;
        }
    }

    private static final class Collector {
        // One for the package: its thread starts with the first view.
        static final Cleaner CLEANER = Cleaner.create();
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (t instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException(t); // downcalls throw no checked exception
    }
}
