package dev.frontrun.internal.jdbc;

/**
 * Receives JDBC operations from every instrumented driver. Register one with {@link JdbcEvents#setListener}.
 *
 * <p>Both methods run on the application thread inside the driver call. {@code before} may block (a scheduler
 * parks the thread there until it is its turn). JDBC work done inside either method on the same thread is not
 * reported; a listener using JDBC on another thread wraps it in {@link JdbcEvents#suppressed}. Exceptions thrown by
 * the listener are swallowed: they never reach the application.
 */
public interface JdbcEventListener {

    /**
     * Called before the operation reaches the driver.
     *
     * @param event the operation
     */
    void before(JdbcEvent event);

    /**
     * Called once the operation returned or threw.
     *
     * @param event the same instance given to {@link #before}
     * @param outcome how it ended
     */
    void after(JdbcEvent event, JdbcOutcome outcome);
}
