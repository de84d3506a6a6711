package dev.frontrun.internal.pg;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deadlock PostgreSQL detected and broke (SQLState {@code 40P01}), read from the error's detail
 * ({@code Process 101 waits for ShareLock on transaction 755; blocked by process 100.}). The first waiter is the
 * victim: the backend whose transaction PostgreSQL aborted.
 *
 * @param cycle the wait-for edges, victim first
 * @param where the error's context line ({@code while updating tuple (0,1) in relation "accounts"}), or {@code null}
 */
public record PgDeadlock(List<Edge> cycle, String where) {

    /** The SQLState PostgreSQL uses for a detected deadlock. */
    public static final String SQL_STATE = "40P01";

    private static final Pattern EDGE = Pattern.compile("Process (\\d+) waits for (.+?); blocked by process (\\d+)\\.");
    private static final Pattern WHERE = Pattern.compile("Where: (.+)");

    /**
     * One backend waiting for a lock another holds.
     *
     * @param waiter the waiting backend
     * @param lock the lock it waits for, as PostgreSQL words it ({@code ShareLock on transaction 755})
     * @param holder the backend blocking it
     */
    public record Edge(int waiter, String lock, int holder) {
    }

    /** Copies the cycle. */
    public PgDeadlock {
        cycle = List.copyOf(cycle);
    }

    /**
     * @param e an exception from a JDBC call, or any of its causes
     * @return the deadlock it reports, or empty when it is not a deadlock
     */
    public static Optional<PgDeadlock> from(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && SQL_STATE.equals(s.getSQLState())) {
                String message = String.valueOf(s.getMessage());
                List<Edge> edges = new ArrayList<>();
                Matcher m = EDGE.matcher(message);
                while (m.find()) {
                    edges.add(new Edge(Integer.parseInt(m.group(1)), m.group(2), Integer.parseInt(m.group(3))));
                }
                Matcher w = WHERE.matcher(message);
                return Optional.of(new PgDeadlock(edges, w.find() ? w.group(1).strip() : null));
            }
        }
        return Optional.empty();
    }

    /** @return the backend whose transaction PostgreSQL aborted, or -1 when the detail was not available */
    public int victim() {
        return cycle.isEmpty() ? -1 : cycle.get(0).waiter();
    }

    /**
     * @param statementOf the statement each backend was blocked in (e.g. {@link PgLockWatcher#statementOf}), or
     *     {@code null} when unknown
     * @param nameOf how to name a backend's owner ({@code thread 1}); {@code null} names it by pid only
     * @return a multi-line explanation naming both (all) statements of the cycle
     */
    public String describe(IntFunction<String> statementOf, IntFunction<String> nameOf) {
        StringBuilder sb = new StringBuilder("Database deadlock detected by PostgreSQL (SQLState 40P01)");
        sb.append(where == null ? ":" : ", " + where + ":");
        if (cycle.isEmpty()) {
            sb.append("\n  (the error carried no detail; set the driver's logServerErrorDetail=true to see the cycle)");
        }
        for (Edge e : cycle) {
            sb.append("\n  ").append(who(e.waiter(), nameOf)).append(" waits for ").append(e.lock())
                    .append(", held by ").append(who(e.holder(), nameOf));
            String statement = statementOf == null ? null : statementOf.apply(e.waiter());
            sb.append("\n      in: ").append(statement == null ? "(statement unknown)" : oneLine(statement));
        }
        if (!cycle.isEmpty()) {
            sb.append("\n  PostgreSQL aborted the transaction of ").append(who(victim(), nameOf)).append('.');
        }
        return sb.toString();
    }

    private static String who(int pid, IntFunction<String> nameOf) {
        String name = nameOf == null ? null : nameOf.apply(pid);
        return name == null ? "backend " + pid : name + " (backend " + pid + ")";
    }

    private static String oneLine(String sql) {
        return sql.strip().replaceAll("\\s+", " ");
    }
}
