package dev.frontrun.internal.sql;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Names the SQL anomalies in the committed transactions of one execution, using only their accesses and the
 * execution's total order (statement and commit sequence numbers). Isolation levels are not modelled: under
 * REPEATABLE READ or SERIALIZABLE PostgreSQL would have aborted some of these transactions, which then never reach
 * the log.
 */
public final class SqlAnomalyClassifier {

    private SqlAnomalyClassifier() {
    }

    /**
     * @param transactions the committed transactions of one execution (any order)
     * @return every anomaly found, most severe type first, threads named by their numbers
     */
    public static List<SqlAnomaly> classify(List<Transaction> transactions) {
        return classify(transactions, Integer::toString);
    }

    /**
     * @param transactions the committed transactions of one execution (any order)
     * @param name how the summaries name a thread ({@code a} in {@code thread a})
     * @return every anomaly found, most severe type first
     */
    public static List<SqlAnomaly> classify(List<Transaction> transactions, IntFunction<String> name) {
        List<SqlAnomaly> out = new ArrayList<>();
        for (int i = 0; i < transactions.size(); i++) {
            for (int j = i + 1; j < transactions.size(); j++) {
                Transaction a = transactions.get(i);
                Transaction b = transactions.get(j);
                if (a.overlaps(b)) {
                    lostUpdate(a, b, name).ifPresent(out::add);
                    writeSkew(a, b, name).ifPresent(out::add);
                }
            }
        }
        for (Transaction a : transactions) {
            rereads(a, transactions, out, name);
        }
        out.sort(Comparator.comparing(SqlAnomaly::type));
        return out;
    }

    /**
     * @param transactions the committed transactions of one execution
     * @return the most severe anomaly, if any
     */
    public static Optional<SqlAnomaly> first(List<Transaction> transactions) {
        return classify(transactions).stream().findFirst();
    }

    /**
     * @param transactions the committed transactions of one execution
     * @param name how the summary names a thread
     * @return the most severe anomaly, if any
     */
    public static Optional<SqlAnomaly> first(List<Transaction> transactions, IntFunction<String> name) {
        return classify(transactions, name).stream().findFirst();
    }

