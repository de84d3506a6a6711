package dev.frontrun.internal.jdbc;

import java.util.concurrent.Callable;

/**
 * The global JDBC listener registry. With no listener, instrumented drivers pay one volatile read per call.
 */
public final class JdbcEvents {

    private static volatile JdbcEventListener listener;

    private JdbcEvents() {
    }

    /**
     * Installs the JDBC instrumentation (idempotent) and makes {@code l} the listener.
     *
     * @param l the listener, or {@code null} to stop listening
     */
    public static void setListener(JdbcEventListener l) {
        if (l != null) {
            JdbcInstrumentation.install();
        }
        listener = l;
        JdbcHooks.listening = l != null;
    }

    /** @return the current listener, or {@code null} */
    public static JdbcEventListener listener() {
        return listener;
    }

    /**
     * Runs {@code work} on this thread without reporting its JDBC operations (for monitoring connections).
     *
     * @param work the work
     * @param <T> its result type
     * @return its result
     * @throws Exception what {@code work} throws
     */
    public static <T> T suppressed(Callable<T> work) throws Exception {
        JdbcHooks.enterSuppressed();
        try {
            return work.call();
        } finally {
            JdbcHooks.exitSuppressed();
        }
    }
}
