package dev.frontrun.internal.sql;

import java.util.List;

/**
 * A named SQL anomaly found in the committed transactions of one execution.
 *
 * @param type what kind of anomaly
 * @param resources the rows or tables involved, most specific first
 * @param threads the threads involved (the scheduler's indexes), in the order the summary names them
 * @param transactions the transactions involved
 * @param summary one line, e.g. {@code Lost update on users(id=1): threads 0 and 1 both read it before either
 *     committed its write.}
 */
public record SqlAnomaly(Type type, List<SqlResource> resources, List<Integer> threads,
        List<Transaction> transactions, String summary) {

    /** The anomalies recognised, most severe first. */
    public enum Type {
        /** Two transactions read X, then both wrote X: the first commit is overwritten. */
        LOST_UPDATE("Lost update"),
        /** Each transaction read what the other wrote; the writes are disjoint, so no row conflict stops them. */
        WRITE_SKEW("Write skew"),
        /**
         * Each transaction read a predicate (a table, not rows by key), and each then inserted into it before the
         * other's insert was visible: neither saw a row that would have changed its decision (Adya's G2).
         */
        PHANTOM("Phantom"),
        /**
         * Two transactions each looked a row up by its key before the other committed, and each inserted it: the
         * row exists twice (no unique key) where the check meant once; nothing was overwritten.
         */
        DUPLICATE_INSERT("Duplicate insert"),
        /** A transaction read a row twice and another transaction committed a write to it in between. */
        NON_REPEATABLE_READ("Non-repeatable read"),
        /** A transaction read a table (a predicate) twice and another committed a write to it in between. */
        PHANTOM_READ("Phantom read");

        private final String title;

        Type(String title) {
            this.title = title;
        }

        /** @return the human name, {@code Lost update} */
        public String title() {
            return title;
        }
    }

    /** Copies the lists. */
    public SqlAnomaly {
        resources = List.copyOf(resources);
        threads = List.copyOf(threads);
        transactions = List.copyOf(transactions);
    }

    /** @return the summary followed by the involved statements, one per line, in execution order */
    public String explain() {
        StringBuilder sb = new StringBuilder(summary);
        transactions.stream().flatMap(t -> t.statements().stream())
                .sorted(java.util.Comparator.comparingLong(ExecutedStatement::seq))
                .filter(s -> s.statement().accesses().stream().anyMatch(a -> resources.stream()
                        .anyMatch(r -> r.overlaps(a.resource()))))
                .forEach(s -> sb.append("\n  Thread ").append(s.thread()).append(" | ")
                        .append(s.site() == null ? "" : s.site() + "  ")
                        .append(SqlText.abbreviate(s.statement().sql(), 90))
                        .append("\n           | ").append(s.statement().accesses()));
        return sb.toString();
    }

    @Override
    public String toString() {
        return summary;
    }
}