    private static Optional<SqlAnomaly> lostUpdate(Transaction a, Transaction b, IntFunction<String> name) {
        for (SqlResource wa : a.writes()) {
            for (SqlResource wb : b.writes()) {
                if (!wa.overlaps(wb)) {
                    continue;
                }
                SqlResource x = specific(wa, wb);
                ExecutedStatement ra = a.firstRead(x);
                ExecutedStatement rb = b.firstRead(x);
                if (ra != null && rb != null && ra.seq() < b.commit() && rb.seq() < a.commit()) {
                    List<Transaction> pair = byThread(a, b);
                    if (onlyInserts(a, x) && onlyInserts(b, x) && !(predicateRead(ra, x) && predicateRead(rb, x))) {
                        return Optional.of(new SqlAnomaly(SqlAnomaly.Type.DUPLICATE_INSERT, List.of(x), threads(pair),
                                pair, "Duplicate insert on " + x + ": threads " + name.apply(pair.get(0).thread())
                                        + " and " + name.apply(pair.get(1).thread()) + " both looked it up before"
                                        + " either committed, and each inserted it."));
                    }
                    if (predicateRead(ra, x) && predicateRead(rb, x) && onlyInserts(a, x) && onlyInserts(b, x)) {
                        return Optional.of(new SqlAnomaly(SqlAnomaly.Type.PHANTOM, List.of(x), threads(pair), pair,
                                "Phantom on " + x + ": threads " + name.apply(pair.get(0).thread()) + " and "
                                        + name.apply(pair.get(1).thread())
                                        + " both read it by a predicate and then inserted"
                                        + " into it; neither saw the other's insert."));
                    }
                    return Optional.of(new SqlAnomaly(SqlAnomaly.Type.LOST_UPDATE, List.of(x), threads(pair), pair,
                            "Lost update on " + x + ": threads " + name.apply(pair.get(0).thread()) + " and "
                                    + name.apply(pair.get(1).thread())
                                    + " both read it before either committed its write."));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether {@code read} read the table {@code x} whole (a predicate), not rows by key. */
    private static boolean predicateRead(ExecutedStatement read, SqlResource x) {
        return read.statement().reads().stream().anyMatch(r -> r.level() == SqlResource.Level.TABLE && r.overlaps(x));
    }

    /** Whether every statement of {@code t} that wrote {@code x} is an INSERT. */
    private static boolean onlyInserts(Transaction t, SqlResource x) {
        return t.statements().stream().filter(s -> s.statement().writes().stream().anyMatch(x::overlaps))
                .allMatch(s -> s.statement().kind() == StatementKind.INSERT);
    }

    private static Optional<SqlAnomaly> writeSkew(Transaction a, Transaction b, IntFunction<String> name) {
        for (SqlResource wa : a.writes()) {
            for (SqlResource wb : b.writes()) {
                if (wa.overlaps(wb)) {
                    return Optional.empty(); // overlapping writes: a write-write conflict, not a skew
                }
            }
        }
        Witness ab = readOfOthersWrite(a, b);
        Witness ba = readOfOthersWrite(b, a);
        if (ab == null || ba == null) {
            return Optional.empty();
        }
        List<SqlResource> resources = new ArrayList<>(List.of(ba.written, ab.written));
        String summary = "Write skew on " + ba.written + " and " + ab.written + ": thread " + name.apply(a.thread())
                + " read " + ab.read + " and wrote " + ba.written + ", thread " + name.apply(b.thread())
                + " read " + ba.read
                + " and wrote " + ab.written + "; each read what the other then wrote, so neither saw the other's"
                + " write.";
        return Optional.of(new SqlAnomaly(SqlAnomaly.Type.WRITE_SKEW, resources, List.of(a.thread(), b.thread()),
                List.of(a, b), summary));
    }

    /** What {@code reader} read (before {@code writer} committed) that {@code writer} wrote. */
    private static Witness readOfOthersWrite(Transaction reader, Transaction writer) {
        for (SqlResource w : writer.writes()) {
            ExecutedStatement read = reader.firstRead(w);
            if (read != null && read.seq() < writer.commit()) {
                for (SqlResource r : read.statement().reads()) {
                    if (r.overlaps(w)) {
                        return new Witness(r, w);
                    }
                }
            }
        }
        return null;
    }

    private record Witness(SqlResource read, SqlResource written) {
    }

    private static void rereads(Transaction a, List<Transaction> all, List<SqlAnomaly> out,
            IntFunction<String> name) {
        List<ExecutedStatement> selects = a.statements().stream()
                .filter(s -> s.statement().kind() == StatementKind.SELECT).toList();
        List<SqlResource> reported = new ArrayList<>();
        for (int i = 0; i < selects.size(); i++) {
            for (int j = i + 1; j < selects.size(); j++) {
                ExecutedStatement first = selects.get(i);
                ExecutedStatement second = selects.get(j);
                for (SqlResource r : first.statement().reads()) {
                    if (!second.statement().reads().contains(r) || reported.contains(r) || wroteBetween(a, r,
                            first.seq(), second.seq())) {
                        continue;
                    }
                    for (Transaction b : all) {
                        if (b != a && b.commit() > first.seq() && b.commit() < second.seq()
                                && b.writes().stream().anyMatch(r::overlaps)) {
                            reported.add(r);
                            SqlAnomaly.Type type = r.level() == SqlResource.Level.ROW
                                    ? SqlAnomaly.Type.NON_REPEATABLE_READ : SqlAnomaly.Type.PHANTOM_READ;
                            out.add(new SqlAnomaly(type, List.of(r), List.of(a.thread(), b.thread()), List.of(a, b),
                                    type.title() + " on " + r + ": thread " + name.apply(a.thread())
                                            + " read it twice in one transaction, and thread "
                                            + name.apply(b.thread())
                                            + " committed a write to it in between."));
                            break;
                        }
                    }
                }
            }
        }
    }

    private static boolean wroteBetween(Transaction a, SqlResource r, long from, long to) {
        return a.statements().stream().anyMatch(s -> s.seq() > from && s.seq() < to
                && s.statement().writes().stream().anyMatch(r::overlaps));
    }

    private static SqlResource specific(SqlResource x, SqlResource y) {
        return x.level().ordinal() <= y.level().ordinal() ? x : y;
    }

    private static List<Transaction> byThread(Transaction a, Transaction b) {
        return a.thread() <= b.thread() ? List.of(a, b) : List.of(b, a);
    }

    private static List<Integer> threads(List<Transaction> pair) {
        return List.of(pair.get(0).thread(), pair.get(1).thread());
    }
}
