package dev.frontrun.internal.dpor;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Executions to the first violation per DPOR search order, on a bug that needs a late reversal: thread 0 first
 * reads a flag that the last thread sets only after its share of increments on a counter every thread races on. In
 * depth-first order DPOR reverses the counter races near the end of an execution first, and the flag race at its
 * very start last. Also confirms that every order explores the same number of traces on the literature programs.
 */
public final class SearchOrderBenchmark {

    private SearchOrderBenchmark() {
    }

    /** A shared flag (var 0) read first by thread 0 and set last by thread {@code n-1}; all race on var 1. */
    static Program lateFlag(int n, int increments, AtomicBoolean violated) {
        Program.Builder b = Program.named("lateFlag(" + n + "," + increments + ")").vars(2);
        for (int t = 0; t < n; t++) {
            int me = t;
            b.thread(() -> new ThreadBody() {
                boolean flagRead;
                boolean haveRead;
                boolean flagWritten;
                int seen;
                int done;

                @Override
                Instr next() {
                    if (me == 0 && !flagRead) {
                        return Instr.read(0, v -> {
                            if (v == 1) {
                                violated.set(true);
                            }
                            flagRead = true;
                        });
                    }
                    if (done < increments) {
                        if (!haveRead) {
                            return Instr.read(1, v -> {
                                seen = v;
                                haveRead = true;
                            });
                        }
                        return Instr.write(1, () -> seen + 1, () -> {
                            haveRead = false;
                            done++;
                        });
                    }
                    if (me == n - 1 && !flagWritten) {
                        return Instr.write(0, () -> 1, () -> flagWritten = true);
                    }
                    return null;
                }
            });
        }
        return b.build();
    }

    /** Prints the table. */
    public static void main(String[] args) {
        System.out.println("executions until the first violation (lateFlag: the bug needs the first race of the"
                + " execution reversed), then trace counts of full explorations, per search order");
        System.out.printf(Locale.ROOT, "%-28s %14s %14s %14s%n", "program", "depth-first", "conflict-first",
                "seeded (1..5)");
        for (int[] size : new int[][] {{3, 1}, {3, 2}, {4, 1}, {5, 1}}) {
            long dfs = firstViolation(size[0], size[1], SearchOrder.DEPTH_FIRST, 0);
            long conflict = firstViolation(size[0], size[1], SearchOrder.CONFLICT_FIRST, 0);
            StringBuilder seeded = new StringBuilder();
            for (long seed = 1; seed <= 5; seed++) {
                seeded.append(seed == 1 ? "" : " ").append(firstViolation(size[0], size[1], SearchOrder.SEEDED, seed));
            }
            System.out.printf(Locale.ROOT, "%-28s %14d %14d %14s%n", "lateFlag(" + size[0] + " threads, "
                    + size[1] + " incr.)", dfs, conflict, seeded);
        }
        for (Program p : List.of(LiteraturePrograms.lastzero(8), LiteraturePrograms.readers(10),
                LiteraturePrograms.indexer(13), LiteraturePrograms.filesystem(18))) {
            long[] counts = new long[3];
            SearchOrder[] orders = SearchOrder.values();
            for (int i = 0; i < orders.length; i++) {
                counts[i] = Explorations.explore(p, new DporExplorer(DporOptions.unbounded().withOrder(orders[i], 1)),
                        false).explorer().executions();
            }
            System.out.printf(Locale.ROOT, "%-28s %14d %14d %14d%s%n", p.name() + " (traces)", counts[0], counts[1],
                    counts[2], counts[0] == counts[1] && counts[1] == counts[2] ? "" : "   DIFFERENT!");
        }
    }

    private static long firstViolation(int n, int increments, SearchOrder order, long seed) {
        AtomicBoolean violated = new AtomicBoolean();
        Program p = lateFlag(n, increments, violated);
        DporExplorer e = new DporExplorer(DporOptions.unbounded().withOrder(order, seed));
        while (e.beginExecution()) {
            Run run = new Run(p);
            List<ThreadState> threads;
            while (!(threads = run.threads()).stream().noneMatch(ThreadState::enabled)) {
                int t = e.choose(threads);
                e.executed(t, run.step(t));
            }
            e.endExecution(run.threads());
            if (violated.get()) {
                return e.executions();
            }
        }
        return -1;
    }
}
