package dev.libpascal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a one-file program in a fresh JVM (the source launcher), with the
 * package's classes on its class path: for what happens once per process, as
 * loading the library does.
 */
final class ChildJvm {
    private ChildJvm() {}

    /** The program's output (stdout and stderr); fails unless it exits with 0. */
    static String run(Path directory, String mainBody, Map<String, String> environment, String... jvmOptions)
            throws IOException, InterruptedException, java.net.URISyntaxException {
        Path source = directory.resolve("Probe.java");
        Files.writeString(source, "public class Probe {\n    public static void main(String[] args) {\n"
                + mainBody + "\n    }\n}\n");
        Path classes = Path.of(Pascal.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", classes.toString(), source.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process child = builder.start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, child.waitFor(), output);
        return output;
    }
}
