package dev.frontrun.maven.internal.fork;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.frontrun.internal.fork.ForkMain;

/**
 * How to start every fork of a build (immutable; made with {@link #builder(Path)}).
 *
 * @param java the java executable, see {@link JavaExecutable}
 * @param agentJar the agent jar for {@code -javaagent}, or {@code null} for none
 * @param agentOptions the agent's option string ({@code -javaagent:jar=options}), or {@code null}
 * @param argLine extra JVM arguments, already split
 * @param classPath the fork's class path (test classes, their dependencies, the fork's main class)
 * @param systemProperties {@code -D} properties
 * @param mainClass the main class; {@link ForkMain} unless a test needs another
 * @param timeout how long one fork may run before it is killed with its process tree
 * @param directory where the configuration, result, argument and log files go
 * @param workingDirectory the fork's current directory
 */
public record ForkSpec(Path java, Path agentJar, String agentOptions, List<String> argLine, List<Path> classPath,
        Map<String, String> systemProperties, String mainClass, Duration timeout, Path directory, Path workingDirectory) {

    /** Copies the collections and checks required components. */
    public ForkSpec {
        Objects.requireNonNull(java, "java");
        Objects.requireNonNull(mainClass, "mainClass");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        argLine = List.copyOf(argLine);
        classPath = List.copyOf(classPath);
        systemProperties = Map.copyOf(systemProperties);
    }

    /**
     * Starts a builder with the defaults: the running JVM's java, no agent, {@link ForkMain}, a 5 minute timeout.
     *
     * @param directory where the fork files go (created when needed)
     * @return a builder
     */
    public static Builder builder(Path directory) {
        return new Builder(directory);
    }

    /** Builds a {@link ForkSpec}. */
    public static final class Builder {

        private final Path directory;
        private Path java = JavaExecutable.resolve(null);
        private Path agentJar;
        private String agentOptions;
        private final List<String> argLine = new ArrayList<>();
        private final List<Path> classPath = new ArrayList<>();
        private final Map<String, String> systemProperties = new LinkedHashMap<>();
        private String mainClass = ForkMain.class.getName();
        private Duration timeout = Duration.ofMinutes(5);
        private Path workingDirectory;

        private Builder(Path directory) {
            this.directory = directory;
            this.workingDirectory = directory;
        }

        /**
         * Sets the {@code jvm} parameter, see {@link JavaExecutable#resolve(String)}.
         *
         * @param value the {@code jvm} parameter, see {@link JavaExecutable#resolve(String)}
         * @return this
         */
        public Builder jvm(String value) {
            this.java = JavaExecutable.resolve(value);
            return this;
        }

        /**
         * Sets the agent jar.
         *
         * @param jar the agent jar
         * @param options its options or {@code null}
         * @return this
         */
        public Builder agent(Path jar, String options) {
            this.agentJar = jar;
            this.agentOptions = options;
            return this;
        }

        /**
         * Sets the {@code argLine} parameter, split like a shell would.
         *
         * @param value the {@code argLine} parameter, split like a shell would
         * @return this
         */
        public Builder argLine(String value) {
            this.argLine.addAll(ArgLine.split(value));
            return this;
        }

        /**
         * Appends JVM arguments, as they are.
         *
         * @param values the arguments
         * @return this
         */
        public Builder jvmArguments(List<String> values) {
            this.argLine.addAll(values);
            return this;
        }

        /**
         * Appends class path entries.
         *
         * @param entries class path entries to append
         * @return this
         */
        public Builder classPath(List<Path> entries) {
            this.classPath.addAll(entries);
            return this;
        }

        /**
         * Adds a system property (-Dname=value).
         *
         * @param name a property name
         * @param value its value
         * @return this
         */
        public Builder systemProperty(String name, String value) {
            this.systemProperties.put(name, value);
            return this;
        }

        /**
         * Sets the main class.
         *
         * @param value the main class
         * @return this
         */
        public Builder mainClass(String value) {
            this.mainClass = value;
            return this;
        }

        /**
         * Sets the per-fork timeout.
         *
         * @param value the per-fork timeout
         * @return this
         */
        public Builder timeout(Duration value) {
            this.timeout = value;
            return this;
        }

        /**
         * Sets the fork's current directory.
         *
         * @param value the fork's current directory
         * @return this
         */
        public Builder workingDirectory(Path value) {
            this.workingDirectory = value;
            return this;
        }

        /**
         * Builds the spec.
         *
         * @return the spec
         */
        public ForkSpec build() {
            return new ForkSpec(java, agentJar, agentOptions, argLine, classPath, systemProperties, mainClass, timeout,
                    directory, workingDirectory);
        }
    }
}
