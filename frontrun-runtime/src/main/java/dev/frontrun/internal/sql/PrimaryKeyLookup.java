package dev.frontrun.internal.sql;

import java.util.List;

/** Tells which columns form a table's primary key. */
@FunctionalInterface
public interface PrimaryKeyLookup {

    /** Assumes every table's key is a column named {@code id} (the fallback when metadata is unavailable). */
    PrimaryKeyLookup ID_COLUMN = table -> List.of("id");

    /**
     * @param table the normalised table name ({@code users}, {@code app.orders})
     * @return the key columns, lower case, in key order; empty when the table has no primary key
     */
    List<String> primaryKey(String table);
}
