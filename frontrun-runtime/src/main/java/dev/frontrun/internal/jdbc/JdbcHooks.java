package dev.frontrun.internal.jdbc;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import dev.frontrun.internal.sql.SqlAnalyzer;
import dev.frontrun.internal.sql.SqlStatement;

/**
 * The static entry points the JDBC advice calls. Its shape is stable: advice inlined into driver classes refers to
 * these methods by name. A per-thread depth counter is the re-entrancy guard: only the outermost JDBC call of a
 * thread is reported (a pool's proxy, not the driver call it delegates to), and JDBC work done while building or
 * delivering an event is not reported at all.
 */
public final class JdbcHooks {

    /** Read first by every advice: {@code false} means no listener, nothing to do. */
    public static volatile boolean listening;

    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);
    private static final Object INNER = new Object();
    private static final AtomicLong IDS = new AtomicLong();

    private JdbcHooks() {
    }

    /**
     * Before {@code execute*}/{@code executeBatch}: reports the statement.
     *
     * @param statement the statement object
     * @param method the method name
     * @param sqlArgument the first argument when it is the SQL text, else anything or {@code null}
     * @return a token for {@link #after}, or {@code null} when nothing is tracked
     */
    public static Object beforeExecute(Object statement, String method, Object sqlArgument) {
        return guarded(() -> {
            boolean batch = method.endsWith("Batch");
            StatementState state = StatementState.of(statement);
            List<BoundSql> bound = new ArrayList<>();
            if (batch) {
                bound.addAll(state.batch());
                state.clearBatch(); // JDBC clears the batch whatever the outcome
            } else if (sqlArgument instanceof String sql) {
                bound.add(new BoundSql(sql, List.of()));
            } else {
                bound.add(state.current());
            }
            Connection c = ((Statement) statement).getConnection();
            return deliver(batch ? JdbcEventKind.EXECUTE_BATCH : JdbcEventKind.EXECUTE, c, bound, null);
        });
    }

    /**
     * Before a transaction operation on a connection.
     *
     * @param connection the connection
     * @param method the method name ({@code commit}, {@code rollback}, {@code setAutoCommit}, ...)
     * @param argument its first argument or {@code null}
     * @return a token for {@link #after}, or {@code null}
     */
    public static Object beforeConnection(Object connection, String method, Object argument) {
        return guarded(() -> {
            JdbcEventKind kind = switch (method) {
                case "commit" -> JdbcEventKind.COMMIT;
                case "rollback" -> argument == null ? JdbcEventKind.ROLLBACK : JdbcEventKind.ROLLBACK_TO_SAVEPOINT;
                case "setAutoCommit" -> JdbcEventKind.SET_AUTO_COMMIT;
                case "setSavepoint" -> JdbcEventKind.SET_SAVEPOINT;
                case "releaseSavepoint" -> JdbcEventKind.RELEASE_SAVEPOINT;
                default -> JdbcEventKind.CLOSE;
            };
            Connection c = (Connection) connection;
            if (kind == JdbcEventKind.CLOSE && c.isClosed()) {
                return INNER;
            }
            return deliver(kind, c, List.of(), argument);
        });
    }

    /**
     * Before {@code Driver.connect(url, info)} or {@code DataSource.getConnection(...)}.
     *
     * @param source the driver or data source
     * @param url the first argument when it is the JDBC URL, else anything or {@code null}
     * @param info the second argument ({@code Properties} of {@code Driver.connect}), else anything or {@code null}
     * @return a token for {@link #after}, or {@code null}
     */
    public static Object beforeConnect(Object source, Object url, Object info) {
        if (source instanceof java.sql.Driver) {
            try {
                ConnectDetails.sawConnect(url, info); // even inside a pool's call: the driver sees the details
            } catch (RuntimeException e) {
                // never reaches the application
            }
        }
        return guarded(() -> {
            String endpoint = url instanceof String u ? ConnectionInfo.stripQuery(u) : source.getClass().getName();
            return announce(new JdbcEvent(IDS.incrementAndGet(), JdbcEventKind.CONNECT, Thread.currentThread(), null,
                    "connecting", endpoint, true, List.of(), List.of(), null, null));
        });
    }

    /** Builds an event (or {@link #INNER}) when a listener listens and this is the thread's outermost JDBC call. */
    @FunctionalInterface
    private interface EventSource {
        Object event() throws Exception;
    }

    /**
     * The guard every {@code before*} shares: nothing when no listener listens; {@link #INNER} for a JDBC call made
     * inside another (or inside delivering an event), and when building the event fails.
     */
    private static Object guarded(EventSource source) {
        if (!listening) {
            return null;
        }
        int[] depth = DEPTH.get();
        if (depth[0]++ > 0) {
            return INNER;
        }
        try {
            return source.event();
        } catch (Throwable t) {
            return INNER;
        }
    }

    private static Object deliver(JdbcEventKind kind, Connection c, List<BoundSql> bound, Object argument)
            throws Exception {
        ConnectionInfo info = c == null ? null : ConnectionInfo.of(c);
        String endpoint = info == null ? "unknown" : info.endpoint;
        List<SqlStatement> analysed = new ArrayList<>();
        for (BoundSql b : bound) {
            analysed.add(SqlAnalyzer.analyze(b.sql(), b.parameters(),
                    info == null ? dev.frontrun.internal.sql.PrimaryKeyLookup.ID_COLUMN : info.keys, endpoint));
        }
        boolean autoCommit = c == null || c.getAutoCommit();
        return announce(new JdbcEvent(IDS.incrementAndGet(), kind, Thread.currentThread(), c,
                info == null ? "conn#?" : info.label, endpoint, autoCommit, bound, analysed, SourceSite.find(),
                argument));
    }

    /** Hands the event to the listener; returns the token for {@link #after}: the event, or a {@link Veto}. */
    private static Object announce(JdbcEvent event) {
        JdbcEventListener l = JdbcEvents.listener();
        if (l != null) {
            try {
                l.before(event);
            } catch (RuntimeException e) {
                // a listener failure must never reach the application; after() is still delivered
            } catch (Error e) {
                // the listener stops the call (a scheduler ending its execution): a statement or commit is skipped
                // and throws e; a rollback, close or auto-commit switch still runs, so that no transaction is left
                // open holding locks the next execution would wait for
                JdbcEventKind kind = event.kind();
                if (kind == JdbcEventKind.EXECUTE || kind == JdbcEventKind.EXECUTE_BATCH
                        || kind == JdbcEventKind.COMMIT) {
                    return new Veto(event, e);
                }
            }
        }
        return event;
    }

    /**
     * What {@code before*} returns when the listener stopped a statement or commit by throwing an {@link Error} (a
     * scheduler unwinding the threads of an execution it ended): the advice skips the JDBC method and
     * {@link #after} returns the error for the advice to throw, so no statement runs in the database after its
     * execution is over.
     */
    public static final class Veto {
        private final JdbcEvent event;
        private final Error error;

        Veto(JdbcEvent event, Error error) {
            this.event = event;
            this.error = error;
        }
    }

    /**
     * After a tracked call: reports the outcome and leaves the guard.
     *
     * @param token what {@code before*} returned
     * @param returned the returned value when it matters, else {@code null}
     * @param thrown what the call threw, or {@code null}
     * @return what the call must throw: {@code thrown}, or the listener's error when it stopped the call
     */
    public static Throwable after(Object token, Object returned, Throwable thrown) {
        if (token == null) {
            return thrown;
        }
        if (token instanceof Veto veto) {
            DEPTH.get()[0]--;
            JdbcEventListener l = JdbcEvents.listener();
            if (l != null) {
                try {
                    l.after(veto.event, JdbcOutcome.of(veto.error, null));
                } catch (Throwable ignored) {
                    // a listener failure must never reach the application
                }
            }
            return veto.error;
        }
        try {
            if (token instanceof JdbcEvent event) {
                JdbcEventListener l = JdbcEvents.listener();
                if (l != null) {
                    l.after(event, JdbcOutcome.of(thrown, returned));
                }
            }
        } catch (Throwable ignored) {
            // a listener failure must never reach the application
        } finally {
            DEPTH.get()[0]--;
        }
        return thrown;
    }

    /**
     * After a statement execution: reports the outcome with the number of rows it changed, and leaves the guard.
     *
     * @param token what {@link #beforeExecute} returned
     * @param statement the statement object
     * @param returned what the method returned (boxed), or {@code null} when it threw
     * @param thrown what it threw, or {@code null}
     * @return what the call must throw
     */
    public static Throwable afterExecute(Object token, Object statement, Object returned, Throwable thrown) {
        Long count = null;
        if (thrown == null && token instanceof JdbcEvent) {
            try {
                count = UpdateCounts.of(statement, returned);
            } catch (Throwable t) {
                count = null; // unknown
            }
        }
        return after(token, count, thrown);
    }

    /**
     * After {@code Connection.prepareStatement/prepareCall}: remembers the statement's SQL.
     *
     * @param statement the returned statement
     * @param sql the SQL text
     */
    public static void prepared(Object statement, String sql) {
        if (statement != null && sql != null) {
            StatementState.of(statement).prepared(sql);
        }
    }

    /**
     * A {@code PreparedStatement.setXxx(index, value, ...)} call.
     *
     * @param statement the statement
     * @param method the setter's name
     * @param index the 1-based parameter index
     * @param value the value (boxed)
     */
    public static void parameter(Object statement, String method, int index, Object value) {
        StatementState.of(statement).parameter(index, method.equals("setNull") ? null : value);
    }

    /**
     * {@code addBatch}, {@code clearBatch} or {@code clearParameters}.
     *
     * @param statement the statement
     * @param method the method name
     * @param sql the SQL argument of {@code Statement.addBatch(String)}, else {@code null}
     */
    public static void batchOrClear(Object statement, String method, Object sql) {
        StatementState state = StatementState.of(statement);
        switch (method) {
            case "addBatch" -> state.addBatch(sql instanceof String s ? s : null);
            case "clearBatch" -> state.clearBatch();
            default -> state.clearParameters();
        }
    }

    static void enterSuppressed() {
        DEPTH.get()[0]++;
    }

    static void exitSuppressed() {
        DEPTH.get()[0]--;
    }
}
