package dev.frontrun.internal.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** What is known about one {@code Statement} object: its SQL (when prepared), current parameters, pending batch. */
final class StatementState {

    private static final WeakIdentityMap<Object, StatementState> STATES = new WeakIdentityMap<>();

    private String sql;
    private final TreeMap<Integer, Object> parameters = new TreeMap<>();
    private final List<BoundSql> batch = new ArrayList<>();

    static StatementState of(Object statement) {
        return STATES.computeIfAbsent(statement, s -> new StatementState());
    }

    static StatementState peek(Object statement) {
        return STATES.get(statement);
    }

    synchronized void prepared(String text) {
        sql = text;
        parameters.clear();
        batch.clear();
    }

    synchronized void parameter(int index, Object value) {
        parameters.put(index, value);
    }

    synchronized void clearParameters() {
        parameters.clear();
    }

    synchronized void addBatch(String text) {
        batch.add(text != null ? new BoundSql(text, List.of()) : current());
    }

    synchronized void clearBatch() {
        batch.clear();
    }

    synchronized List<BoundSql> batch() {
        return List.copyOf(batch);
    }

    /** @return the prepared SQL with its current parameters */
    synchronized BoundSql current() {
        List<Object> values = new ArrayList<>();
        if (!parameters.isEmpty()) {
            int max = parameters.lastKey();
            for (int i = 1; i <= max; i++) {
                values.add(parameters.get(i));
            }
        }
        return new BoundSql(sql, values);
    }
}
