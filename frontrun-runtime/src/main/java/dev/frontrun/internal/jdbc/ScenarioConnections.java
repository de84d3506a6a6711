package dev.frontrun.internal.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The server sessions behind {@code ScenarioContext.connect()} while a scenario runs ({@link #install}): a
 * connection the scenario closes is reset and handed out again instead of a new one. Opening a PostgreSQL connection
 * starts a server process and, for frontrun, looks up the keys of each table again: with the usual scenario (a
 * connection for {@code setup()}, one per actor, one for {@code holds()}) that was most of an execution's time.
 *
 * <p>A reused connection is what a new one would be: on close, an open transaction is rolled back, auto-commit
 * switched back on, read-only mode off, and {@code DISCARD ALL} drops the session's settings, temporary tables,
 * prepared statements, cursors, advisory locks and listens; a connection whose reset fails, or on which a setting
 * that reset cannot undo was changed (schema, catalog, type map, holdability, client info, network timeout, the
 * driver's object taken by {@code unwrap}), is closed for real. The close is reported to the JDBC listeners as the
 * driver's close (the database model ends the transaction there) and taking one as a connect, so an execution sees
 * the same events whether its connections are new or reused. A connection given back during a run is handed out
 * again only after the next {@code setup()} ({@link #nextRun}): within one execution every connection stays one
 * session of one user.
 */
public final class ScenarioConnections {

    /** At most this many idle sessions are kept; more are closed. */
    private static final int MAX_IDLE = 8;

    private static volatile ScenarioConnections active;

    private final String url;
    private final String user;
    private final String password;
    private final Deque<Connection> idle = new ArrayDeque<>();
    /** Given back since the last {@link #nextRun()}. */
    private final List<Connection> resting = new ArrayList<>();
    /** Every session opened and not yet closed, handed out or not. */
    private final List<Connection> open = new ArrayList<>();
    private boolean closed;

    private ScenarioConnections(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /**
     * Makes {@link #connect} reuse connections to this PostgreSQL database until {@link #close()}; for any other
     * database (or none) it keeps opening new ones.
     *
     * @param url the scenario database's JDBC URL, or {@code null}
     * @param user its user
     * @param password its password
     * @return the pool, to close when the scenario is done
     */
    public static ScenarioConnections install(String url, String user, String password) {
        ScenarioConnections pool = new ScenarioConnections(url, user, password);
        active = pool;
        return pool;
    }

    /**
     * @param url the JDBC URL
     * @param user the user
     * @param password the password
     * @return a connection to that database: a reset one given back earlier, or a new one
     * @throws SQLException when a new one cannot be opened
     */
    public static Connection connect(String url, String user, String password) throws SQLException {
        ScenarioConnections pool = active;
        if (pool == null || url == null || !url.startsWith("jdbc:postgresql:") || !url.equals(pool.url)
                || !java.util.Objects.equals(user, pool.user) || !java.util.Objects.equals(password, pool.password)) {
            return DriverManager.getConnection(url, user, password);
        }
        return pool.take();
    }

    /** A new run (an execution, a marker run, a trial) begins: connections given back before it may be reused. */
    public static void nextRun() {
        ScenarioConnections pool = active;
        if (pool != null) {
            synchronized (pool) {
                pool.idle.addAll(pool.resting);
                pool.resting.clear();
            }
        }
    }

    private Connection take() throws SQLException {
        Object token = JdbcHooks.listening ? JdbcHooks.beforeConnect(this, url, null) : null;
        Throwable thrown = null;
        Connection session = null;
        try {
            synchronized (this) {
                session = idle.pollFirst();
            }
            if (session == null) {
                session = DriverManager.getConnection(url, user, password);
                synchronized (this) {
                    open.add(session);
                }
            }
        } catch (SQLException | RuntimeException | Error e) {
            thrown = e;
        }
        thrown = JdbcHooks.after(token, null, thrown);
        if (thrown instanceof SQLException e) {
            throw e;
        } else if (thrown instanceof RuntimeException e) {
            throw e;
        } else if (thrown instanceof Error e) {
            throw e;
        }
        return new PooledConnection(this, session);
    }

    /**
     * The scenario closed a connection: reported as the driver's close, with the session reset inside it (or closed
     * for real), then kept for the next run.
     */
    void giveBack(Connection session, boolean touched) {
        Object token = JdbcHooks.listening ? JdbcHooks.beforeConnection(session, "close", null) : null;
        boolean reusable = false;
        try {
            reusable = !touched && reset(session);
        } catch (SQLException | RuntimeException e) {
            reusable = false;
        } finally {
            synchronized (this) {
                if (reusable && !closed && idle.size() + resting.size() < MAX_IDLE) {
                    resting.add(session);
                } else {
                    reusable = false;
                    open.remove(session);
                }
            }
            if (!reusable) {
                closeQuietly(session);
            }
            JdbcHooks.after(token, null, null);
        }
    }

    /** @return whether the session is now as a new connection would be */
    private static boolean reset(Connection session) throws SQLException {
        if (session.isClosed()) {
            return false;
        }
        if (!session.getAutoCommit()) {
            session.rollback();
            session.setAutoCommit(true);
        }
        if (session.isReadOnly()) {
            session.setReadOnly(false);
        }
        try (Statement s = session.createStatement()) {
            s.execute("DISCARD ALL"); // fails inside a transaction (an SQL BEGIN): then the session is closed
        }
        session.clearWarnings();
        return true;
    }

    /** Closes every session this pool opened, handed out or not, and makes {@code connect()} open new ones again. */
    public void close() {
        List<Connection> all;
        synchronized (this) {
            closed = true;
            all = new ArrayList<>(open);
            open.clear();
            idle.clear();
            resting.clear();
        }
        if (active == this) {
            active = null;
        }
        for (Connection c : all) {
            closeQuietly(c);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException | RuntimeException e) {
            // the server ends the session anyway
        }
    }
}
