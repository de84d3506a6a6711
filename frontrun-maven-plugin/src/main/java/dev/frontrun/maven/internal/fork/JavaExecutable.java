package dev.frontrun.maven.internal.fork;

import java.nio.file.Files;
import java.nio.file.Path;

/** Resolves the {@code jvm} parameter: a java executable, a JDK home, or nothing (the running JVM's java). */
public final class JavaExecutable {

    private JavaExecutable() {
    }

    /**
     * Resolves the java executable.
     *
     * @param jvm a path to {@code java}, a JDK/JRE home directory, or {@code null}/blank for the running JVM's java
     * @return an executable java
     * @throws IllegalArgumentException when nothing executable is found there
     */
    public static Path resolve(String jvm) {
        if (jvm == null || jvm.isBlank()) {
            return Path.of(System.getProperty("java.home"), "bin", "java");
        }
        Path path = Path.of(jvm.trim());
        if (Files.isDirectory(path)) {
            path = path.resolve("bin").resolve("java");
        }
        if (!Files.isExecutable(path)) {
            throw new IllegalArgumentException("frontrun.jvm='" + jvm + "' is neither a java executable nor a JDK home"
                    + " with bin/java; point it at e.g. /usr/lib/jvm/temurin-25-jdk-amd64 or leave it unset to use"
                    + " the JVM that runs Maven");
        }
        return path;
    }
}
