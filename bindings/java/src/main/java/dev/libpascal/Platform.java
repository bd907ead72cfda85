package dev.libpascal;

import java.util.Locale;

/**
 * An operating system and processor, as the jar keys its libraries:
 * {@code dev/libpascal/native/<key>/<file>}, the key {@code <os>-<arch>}
 * ({@code linux-x86_64}, {@code windows-x86_64}), the file the name the
 * library has there ({@code libpascal.so.1}, {@code libpascal-1.dll}).
 * The JVM's own names ({@code os.name}, {@code os.arch}: {@code amd64},
 * {@code i386}) are mapped to one spelling each, as sqlite-jdbc's and
 * zstd-jni's loaders do; a system or processor not known here keeps its
 * own name, lower-cased, so an error can say which it was.
 */
record Platform(String os, String arch) {

    /** The platform this JVM runs on. */
    static Platform current() {
        return of(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
    }

    /** The platform that {@code os.name} and {@code os.arch} values name. */
    static Platform of(String osName, String osArch) {
        return new Platform(os(osName), arch(osArch));
    }

    private static String os(String name) {
        String os = name.toLowerCase(Locale.ROOT).replace(" ", "");
        if (os.startsWith("linux")) {
            return "linux";
        }
        if (os.startsWith("windows")) {
            return "windows";
        }
        if (os.startsWith("macos") || os.startsWith("darwin")) {
            return "macos";
        }
        return os;
    }

    private static String arch(String name) {
        String arch = name.toLowerCase(Locale.ROOT);
        return switch (arch) {
            case "amd64", "x86_64", "x86-64", "x64" -> "x86_64";
            case "x86", "i386", "i486", "i586", "i686" -> "x86";
            case "aarch64", "arm64" -> "aarch64";
            default -> arch; // s390x, riscv64, ppc64le: the JVM's names are already ours
        };
    }

    /** {@code <os>-<arch>}: the platform's directory in the jar and in the cache. */
    String key() {
        return os + "-" + arch;
    }

    /** The library's file name of major version {@code major} here. */
    String libraryFile(int major) {
        return switch (os) {
            case "windows" -> "libpascal-" + major + ".dll";
            case "macos" -> "libpascal." + major + ".dylib";
            default -> "libpascal.so." + major;
        };
    }

    /** The file names a directory (PASCAL_LIBDIR) is tried for: the one of
     *  this major version first (all a runtime package installs), then the
     *  development link. */
    String[] directoryFiles(int major) {
        String plain = switch (os) {
            case "windows" -> "pascal.dll";
            case "macos" -> "libpascal.dylib";
            default -> "libpascal.so";
        };
        return new String[] {libraryFile(major), plain};
    }
}
