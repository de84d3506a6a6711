package dev.frontrun.maven.internal.fork;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import dev.frontrun.internal.fork.ForkConfiguration;
import dev.frontrun.internal.fork.ForkMain;
import dev.frontrun.internal.fork.ForkResult;

/**
 * Runs one fork: writes its configuration, starts {@code java [-javaagent] [argLine] [-D...] @argfile main conf} with
 * stdout and stderr in a log file and stdin a pipe it keeps open (the fork exits when it closes), waits up to the
 * timeout, and turns what happened into a {@link ForkOutcome}. Thread-safe: a {@link ForkPool} calls it concurrently.
 */
public final class ForkLauncher {

    private static final int LOG_TAIL_LINES = 20;

    private static final long POLL_MILLIS = 500;

    private final ForkSpec spec;
    private final Consumer<String> progress;

    /**
     * Creates a launcher that prints nothing while forks run.
     *
     * @param spec how to start every fork
     */
    public ForkLauncher(ForkSpec spec) {
        this(spec, line -> { });
    }

    /**
     * Creates a launcher.
     *
     * @param spec how to start every fork
     * @param progress receives the forks' progress lines ({@code [frontrun] ...} in their logs) as they are printed
     */
    public ForkLauncher(ForkSpec spec, Consumer<String> progress) {
        this.spec = spec;
        this.progress = progress;
    }

    /**
     * Runs one fork to its end; never throws and never waits longer than the timeout plus about 15 s.
     *
     * @param request what the fork runs
     * @return the outcome
     */
    public ForkOutcome run(ForkRequest request) {
        Path conf = spec.directory().resolve(request.id() + ".fork.conf");
        Path result = spec.directory().resolve(request.id() + ".result");
        Path log = spec.directory().resolve(request.id() + ".log");
        Path argFile = spec.directory().resolve(request.id() + ".args");
        List<String> command = command(argFile, conf);
        long started = System.nanoTime();
        Process process;
        try {
            Files.createDirectories(spec.directory());
            Files.deleteIfExists(result);
            new ForkConfiguration(request.id(), request.task(), ProcessHandle.current().pid(), true, result,
                    request.entries()).write(conf);
            Files.writeString(argFile, "-cp\n" + quote(spec.classPath().stream().map(Path::toString)
                    .collect(Collectors.joining(java.io.File.pathSeparator))) + "\n", StandardCharsets.UTF_8);
            process = new ProcessBuilder(command)
                    .directory(spec.workingDirectory().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.PIPE)
                    .start();
        } catch (IOException | RuntimeException e) {
            return outcome(ForkOutcome.Status.HARNESS_ERROR, request, null, -1, command, log, started,
                    "could not start the fork: " + e);
        }
        LiveForks.add(process);
        try (OutputStream keepOpen = process.getOutputStream()) {
            if (!waitFollowing(process, new LogFollower(log, progress))) {
                ProcessTrees.requestThreadDump(process);
                ProcessTrees.kill(process);
                return new ForkOutcome(ForkOutcome.Status.TIMED_OUT, request.id(), null, -1, command, log,
                        spec.timeout(), "last lines of the log:\n" + tail(log));
            }
            return finished(request, process.exitValue(), result, command, log, started);
        } catch (InterruptedException e) {
            ProcessTrees.kill(process);
            Thread.currentThread().interrupt();
            return outcome(ForkOutcome.Status.HARNESS_ERROR, request, null, -1, command, log, started,
                    "interrupted; the fork was killed");
        } catch (IOException e) {
            return outcome(ForkOutcome.Status.HARNESS_ERROR, request, null, -1, command, log, started,
                    "could not close the fork's stdin: " + e);
        } finally {
            LiveForks.remove(process);
        }
    }

    /** Waits up to the timeout, forwarding progress lines every half second; true when the fork ended. */
    private boolean waitFollowing(Process process, LogFollower follower) throws InterruptedException {
        long deadline = System.nanoTime() + spec.timeout().toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            boolean ended = process.waitFor(Math.max(0, Math.min(TimeUnit.NANOSECONDS.toMillis(left), POLL_MILLIS)),
                    TimeUnit.MILLISECONDS);
            follower.poll();
            if (ended) {
                return true;
            }
            if (System.nanoTime() >= deadline) {
                return false;
            }
        }
    }

    private ForkOutcome finished(ForkRequest request, int exitCode, Path result, List<String> command, Path log,
            long started) {
        if (!Files.exists(result)) {
            ForkOutcome.Status status = exitCode == 0 ? ForkOutcome.Status.HARNESS_ERROR : ForkOutcome.Status.CRASHED;
            String why = exitCode == 0 ? "the fork exited normally without writing its result " + result + "; " : "";
            if (exitCode == ForkMain.EXIT_BAD_CONFIGURATION) {
                status = ForkOutcome.Status.HARNESS_ERROR;
                why = "the fork could not read its configuration or write its result; ";
            }
            return outcome(status, request, null, exitCode, command, log, started,
                    why + "last lines of the log:\n" + tail(log));
        }
        ForkResult read;
        try {
            read = ForkResult.read(result);
        } catch (IOException e) {
            return outcome(ForkOutcome.Status.HARNESS_ERROR, request, null, exitCode, command, log, started,
                    "unreadable result " + result + ": " + e.getMessage());
        }
        if (!read.completed()) {
            return outcome(ForkOutcome.Status.HARNESS_ERROR, request, null, exitCode, command, log, started,
                    "the fork's task " + request.task() + " threw:\n" + read.error());
        }
        if (exitCode != 0) {
            return outcome(ForkOutcome.Status.CRASHED, request, null, exitCode, command, log, started,
                    "the task completed but the JVM then exited with code " + exitCode + "; last lines of the log:\n"
                            + tail(log));
        }
        return outcome(ForkOutcome.Status.COMPLETED, request, read, 0, command, log, started, "");
    }

    private static ForkOutcome outcome(ForkOutcome.Status status, ForkRequest request, ForkResult result, int exitCode,
            List<String> command, Path log, long started, String detail) {
        return new ForkOutcome(status, request.id(), result, exitCode, command, log,
                Duration.ofNanos(System.nanoTime() - started), detail);
    }

    /** The command line, the class path behind an {@code @argfile} so that its length never matters. */
    List<String> command(Path argFile, Path conf) {
        List<String> command = new ArrayList<>();
        command.add(spec.java().toString());
        if (spec.agentJar() != null) {
            command.add("-javaagent:" + spec.agentJar()
                    + (spec.agentOptions() == null || spec.agentOptions().isEmpty() ? "" : "=" + spec.agentOptions()));
        }
        command.addAll(spec.argLine());
        spec.systemProperties().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(p -> command.add("-D" + p.getKey() + "=" + p.getValue()));
        command.add("@" + argFile);
        command.add(spec.mainClass());
        command.add(conf.toString());
        return command;
    }

    private static String quote(String argument) {
        return "\"" + argument.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException | RuntimeException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }
}
