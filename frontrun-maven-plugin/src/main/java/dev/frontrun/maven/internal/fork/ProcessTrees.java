package dev.frontrun.maven.internal.fork;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Thread dumps and forcible ends of a process with all its descendants, each step bounded in time. */
final class ProcessTrees {

    private ProcessTrees() {
    }

    /** Asks a JVM to print its threads to its stdout (SIGQUIT); best effort, POSIX only. */
    static void requestThreadDump(Process process) {
        if (System.getProperty("os.name", "").toLowerCase().startsWith("windows")) {
            return;
        }
        try {
            // the shell's built-in kill: a kill binary (procps) is missing from minimal images
            Process kill = new ProcessBuilder("/bin/sh", "-c", "kill -QUIT \"$1\"", "sh", Long.toString(process.pid()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (kill.waitFor(2, TimeUnit.SECONDS)) {
                process.waitFor(1, TimeUnit.SECONDS); // give the JVM a moment to print the dump
            } else {
                kill.destroyForcibly();
            }
        } catch (IOException e) {
            // no shell: no dump
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Kills the process and its descendants; returns whether the process is gone within the grace period. */
    static boolean kill(Process process) {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
        try {
            return process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
