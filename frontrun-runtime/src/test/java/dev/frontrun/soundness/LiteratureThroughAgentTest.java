package dev.frontrun.soundness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.frontrun.ExplorationBuilder;
import dev.frontrun.ExplorationResult;
import dev.frontrun.Frontrun;
import dev.frontrun.Strategy;
import dev.frontrun.Verdict;

/**
 * The DPOR literature's benchmarks written as real Java threads over shared arrays and objects, explored through
 * the agent: each must give exactly the number of executions the engine gives on the abstract program of
 * {@code internal/dpor/LiteraturePrograms} (same visible operations per thread, same shape), exhaustively and with
 * no divergence. The invariant is {@code true}: these tests count executions.
 *
 * <p>Extra bytecode-level reads that the abstract programs lack (the array reference in a final field, a lock
 * object from a final array) read locations no worker writes, so they are independent of everything and add no
 * trace.
 */
class LiteratureThroughAgentTest {

    private static final int UNBOUNDED = 1_000_000;

    /** lastzero(n): thread 0 scans down from n for a zero; thread j sets {@code a[j] = a[j-1] + 1}. */
    @ParameterizedTest(name = "lastzero({0})")
    @ValueSource(ints = {2, 3, 4, 5, 6, 7, 8})
    void lastzero(int n) {
        ExplorationBuilder<int[]> b = explore(() -> new int[n + 1]);
        b.worker(a -> {
            int i = n;
            while (a[i] != 0) {
                i--;
            }
        });
        for (int j = 1; j <= n; j++) {
            int me = j;
            b.worker(a -> a[me] = a[me - 1] + 1);
        }
        assertExactly(b::run, "LiteraturePrograms", "lastzero", n, (n + 3L) << (n - 2));
    }

    /** readers(n): thread 0 writes a[0], threads 1..n read it once: 2^n traces. */
    @ParameterizedTest(name = "readers({0})")
    @ValueSource(ints = {1, 2, 3, 5, 8, 10})
    void readers(int n) {
        ExplorationBuilder<int[]> b = explore(() -> new int[1]);
        b.worker(a -> a[0] = 42);
        for (int t = 0; t < n; t++) {
            b.worker(a -> {
                if (a[0] == 7) { // never true; keeps the read meaningful
                    throw new IllegalStateException("a[0] is 7");
                }
            });
        }
        assertExactly(b::run, "LiteraturePrograms", "readers", n, 1L << n);
    }

    /**
     * indexer(n): n threads insert 4 messages each into a 128-slot table with compare-and-set, probing linearly.
     * Each slot is its own {@link AtomicInteger}, so a CAS is one read-modify-write of that slot, as in the abstract
     * program's {@code Instr.cas(h, 0, w)}.
     */
    @ParameterizedTest(name = "indexer({0})")
    @ValueSource(ints = {1, 2, 10, 11, 12, 13})
    void indexer(int n) {
        ExplorationBuilder<AtomicInteger[]> b = explore(() -> {
            AtomicInteger[] table = new AtomicInteger[128];
            for (int i = 0; i < table.length; i++) {
                table[i] = new AtomicInteger();
            }
            return table;
        });
        for (int t = 0; t < n; t++) {
            int tid = t;
            b.worker(table -> {
                for (int m = 1; m <= 4; m++) {
                    int w = m * 11 + tid;
                    int h = (w * 7) % 128;
                    while (!table[h].compareAndSet(0, w)) {
                        h = (h + 1) % 128;
                    }
                }
            });
        }
        long closedForm = n < 12 ? 1 : 1L << (3 * (n - 11));
        assertExactly(b::run, "LiteraturePrograms", "indexer", n, closedForm);
    }

    /** The file system of Flanagan and Godefroid: inodes and blocks, each with its own monitor. */
    static final class FileSystem {
        final Object[] inodeLocks = monitors(32);
        final Object[] blockLocks = monitors(26);
        final int[] inode = new int[32];
        final int[] busy = new int[26];

        private static Object[] monitors(int n) {
            Object[] out = new Object[n];
            for (int i = 0; i < n; i++) {
                out[i] = new Object();
            }
            return out;
        }

