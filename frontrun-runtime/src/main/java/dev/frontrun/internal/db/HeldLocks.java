package dev.frontrun.internal.db;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The model locks each transaction (connection) of one execution holds, in the order it took them, and when it gives
 * them back: inside a transaction a lock is held until the transaction ends (commit, rollback, switching auto-commit
 * on, closing the connection) or a rollback to a savepoint taken before it; an insert that inserted nothing (an
 * {@code ON CONFLICT DO NOTHING} that met the key, an {@code UPDATE} that matched no row) gives back the unique keys
 * its statement took.
 */
final class HeldLocks {

    /** Each connection's locks, in the order they were taken. */
    private final Map<Connection, List<LockKey>> held = new IdentityHashMap<>();
    /** Each connection's savepoints (a JDBC {@code Savepoint}, or an SQL name in lower case): locks held then. */
    private final Map<Connection, Map<Object, Integer>> savepoints = new IdentityHashMap<>();
    /** The unique-key locks each connection's latest statement took (to give back if it inserted nothing). */
    private final Map<Connection, List<LockKey>> recentKeys = new IdentityHashMap<>();

    /**
     * @param connection a connection, or {@code null}
     * @return the locks it holds now (a copy)
     */
    synchronized List<LockKey> mine(Connection connection) {
        return connection == null ? List.of() : List.copyOf(held.getOrDefault(connection, List.of()));
    }

    /**
     * A statement of the connection is about to run: the unique keys of the one before it are its own from now on.
     *
     * @param connection the connection
     */
    synchronized void newStatement(Connection connection) {
        recentKeys.remove(connection);
    }

    /**
     * Records that the connection now holds {@code locks} until its transaction ends.
     *
     * @param connection the connection
     * @param locks the locks acquired
     */
    synchronized void hold(Connection connection, List<LockKey> locks) {
        if (connection != null && !locks.isEmpty()) {
            List<LockKey> mine = held.computeIfAbsent(connection, c -> new ArrayList<>());
            locks.stream().filter(k -> !mine.contains(k)).forEach(mine::add);
            List<LockKey> unique = locks.stream().filter(LockKey::uniqueKey).toList();
            if (!unique.isEmpty()) {
                recentKeys.computeIfAbsent(connection, c -> new ArrayList<>()).addAll(unique);
            }
        }
    }

    /**
     * The connection's latest statement inserted nothing (an {@code ON CONFLICT DO NOTHING} that met its key, or an
     * {@code UPDATE} that matched no row): it gives back the unique keys it took.
     *
     * @param connection the connection
     * @return the locks to release
     */
    synchronized List<LockKey> dropRecentKeys(Connection connection) {
        List<LockKey> recent = connection == null ? null : recentKeys.remove(connection);
        return recent == null ? List.of() : drop(connection, recent);
    }

    /**
     * The connection gives up some of its locks before its transaction ends (an insert that inserted nothing).
     *
     * @param connection the connection
     * @param locks the locks
     * @return those of them it held, which are to be released
     */
    synchronized List<LockKey> drop(Connection connection, List<LockKey> locks) {
        List<LockKey> mine = connection == null ? null : held.get(connection);
        List<LockKey> out = new ArrayList<>();
        if (mine != null) {
            for (LockKey k : locks) {
                if (mine.remove(k)) {
                    out.add(k);
                }
            }
        }
        return out;
    }

    /**
     * The connection's transaction ends: forgets and returns the locks it held.
     *
     * @param connection the connection
     * @return the locks to release, in the order they were taken
     */
    synchronized List<LockKey> release(Connection connection) {
        if (connection != null) {
            savepoints.remove(connection);
            recentKeys.remove(connection);
        }
        List<LockKey> mine = connection == null ? null : held.remove(connection);
        return mine == null ? List.of() : mine;
    }

    /**
     * A savepoint is set: a later rollback to it releases the locks taken after this point.
     *
     * @param connection the connection
     * @param savepoint the JDBC {@code Savepoint} or the SQL name
     */
    synchronized void savepoint(Connection connection, Object savepoint) {
        if (connection != null && savepoint != null) {
            savepoints.computeIfAbsent(connection, c -> new HashMap<>())
                    .put(id(savepoint), held.getOrDefault(connection, List.of()).size());
        }
    }

    /**
     * {@code ROLLBACK TO SAVEPOINT}: the locks taken after the savepoint are released (the savepoint stays).
     *
     * @param connection the connection
     * @param savepoint the JDBC {@code Savepoint} or the SQL name
     * @return the locks to release
     */
    synchronized List<LockKey> rollbackTo(Connection connection, Object savepoint) {
        Integer mark = connection == null || savepoint == null ? null
                : savepoints.getOrDefault(connection, Map.of()).get(id(savepoint));
        List<LockKey> mine = connection == null ? null : held.get(connection);
        if (mark == null || mine == null || mine.size() <= mark) {
            return List.of();
        }
        List<LockKey> after = new ArrayList<>(mine.subList(mark, mine.size()));
        mine.subList(mark, mine.size()).clear();
        savepoints.get(connection).replaceAll((name, size) -> Math.min(size, mark));
        return after;
    }

    private static Object id(Object savepoint) {
        return savepoint instanceof String name ? name.toLowerCase(Locale.ROOT) : savepoint;
    }
}
