package dev.frontrun;

/** Which time the threads of an exploration see ({@link ExplorationBuilder#clock(ClockMode)}). */
public enum ClockMode {
    /**
     * The default: {@code System.nanoTime()}, {@code System.currentTimeMillis()}, {@code Instant.now()} and every
     * timed wait of a managed thread use virtual time, which stands still while threads run and jumps to the
     * earliest deadline when no thread can run otherwise. No wall time passes in waits; replays read the same
     * times.
     */
    VIRTUAL,
    /**
     * Real time: timed waits take real time and may return at any scheduling choice, clocks read the wall clock.
     * For code whose timing must match a real external server.
     */
    REAL
}
