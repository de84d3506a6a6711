package dev.frontrun.internal.sql;

import java.util.List;

/** Tells which columns form a table's primary key. */
@FunctionalInterface
public interface PrimaryKeyLookup {

    /** Assumes every table's key is a column named {@code id} (the fallback when metadata is unavailable). */
    PrimaryKeyLookup ID_COLUMN = table -> List.of("id");

    /**
     * @param table the normalised table name ({@code users}, {@code app.orders})
     * @return the columns that name each row (the primary key, or a unique key of {@code NOT NULL} columns), lower
     *     case, in key order; empty when the table has none (or it is not known): its rows cannot be named
     */
    List<String> primaryKey(String table);

    /**
     * The unique constraints PostgreSQL checks when a row is inserted or its key changes: the primary key and
     * every unique index on plain columns. A partial or expression unique index cannot be matched against a
     * statement's values; {@link #uniqueKeysComplete} then says so.
     *
     * @param table the normalised table name
     * @return each unique key's columns, lower case, the primary key first; by default the primary key alone
     */
    default List<List<String>> uniqueKeys(String table) {
        List<String> pk = primaryKey(table);
        return pk.isEmpty() ? List.of() : List.of(pk);
    }

    /**
     * @param table the normalised table name
     * @return whether {@link #uniqueKeys} lists every unique index (none is partial or on an expression)
     */
    default boolean uniqueKeysComplete(String table) {
        return true;
    }

    /**
     * @param table the normalised table name
     * @param imported {@code true}: the foreign keys the table holds; {@code false}: those that reference it
     * @return the keys; by default none (a lookup without a catalog knows none)
     */
    default List<ForeignKey> foreignKeys(String table, boolean imported) {
        return List.of();
    }

    /**
     * A statement is about to change the table's definition ({@code CREATE}, {@code ALTER}, {@code DROP}): what was
     * learnt of its keys may no longer hold (a table dropped and created again without its primary key must not keep
     * being named by it).
     *
     * @param table the normalised table name
     */
    default void forget(String table) {
    }
}
