package dev.frontrun.internal.db;

import java.util.EnumMap;
import java.util.Map;

/**
 * What keeps a systematic exploration of the database from being a proof although the scheduler ran every statement
 * as PostgreSQL would: the first occurrence of each gap of the model since the exploration began, naming the row or
 * statement. A systematic strategy that finds nothing then ends INCONCLUSIVE with the first of them, never HOLDS;
 * violations found are real.
 */
final class ProofGaps {

    /** The gaps, in the order their reasons are given. */
    enum Gap {
        /**
         * Two transactions asked for row-lock modes that PostgreSQL lets them hold together ({@code FOR KEY SHARE}
         * and {@code FOR NO KEY UPDATE}, two {@code FOR SHARE}...), and DPOR orders the acquisitions of a row like
         * those of one monitor, so it may miss the orders in which both hold it.
         */
        SHARING("two transactions locked a row in modes that PostgreSQL lets them hold together (%s), and DPOR's"
                + " race analysis treats a row's locks as one exclusive lock, so it may miss the orders in which both"
                + " hold it: no proof (random, PCT and POS follow PostgreSQL's conflict table)"),
        /**
         * A transaction ran at SERIALIZABLE: PostgreSQL's serialization failures depend on its predicate locks,
         * which cover index pages and relations and change with the table's physical state (dead tuples, page
         * splits, promotion to coarser locks), so the same order of statements can end with or without a 40001 from
         * one run to the next, and an order explored once without one may fail the next time.
         */
        SERIALIZABLE("a transaction ran at SERIALIZABLE (%s): which transactions PostgreSQL aborts with a"
                + " serialization failure (40001) depends on its predicate locks and the tables' physical state, not"
                + " only on the order of the statements, so no exploration of orders is a proof; violations found"
                + " are real"),
        /**
         * A statement on PostgreSQL locked the rows it pins by key without the scheduler asking whether they exist
         * (a locking {@code SELECT} sent with others in one string, a parameter it could not place, a locking
         * clause JSqlParser cannot read): PostgreSQL locks nothing for a pinned row that does not exist, and a lock
         * the model took for it would hide the orders in which both transactions go on.
         */
        UNASKED("a statement locked rows it pins by key without frontrun asking PostgreSQL whether they exist (%s):"
                + " PostgreSQL locks nothing for a row that does not exist, so the model may have hidden orders: no"
                + " proof (send such a statement alone, on one table, to have its rows asked for)"),
        /**
         * A statement locked rows of a table that has no primary key and no unique index on {@code NOT NULL}
         * columns: frontrun cannot name its rows, so the locks PostgreSQL takes there are not the model's, and
         * whether two statements wait for each other is not known to the scheduler.
         */
        UNKEYED("a statement locked rows of %s, which has no primary key and no unique index on NOT NULL columns,"
                + " so frontrun cannot name its rows and does not model their locks: no proof (give the table a"
                + " primary key)");

        private final String reason;

        Gap(String reason) {
            this.reason = reason;
        }
    }

    private final Map<Gap, String> first = new EnumMap<>(Gap.class);

    /** A new exploration begins: every gap is forgotten. */
    synchronized void reset() {
        first.clear();
    }

    /**
     * @param gap a gap
     * @param detail the row, modes or statement it was first seen with, or {@code null} (nothing is noted)
     */
    synchronized void note(Gap gap, String detail) {
        if (detail != null) {
            first.putIfAbsent(gap, detail);
        }
    }

    /** @return why the exploration is no proof (the first gap in {@link Gap}'s order), or {@code null} */
    synchronized String reason() {
        for (Gap g : Gap.values()) {
            String detail = first.get(g);
            if (detail != null) {
                return String.format(g.reason, detail);
            }
        }
        return null;
    }
}
