package dev.libpascal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The package calls restricted methods of java.lang.foreign: a JVM that denies
 * them native access (--illegal-native-access=deny, the default to come)
 * refuses the first call, and the message says which flag to add. Run in a
 * child JVM, with the package on its class path.
 */
class NativeAccessTest {
    @Test
    void withoutNativeAccessTheFirstCallSaysHowToEnableIt(@TempDir Path directory) throws Exception {
        Path probe = directory.resolve("Probe.java");
        Files.writeString(probe, """
                public class Probe {
                    public static void main(String[] args) {
                        try {
                            System.out.println("loaded " + dev.libpascal.Pascal.version());
                        } catch (IllegalCallerException refused) {
                            System.out.println(refused.getMessage());
                        }
                    }
                }
                """);
        Path classes = Path.of(Pascal.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "--illegal-native-access=deny",
                "-cp", classes.toString(), probe.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, child.waitFor(), output);
        assertTrue(output.contains("--enable-native-access=ALL-UNNAMED"), output);
    }
}
