package dev.frontrun.internal.sql;

import java.util.List;

import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.PlainSelect;

/**
 * Which tables a {@code SELECT}'s locking clause ({@code FOR UPDATE}, {@code FOR NO KEY UPDATE}, {@code FOR SHARE},
 * {@code FOR KEY SHARE}) locks rows of, as PostgreSQL decides: without {@code OF}, every table of the {@code FROM}
 * clause; with {@code OF name}, only the table that name refers to, which is its alias when it has one
 * ({@code from users u1_0 ... for no key update of u1_0}, Hibernate's form) and else its unqualified name.
 * JSqlParser reads one name after {@code OF}; a list of them, or several locking clauses, do not parse, and such a
 * statement falls back to its tables.
 */
final class LockingClause {

    private LockingClause() {
    }

    /**
     * @param select a SELECT with a locking clause
     * @param table one of its FROM items
     * @return whether the clause locks rows of {@code table}
     */
    static boolean locks(PlainSelect select, Table table) {
        Table of = select.getForUpdateTable();
        return of == null || of.getSchemaName() == null
                && TableNames.identifier(of.getName()).equals(referenceName(table));
    }

    /** @return the name a locking clause's {@code OF} refers to the table by: its alias, else its own name */
    static String referenceName(Table table) {
        return table.getAlias() != null ? TableNames.identifier(table.getAlias().getName())
                : TableNames.identifier(table.getName());
    }

    /**
     * The one table whose rows the clause locks, when the rows it locks are exactly the rows of that table in the
     * query's result: the {@code FROM} items are plain tables joined by inner joins (or commas), the clause names
     * one of them (or there is only one), and its relation appears once.
     *
     * @param select a SELECT with a locking clause
     * @return that table, or {@code null}
     */
    static Table lockedTable(PlainSelect select) {
        List<Table> tables = TableUses.fromItems(select.getFromItem(), select.getJoins());
        int items = 1 + (select.getJoins() == null ? 0 : select.getJoins().size());
        if (tables.size() != items) {
            return null; // a subquery, a function or VALUES in FROM
        }
        if (select.getJoins() != null) {
            for (Join j : select.getJoins()) {
                if (j.isOuter() || j.isLeft() || j.isRight() || j.isFull() || j.isNatural() || j.isApply()
                        || j.isSemi() || j.isStraight()) {
                    return null; // outer joins (a locked row on a nullable side is an error) and the exotic
                }
            }
        }
        Table locked = null;
        for (Table t : tables) {
            if (locks(select, t)) {
                if (locked != null) {
                    return null; // several tables locked: one query per table would be needed
                }
                locked = t;
            }
        }
        if (locked == null) {
            return null;
        }
        String relation = TableNames.table(locked.getFullyQualifiedName());
        long same = tables.stream().filter(t -> TableNames.table(t.getFullyQualifiedName()).equals(relation)).count();
        return same == 1 ? locked : null;
    }
}
