package dev.frontrun.soundness;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class of the test classpath in a fresh JVM. Used where one JVM cannot give an honest answer: the
 * agent's instrumentation outlives an exploration (so "what the default includes see" depends on what ran before),
 * and an exploration that crashes can leave the runtime unusable for every later exploration in the JVM.
 */
final class ForkedJvm {

    /**
     * @param exitCode the child's exit code, -1 when it was killed at the timeout
     * @param stdout its standard output, line by line
     * @param stderr its standard error
     */
    record Outcome(int exitCode, List<String> stdout, String stderr) {
    }

    private ForkedJvm() {
    }

    static Outcome run(Duration timeout, Class<?> main, String... args) {
        return run(timeout, List.of(), main, args);
    }

    /** @param first class path entries put before the test class path (their classes win over its copies) */
    static Outcome run(Duration timeout, List<Path> first, Class<?> main, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        StringBuilder cp = new StringBuilder();
        for (Path p : first) {
            cp.append(p.toAbsolutePath()).append(File.pathSeparator);
        }
        command.add(cp + classPath());
        command.add(main.getName());
        command.addAll(List.of(args));
        try {
            Path out = Files.createTempFile("frontrun-fork", ".out");
            Path err = Files.createTempFile("frontrun-fork", ".err");
            try {
                Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                        .start();
                int code;
                if (p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    code = p.exitValue();
                } else {
                    p.destroyForcibly().waitFor();
                    code = -1;
                }
                return new Outcome(code, Files.readAllLines(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot start a JVM with " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a forked JVM", e);
        }
    }

    private static String classPath() {
        String cp = System.getProperty("surefire.test.class.path");
        if (cp == null || cp.isBlank()) {
            cp = System.getProperty("java.class.path");
        }
        return cp.replace(File.pathSeparator + File.pathSeparator, File.pathSeparator);
    }
}
