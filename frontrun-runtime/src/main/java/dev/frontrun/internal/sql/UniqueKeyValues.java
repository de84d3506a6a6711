package dev.frontrun.internal.sql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The unique-index keys a write would insert: for each unique key of the table (from the catalog), the values an
 * INSERT's row gives every one of its columns, or the constants an UPDATE assigns to all of them. A key whose value
 * is not known from the statement (a default, an expression, a column the UPDATE does not assign) is left out: a
 * wait on it is one the model does not foresee, which the lock watcher then reports.
 */
final class UniqueKeyValues {

    private UniqueKeyValues() {
    }

    static List<SqlResource> of(TableUse use, List<?> parameters, PrimaryKeyLookup keys) {
        List<Map<String, ValueRef>> rows = new ArrayList<>(use.insertedRows);
        if (!use.assignedValues.isEmpty()) {
            rows.add(use.assignedValues);
        }
        if (rows.isEmpty() || rows.size() > StatementTemplate.MAX_ROWS) {
            return List.of();
        }
        List<List<String>> unique = keys.uniqueKeys(use.table);
        List<SqlResource> out = new ArrayList<>();
        for (Map<String, ValueRef> row : rows) {
            for (List<String> key : unique) {
                Map<String, String> values = new LinkedHashMap<>();
                for (String column : key) {
                    ValueRef ref = row.get(column);
                    String value = ref == null ? null : ref.resolve(parameters);
                    if (value == null) {
                        values = null;
                        break;
                    }
                    values.put(column, value);
                }
                if (values != null && !values.isEmpty()) {
                    out.add(SqlResource.row(use.table, values));
                }
            }
        }
        return out;
    }
}
