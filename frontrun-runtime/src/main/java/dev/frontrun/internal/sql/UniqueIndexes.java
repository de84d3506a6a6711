package dev.frontrun.internal.sql;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A table's unique indexes from the catalog ({@link DatabaseMetaData#getIndexInfo} with {@code unique = true}).
 *
 * @param keys each unique index on plain columns: its columns in index order, lower case
 * @param complete {@code false} when a unique index is partial or on an expression (not matched by frontrun)
 */
record UniqueIndexes(List<List<String>> keys, boolean complete) {

    private static final Pattern PLAIN_COLUMN = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");

    /** Copies the keys. */
    UniqueIndexes {
        keys = List.copyOf(keys);
    }

    static UniqueIndexes read(DatabaseMetaData meta, String schema, String table) throws SQLException {
        Map<String, TreeMap<Integer, String>> byIndex = new LinkedHashMap<>();
        boolean complete = true;
        try (ResultSet rs = meta.getIndexInfo(null, schema, table, true, false)) {
            while (rs.next()) {
                if (rs.getBoolean("NON_UNIQUE") || rs.getShort("TYPE") == DatabaseMetaData.tableIndexStatistic) {
                    continue;
                }
                String index = rs.getString("INDEX_NAME");
                String column = rs.getString("COLUMN_NAME");
                String filter = rs.getString("FILTER_CONDITION");
                if (column == null || !PLAIN_COLUMN.matcher(column).matches() || filter != null && !filter.isBlank()) {
                    complete = false;
                    byIndex.put(index, null);
                    continue;
                }
                if (byIndex.containsKey(index) && byIndex.get(index) == null) {
                    continue;
                }
                byIndex.computeIfAbsent(index, i -> new TreeMap<>())
                        .put((int) rs.getShort("ORDINAL_POSITION"), column.toLowerCase(Locale.ROOT));
            }
        }
        List<List<String>> keys = new ArrayList<>();
        for (TreeMap<Integer, String> columns : byIndex.values()) {
            if (columns != null && !columns.isEmpty() && !keys.contains(new ArrayList<>(columns.values()))) {
                keys.add(new ArrayList<>(columns.values()));
            }
        }
        return new UniqueIndexes(keys, complete);
    }
}
