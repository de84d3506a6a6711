package dev.frontrun.maven.internal.fork;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import dev.frontrun.internal.fork.ForkResult;

/**
 * How a fork ended, with what a message needs: the command line, the exit code and the log file.
 *
 * @param status the verdict
 * @param id the fork's id
 * @param result the fork's result when {@link Status#COMPLETED}, else {@code null}
 * @param exitCode the exit code, or -1 when the process did not exit by itself (timeout, not started)
 * @param command the command line (the class path is in the {@code @argfile} it names)
 * @param log the file with the fork's stdout and stderr
 * @param elapsed how long the fork ran
 * @param detail what went wrong (the fork's stack trace, the last log lines ...), or empty
 */
public record ForkOutcome(Status status, String id, ForkResult result, int exitCode, List<String> command, Path log,
        Duration elapsed, String detail) {

    /** The verdicts, least severe first: only {@link #COMPLETED} carries a result. */
    public enum Status {
        /** The task ran and the fork wrote its result. */
        COMPLETED,
        /** The fork did not finish within the timeout and was killed with its process tree. */
        TIMED_OUT,
        /** The JVM ended without a result (System.exit, VM crash, killed, orphaned). */
        CRASHED,
        /** The harness failed: the fork could not start, its task threw, or its files are unusable. */
        HARNESS_ERROR
    }

    /** Copies the command and checks required components. */
    public ForkOutcome {
        Objects.requireNonNull(status, "status");
        command = List.copyOf(command);
        detail = detail == null ? "" : detail;
    }

    /**
     * Says what happened and what to look at, for the build log.
     *
     * @return a message with the command, exit code and log path for every status but {@link Status#COMPLETED}
     */
    public String message() {
        String head;
        switch (status) {
            case COMPLETED:
                return "fork " + id + " completed in " + elapsed.toMillis() + " ms";
            case TIMED_OUT:
                head = "fork " + id + " did not finish within " + elapsed.toSeconds() + " s and was killed with its"
                        + " child processes; the log has a thread dump taken before the kill. Perhaps raise"
                        + " frontrun.timeout (seconds per scenario JVM), or look for a deadlock in the dump.";
                break;
            case CRASHED:
                head = "fork " + id + " crashed: it exited with code " + exitCode + " after " + elapsed.toMillis()
                        + " ms without writing a result.";
                break;
            default:
                head = "fork " + id + " failed (harness error" + (exitCode >= 0 ? ", exit code " + exitCode : "")
                        + ").";
                break;
        }
        return head + "\n  command: " + String.join(" ", command) + "\n  log: " + log
                + (detail.isEmpty() ? "" : "\n  " + detail.replace("\n", "\n  "));
    }
}
