package dev.frontrun.internal.instrument;

import java.lang.management.ManagementFactory;
import java.util.StringJoiner;

/**
 * Where the agent's start-up goes: with {@code -Dfrontrun.startupTimes=true}, {@link Installer} prints one line to
 * standard error, the JVM's uptime when installation began and the milliseconds of each installation step: wall
 * time, and the installing thread's CPU time in brackets (which a loaded machine inflates much less).
 */
final class StartupTimes {

    private final boolean on = Boolean.getBoolean("frontrun.startupTimes");
    private final StringJoiner line = new StringJoiner(", ");
    private final java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long last = System.nanoTime();
    private long lastCpu = threads.getCurrentThreadCpuTime();

    StartupTimes() {
        if (on) {
            line.add("installation began at JVM uptime " + ManagementFactory.getRuntimeMXBean().getUptime() + " ms");
        }
    }

    /** @param step the step that just ended */
    void lap(String step) {
        if (on) {
            long now = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            line.add(step + " " + (now - last) / 1_000_000 + " ms [cpu " + (cpu - lastCpu) / 1_000_000 + "]");
            last = now;
            lastCpu = cpu;
        }
    }

    /** Prints the line. */
    void print() {
        if (on) {
            System.err.println("frontrun start-up: " + line);
        }
    }
}
