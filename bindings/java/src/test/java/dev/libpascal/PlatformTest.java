package dev.libpascal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The JVM's os.name and os.arch as the jar's directories name them. */
class PlatformTest {
    private static String key(String osName, String osArch) {
        return Platform.of(osName, osArch).key();
    }

    @Test
    void everyPlatformWeBuildHasOneKey() {
        assertEquals("linux-x86_64", key("Linux", "amd64"));
        assertEquals("linux-x86_64", key("Linux", "x86_64"));
        assertEquals("linux-aarch64", key("Linux", "aarch64"));
        assertEquals("linux-x86", key("Linux", "i386"));
        assertEquals("linux-x86", key("Linux", "x86"));
        assertEquals("linux-s390x", key("Linux", "s390x"));
        assertEquals("linux-riscv64", key("Linux", "riscv64"));
        assertEquals("windows-x86_64", key("Windows 11", "amd64"));
        assertEquals("windows-x86_64", key("Windows Server 2022", "amd64"));
        assertEquals("macos-aarch64", key("Mac OS X", "aarch64"));
    }

    @Test
    void anUnknownPlatformKeepsItsOwnNames() {
        assertEquals("freebsd-x86_64", key("FreeBSD", "amd64"));
        assertEquals("linux-ppc64le", key("Linux", "ppc64le"));
        assertEquals("sunos-sparcv9", key("SunOS", "sparcv9"));
    }

    @Test
    void eachSystemNamesTheLibraryAsItsBuildDoes() {
        assertEquals("libpascal.so.1", Platform.of("Linux", "amd64").libraryFile(1));
        assertEquals("libpascal-1.dll", Platform.of("Windows 10", "amd64").libraryFile(1));
        assertEquals("libpascal.1.dylib", Platform.of("Mac OS X", "aarch64").libraryFile(1));
    }
}
