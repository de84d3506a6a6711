package dev.frontrun.conformance;

/**
 * A conformance program: a {@code main}-like body that starts its own threads from the JDK's concurrency
 * primitives and checks its outcome (an {@link AssertionError}, an exception or a blocked thread is a failure).
 * Programs in the {@code fail} package have a bug every strategy must find; programs in {@code success} must hold
 * under every strategy.
 */
public interface Conformance {

    /**
     * The program. It runs as the exploration's only worker; the threads it starts are managed.
     *
     * @throws Exception a failure of the program
     */
    void run() throws Exception;

    /** @return whether DPOR can explore the program exhaustively (it has finitely many traces) */
    default boolean finite() {
        return true;
    }

    /** @return whether this JVM has what the program needs (virtual threads need JDK 21) */
    default boolean supported() {
        return true;
    }

    /**
     * @return whether the program is explored with early expiry of timed waits (they may time out while another
     *     thread is merely slow); off by default, as in {@code ExplorationBuilder}
     */
    default boolean earlyExpiry() {
        return false;
    }

    /** @return whether the package declares this program buggy */
    default boolean buggy() {
        return getClass().getPackageName().endsWith(".fail");
    }
}
