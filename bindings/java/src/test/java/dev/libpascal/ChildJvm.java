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
        return finish(start(directory, mainBody, environment, List.of(), List.of(jvmOptions)));
    }

    /**
     * Starts the program with {@code classPath} after the package's classes
     * and {@code environment} changed (a null value removes the variable);
     * {@link #finish} waits for it.
     */
    static Process start(Path directory, String mainBody, Map<String, String> environment, List<Path> classPath,
            List<String> jvmOptions) throws IOException, java.net.URISyntaxException {
        Files.createDirectories(directory);
        Path source = directory.resolve("Probe.java");
        Files.writeString(source, "public class Probe {\n    public static void main(String[] args) {\n"
                + mainBody + "\n    }\n}\n");
        List<String> path = new ArrayList<>();
        path.add(Path.of(Pascal.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        classPath.forEach(entry -> path.add(entry.toString()));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", String.join(java.io.File.pathSeparator, path), source.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        environment.forEach((name, value) -> {
            if (value == null) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
        return builder.start();
    }

    /** What {@code child} printed; fails unless it exits with 0. */
    static String finish(Process child) throws IOException, InterruptedException {
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, child.waitFor(), output);
        return output;
    }
}
