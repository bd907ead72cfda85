package dev.libpascal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.io.TempDir;

/**
 * The package calls restricted methods of java.lang.foreign: a JVM that denies
 * them native access (--illegal-native-access=deny, the default to come)
 * refuses the first call, and the message says which flag to add. JDKs 22 and
 * 23 have no --illegal-native-access: they only warn, and this test does not
 * run there.
 */
class NativeAccessTest {
    @Test
    @EnabledForJreRange(minVersion = 24)
    void withoutNativeAccessTheFirstCallSaysHowToEnableIt(@TempDir Path directory) throws Exception {
        String output = ChildJvm.run(directory, """
                        try {
                            System.out.println("loaded " + dev.libpascal.Pascal.version());
                        } catch (IllegalCallerException refused) {
                            System.out.println(refused.getMessage());
                        }""",
                Map.of(), "--illegal-native-access=deny");
        assertTrue(output.contains("--enable-native-access=ALL-UNNAMED"), output);
    }
}