        void allocate(int tid) {
            int i = tid % 32;
            synchronized (inodeLocks[i]) {
                if (inode[i] == 0) {
                    int blk = (i * 2) % 26;
                    while (true) {
                        synchronized (blockLocks[blk]) {
                            if (busy[blk] == 0) {
                                busy[blk] = 1;
                                inode[i] = blk + 1;
                                break;
                            }
                        }
                        blk = (blk + 1) % 26;
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "filesystem({0})")
    @ValueSource(ints = {13, 14, 16, 18, 19})
    void filesystem(int n) {
        ExplorationBuilder<FileSystem> b = explore(FileSystem::new);
        for (int t = 0; t < n; t++) {
            int tid = t;
            b.worker(fs -> fs.allocate(tid));
        }
        assertExactly(b::run, "LiteraturePrograms", "filesystem", n, 1L << (n - 13));
    }

    /** A bounded stack over a shared array whose operations are {@code synchronized} methods. */
    static final class SyncStack {
        final int[] items = new int[16];
        int size;

        synchronized void push(int v) {
            items[size] = v;
            size = size + 1;
        }

        synchronized int pop() {
            size = size - 1;
            return items[size];
        }

        /** For workers given as a method reference to a synchronized method. */
        synchronized void pushSeven() {
            items[size] = 7;
            size = size + 1;
        }

        /** The same push under the class's monitor. */
        static synchronized void pushStatic(SyncStack s, int v) {
            s.items[s.size] = v;
            s.size = s.size + 1;
        }
    }

    /**
     * n threads each push once: every visible access is inside one monitor, so the traces are the n! orders of the
     * critical sections, the engine's {@code Programs.lockedIncrements(n)}.
     */
    @ParameterizedTest(name = "synchronized stack, {0} pushers")
    @ValueSource(ints = {2, 3, 4, 5})
    void synchronizedStackPushes(int n) {
        ExplorationBuilder<SyncStack> b = explore(SyncStack::new);
        for (int t = 0; t < n; t++) {
            int v = t + 1;
            b.worker(s -> s.push(v));
        }
        assertExactly(b::run, "Programs", "lockedIncrements", n, factorial(n));
    }

    /** As {@link #synchronizedStackPushes}, each worker a method reference to the synchronized method. */
    @ParameterizedTest(name = "synchronized stack, {0} pushers given as method references")
    @ValueSource(ints = {2, 3, 4})
    void synchronizedStackPushesByMethodReference(int n) {
        ExplorationBuilder<SyncStack> b = explore(SyncStack::new);
        for (int t = 0; t < n; t++) {
            b.worker(SyncStack::pushSeven);
        }
        assertExactly(b::run, "Programs", "lockedIncrements", n, factorial(n));
    }

    /** As {@link #synchronizedStackPushes}, through a static synchronized method (the class's monitor). */
    @ParameterizedTest(name = "synchronized stack, {0} pushers through a static synchronized method")
    @ValueSource(ints = {2, 3, 4})
    void synchronizedStackStaticPushes(int n) {
        ExplorationBuilder<SyncStack> b = explore(SyncStack::new);
        for (int t = 0; t < n; t++) {
            int v = t + 1;
            b.worker(s -> SyncStack.pushStatic(s, v));
        }
        assertExactly(b::run, "Programs", "lockedIncrements", n, factorial(n));
    }

    /**
     * n threads each push then pop: 2n critical sections of one monitor, each thread's two in program order, so
     * (2n)!/2^n traces (no engine-level twin; the closed form is the count of such orders).
     */
    @ParameterizedTest(name = "synchronized stack, {0} threads push then pop")
    @ValueSource(ints = {2, 3, 4})
    void synchronizedStackPushPop(int n) {
        ExplorationBuilder<SyncStack> b = explore(SyncStack::new);
        for (int t = 0; t < n; t++) {
            int v = t + 1;
            b.worker(s -> {
                s.push(v);
                s.pop();
            });
        }
        ExplorationResult r = b.run();
        // known gap: in rare executions the watchdog catches a thread the JVM blocked on the stack's monitor at a
        // moment it cannot attribute, detaches it, and the result fails closed (INCONCLUSIVE, never HOLDS); the
        // number of executions is exact either way
        boolean detached = r.verdict() == Verdict.INCONCLUSIVE
                && r.report().contains("had to run outside the scheduler's control");
        if (!detached) {
            assertSound(r);
        }
        assertEquals(factorial(2 * n) >> n, r.executions(), r.report());
    }

    private static <S> ExplorationBuilder<S> explore(Supplier<S> setup) {
        return Frontrun.explore(setup)
                .strategy(Strategy.dpor())
                .maxAttempts(UNBOUNDED)
                .executionTimeout(Duration.ofSeconds(5))
                .totalTimeout(Duration.ofSeconds(90))
                .invariant(s -> true);
    }

    private static void assertExactly(Supplier<ExplorationResult> run, String factory, String program, int n,
            long closedForm) {
        ExplorationResult r = run.get();
        if (r.verdict() == Verdict.INCONCLUSIVE && r.report().contains("had to run outside the scheduler's control")) {
            // the watchdog detached a thread it found stuck where the model cannot see (the reason names the state
            // and the frame): rare, on a loaded machine, and failing closed; one more run must give the exact count
            System.err.println(program + "(" + n + "): a thread was detached, running once more: " + r.report());
            r = run.get();
        }
        long engine = EngineCounts.executions(factory, program, n);
        assertEquals(closedForm, engine, "the engine-level " + program + "(" + n + ") count moved");
        assertSound(r);
        assertEquals(engine, r.executions(), program + "(" + n + ") through the agent vs the engine: " + r.report());
    }

    private static void assertSound(ExplorationResult r) {
        assertTrue(r.verdict() != Verdict.INCONCLUSIVE, r.report());
        assertEquals(Verdict.HOLDS, r.verdict(), r.report());
        assertTrue(r.exhaustive(), "not exhaustive: " + r.report());
    }

    private static long factorial(int n) {
        long f = 1;
        for (int i = 2; i <= n; i++) {
            f *= i;
        }
        return f;
    }
}
