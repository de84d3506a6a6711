package dev.frontrun.internal.dpor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Prints, per literature benchmark and size: the traces explored, executions per second (whole loop, and the
 * engine's own calls alone), and the retained heap before, during and after exploration: nothing is kept per explored execution, the
 * only memory held between executions is the current execution's states and their pending wakeup trees.
 *
 * <p>Run: {@code mvn -B -q -pl frontrun-runtime -Pbench-dpor process-test-classes} (add
 * {@code -Dbench.large=true} for lastzero(15), 147,456 traces). The programs run on the test interpreter, so the
 * "engine" column is the engine's bookkeeping alone and the "total" column adds the interpreter.
 */
public final class DporBenchmark {

    private DporBenchmark() {
    }

    private record Case(String family, IntFunction<Program> maker, int[] sizes) {
    }

    /** Runs the benchmarks and prints a table. */
    public static void main(String[] args) {
        boolean large = Boolean.getBoolean("bench.large") || List.of(args).contains("--large");
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("lastzero", LiteraturePrograms::lastzero, large ? new int[] {5, 8, 10, 12, 15} : new int[] {5, 8, 10, 12}));
        cases.add(new Case("readers", LiteraturePrograms::readers, new int[] {2, 8, 10, 13, 15}));
        cases.add(new Case("indexer", LiteraturePrograms::indexer, new int[] {12, 13, 14, 15}));
        cases.add(new Case("filesystem", LiteraturePrograms::filesystem, new int[] {14, 16, 18, 19}));
        cases.add(new Case("readersWriters", n -> LiteraturePrograms.readersWriters(n, 2), new int[] {2, 3, 4}));

        warmUp();
        System.out.println("traces = executions explored (each a distinct Mazurkiewicz trace); total exec/s = engine"
                + " and test interpreter; engine ex/s = the engine's own calls only (best of 3 runs); heap = retained"
                + " heap after GC before exploring, after the first execution, after the last sampled execution"
                + " (a power of 4, shown after @), and after exploring; pending = states and wakeup-tree steps the"
                + " engine held at that last sample.");
        System.out.printf(Locale.ROOT, "%-22s %10s %12s %12s %12s %12s %12s %12s %9s%n", "benchmark", "traces",
                "total exec/s", "engine ex/s", "heap before", "heap first", "heap late", "heap after", "pending");
        for (Case c : cases) {
            for (int size : c.sizes()) {
                measure(c.maker().apply(size));
            }
        }
        System.out.println();
        SearchOrderBenchmark.main(args);
    }

    /** Lets the JIT compile the engine and the interpreter first: about five seconds of mixed exploration. */
    private static void warmUp() {
        long until = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < until) {
            for (Program p : List.of(LiteraturePrograms.lastzero(9), LiteraturePrograms.readers(10), LiteraturePrograms.indexer(14),
                    LiteraturePrograms.filesystem(18), LiteraturePrograms.readersWriters(3, 2))) {
                Explorations.explore(p, new DporExplorer(DporOptions.unbounded()), false);
            }
        }
    }

    private static void measure(Program program) {
        // timing: best of three runs without heap sampling
        long bestTotal = Long.MAX_VALUE;
        long bestEngine = Long.MAX_VALUE;
        long executions = 0;
        boolean exhaustive = false;
        for (int i = 0; i < 3; i++) {
            TimedExplorer timed = new TimedExplorer(new DporExplorer(DporOptions.unbounded()), false);
            long start = System.nanoTime();
            timed.run(program);
            bestTotal = Math.min(bestTotal, System.nanoTime() - start);
            bestEngine = Math.min(bestEngine, timed.engineNanos);
            executions = timed.explorer.executions();
            exhaustive = timed.explorer.exhaustive();
        }
        // memory: one more run, sampling the retained heap after 1, 4, 16, ... executions
        long before = retainedHeap();
        TimedExplorer sampled = new TimedExplorer(new DporExplorer(DporOptions.unbounded()), true);
        sampled.run(program);
        long after = retainedHeap();
        System.out.printf(Locale.ROOT, "%-22s %10d %12.0f %12.0f %10.2fMB %10.2fMB %10.2fMB %10.2fMB %9d @%d%s%n",
                program.name(), executions, executions / (bestTotal / 1e9), executions / (bestEngine / 1e9),
                mb(before), mb(sampled.firstHeap), mb(sampled.lastHeap), mb(after), sampled.lastSteps,
                sampled.lastSampleAt, exhaustive ? "" : "  (not exhaustive!)");
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    private static long retainedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 2; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    /** The scheduler loop of {@link Explorations}, timing the engine's calls and sampling the heap halfway. */
    private static final class TimedExplorer {
        final DporExplorer explorer;
        long engineNanos;
        long firstHeap;
        long lastHeap;
        long lastSampleAt;
        long lastSteps;

        final boolean sampleHeap;

        TimedExplorer(DporExplorer explorer, boolean sampleHeap) {
            this.explorer = explorer;
            this.sampleHeap = sampleHeap;
        }

        void run(Program program) {
            long sampleAt = 1;
            while (true) {
                long t0 = System.nanoTime();
                boolean more = explorer.beginExecution();
                engineNanos += System.nanoTime() - t0;
                if (!more) {
                    return;
                }
                Run run = new Run(program);
                List<ThreadState> threads;
                while (hasEnabled(threads = run.threads())) {
                    t0 = System.nanoTime();
                    int t = explorer.choose(threads);
                    engineNanos += System.nanoTime() - t0;
                    Op op = run.step(t);
                    t0 = System.nanoTime();
                    explorer.executed(t, op);
                    engineNanos += System.nanoTime() - t0;
                }
                List<ThreadState> left = run.threads();
                t0 = System.nanoTime();
                explorer.endExecution(left);
                engineNanos += System.nanoTime() - t0;
                if (sampleHeap && explorer.executions() == sampleAt) {
                    // retained heap during exploration, after 1, 4, 16, ... executions
                    long heap = retainedHeap();
                    if (sampleAt == 1) {
                        firstHeap = heap;
                    }
                    lastHeap = heap;
                    lastSteps = explorer.retainedSteps();
                    lastSampleAt = sampleAt;
                    sampleAt *= 4;

                }
            }
        }

        private static boolean hasEnabled(List<ThreadState> threads) {
            for (ThreadState t : threads) {
                if (t.enabled()) {
                    return true;
                }
            }
            return false;
        }
    }
}
