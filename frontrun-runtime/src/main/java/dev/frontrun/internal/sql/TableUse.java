package dev.frontrun.internal.sql;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How one statement uses one table, before parameters are bound: the access kinds, and the key values its WHERE
 * clause (or an INSERT's VALUES) pins, if any.
 */
final class TableUse {

    final String table;
    final Set<AccessKind> kinds = EnumSet.noneOf(AccessKind.class);
    /** column to the values it is pinned to (one value for =, several for IN); {@code null} when not pinnable. */
    Map<String, List<ValueRef>> pins;
    /** each inserted row: column to value. */
    final List<Map<String, ValueRef>> insertedRows = new ArrayList<>();
    /** columns an UPDATE assigns; assigning a key column moves the row, so the write is not pinned. */
    final Set<String> assigned = new java.util.HashSet<>();
    /** the constant values an UPDATE assigns, by column (the new values of a unique key it changes). */
    final Map<String, ValueRef> assignedValues = new LinkedHashMap<>();
    /** an INSERT's {@code ON CONFLICT} action: {@code NOTHING}, {@code UPDATE}, or {@code null} without one. */
    String onConflict;

    TableUse(String table) {
        this.table = table;
    }

    TableUse pinnedBy(Map<String, List<ValueRef>> columns) {
        this.pins = columns == null ? null : new LinkedHashMap<>(columns);
        return this;
    }
}
