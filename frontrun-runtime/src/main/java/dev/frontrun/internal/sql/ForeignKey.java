package dev.frontrun.internal.sql;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A foreign key from the catalog: the child's columns reference the parent's. An insert into the child (or an update
 * of those columns) reads the parent row, as PostgreSQL's check does; a delete from the parent (or an update of its
 * referenced columns) reads the child table, or writes it when the key cascades.
 *
 * @param child the referencing table, normalised
 * @param childColumns its columns, in key order
 * @param parent the referenced table, normalised
 * @param parentColumns the referenced columns, in key order
 * @param cascades whether a delete of the parent changes the child rows (CASCADE, SET NULL, SET DEFAULT)
 */
public record ForeignKey(String child, List<String> childColumns, String parent, List<String> parentColumns,
        boolean cascades) {

    /** Copies the lists. */
    public ForeignKey {
        childColumns = List.copyOf(childColumns);
        parentColumns = List.copyOf(parentColumns);
    }

    /**
     * @param meta the metadata
     * @param schema the schema, or {@code null}
     * @param table the table
     * @param imported {@code true}: the keys the table holds ({@code getImportedKeys}); {@code false}: the keys that
     *     reference it ({@code getExportedKeys})
     * @return the keys
     * @throws SQLException when the metadata cannot be read
     */
    static List<ForeignKey> read(DatabaseMetaData meta, String schema, String table, boolean imported)
            throws SQLException {
        Map<String, List<String[]>> byName = new LinkedHashMap<>();
        try (ResultSet rs = imported ? meta.getImportedKeys(null, schema, table)
                : meta.getExportedKeys(null, schema, table)) {
            while (rs.next()) {
                String name = rs.getString("FKTABLE_NAME") + "/" + rs.getString("FK_NAME");
                byName.computeIfAbsent(name, n -> new ArrayList<>()).add(new String[] {
                    rs.getString("FKTABLE_NAME"), rs.getString("FKCOLUMN_NAME"), rs.getString("PKTABLE_NAME"),
                    rs.getString("PKCOLUMN_NAME"), String.valueOf(rs.getShort("DELETE_RULE")),
                    String.valueOf(rs.getShort("KEY_SEQ"))});
            }
        }
        List<ForeignKey> out = new ArrayList<>();
        for (List<String[]> rows : byName.values()) {
            rows.sort((a, b) -> Integer.compare(Integer.parseInt(a[5]), Integer.parseInt(b[5])));
            List<String> childColumns = new ArrayList<>();
            List<String> parentColumns = new ArrayList<>();
            for (String[] r : rows) {
                childColumns.add(r[1].toLowerCase(Locale.ROOT));
                parentColumns.add(r[3].toLowerCase(Locale.ROOT));
            }
            short rule = Short.parseShort(rows.get(0)[4]);
            boolean cascades = rule == DatabaseMetaData.importedKeyCascade
                    || rule == DatabaseMetaData.importedKeySetNull || rule == DatabaseMetaData.importedKeySetDefault;
            out.add(new ForeignKey(TableNames.table(rows.get(0)[0]), childColumns, TableNames.table(rows.get(0)[2]),
                    parentColumns, cascades));
        }
        return out;
    }
}
