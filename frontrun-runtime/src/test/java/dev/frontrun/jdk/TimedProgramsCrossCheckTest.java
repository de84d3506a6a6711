package dev.frontrun.jdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.frontrun.ExplorationBuilder;
import dev.frontrun.ExplorationResult;
import dev.frontrun.Frontrun;
import dev.frontrun.Strategy;
import dev.frontrun.Verdict;

/**
 * Soundness of DPOR on the new models (virtual-time expiry of sleeps, timed awaits, timed waits and timed tryLock;
 * spurious wake-ups; interrupts of waits): on generated programs, every final outcome that long random runs reach
 * must be among the outcomes of DPOR's exhaustive exploration.
 */
class TimedProgramsCrossCheckTest {

    private static final int PROGRAMS = 16;
    private static final int RANDOM_RUNS = 600;

    /** One operation of a generated thread: what it does and its argument. */
    record Step(int code, int arg) {
    }

    static final class State {
        final int[] cells = new int[2];
        final CountDownLatch latch = new CountDownLatch(1);
        final Object monitor = new Object();
        final ReentrantLock lock = new ReentrantLock();
        final String[] seen;
        final Thread[] threads;

        State(int threads) {
            seen = new String[threads];
            Arrays.fill(seen, "");
            this.threads = new Thread[threads];
        }

        String outcome() {
            return Arrays.toString(cells) + " " + String.join(",", seen);
        }
    }

    static Stream<Long> seeds() {
        return IntStream.range(0, PROGRAMS).mapToObj(i -> 1000L + i);
    }

    /** The programs of the early-expiry check: those of {@link #seeds} and as many more. */
    static Stream<Long> earlySeeds() {
        return IntStream.range(0, 2 * PROGRAMS).mapToObj(i -> i < PROGRAMS ? 1000L + i : 2000L + i);
    }

    static List<List<Step>> generate(long seed) {
        Random rng = new Random(seed);
        int threads = 2 + rng.nextInt(2);
        List<List<Step>> program = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            List<Step> steps = new ArrayList<>();
            int n = threads == 2 ? 3 + rng.nextInt(2) : 2 + rng.nextInt(2);
            for (int i = 0; i < n; i++) {
                steps.add(new Step(rng.nextInt(10), rng.nextInt(2)));
            }
            program.add(steps);
        }
        return program;
    }

    /** Runs one thread's steps; the main worker starts the others, so interrupts have a target. */
    static void run(State s, int me, List<Step> steps) {
        try {
            for (Step st : steps) {
                int ms = 10 * (1 + st.arg());
                switch (st.code()) {
                    case 0 -> s.seen[me] += "r" + s.cells[st.arg()];
                    case 1 -> s.cells[st.arg()] = me + 1;
                    case 2 -> Thread.sleep(ms);
                    case 3 -> s.seen[me] += s.latch.await(ms, TimeUnit.MILLISECONDS) ? "A" : "a";
                    case 4 -> s.latch.countDown();
                    case 5 -> {
                        synchronized (s.monitor) {
                            s.monitor.wait(ms);
                        }
                    }
                    case 6 -> {
                        synchronized (s.monitor) {
                            s.monitor.notifyAll();
                        }
                    }
                    case 7 -> {
                        if (s.lock.tryLock(ms, TimeUnit.MILLISECONDS)) {
                            try {
                                s.cells[st.arg()] += 10;
                            } finally {
                                s.lock.unlock();
                            }
                            s.seen[me] += "L";
                        } else {
                            s.seen[me] += "l";
                        }
                    }
                    case 8 -> {
                        // never the worker itself: a pooled worker thread must not carry a flag to the next run
                        int target = (me + 1) % s.threads.length;
                        Thread other = target == 0 ? null : s.threads[target];
                        if (other != null) {
                            other.interrupt();
                        }
                    }
                    default -> LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(ms));
                }
            }
        } catch (InterruptedException e) {
            s.seen[me] += "I";
        }
    }

    static void main(State s, List<List<Step>> program) {
        for (int t = 1; t < program.size(); t++) {
            int id = t;
            s.threads[t] = new Thread(() -> run(s, id, program.get(id)));
        }
        s.threads[0] = Thread.currentThread();
        for (int t = 1; t < program.size(); t++) {
            s.threads[t].start();
        }
        run(s, 0, program.get(0));
        for (int t = 1; t < program.size(); t++) {
            try {
                s.threads[t].join();
            } catch (InterruptedException e) {
                s.seen[0] += "J";
                t--; // join again: the outcome must include the other threads' work
            }
        }
    }

    private static Set<String> outcomes(List<List<Step>> program, Strategy strategy, int attempts,
            boolean[] exhaustive) {
        return outcomes(program, strategy, attempts, exhaustive, false, true);
    }

    /**
     * @param early whether timed waits may expire early
     * @param strict whether the exploration must hold (else an inconclusive one only clears {@code exhaustive})
     */
    private static Set<String> outcomes(List<List<Step>> program, Strategy strategy, int attempts,
            boolean[] exhaustive, boolean early, boolean strict) {
        Set<String> seen = ConcurrentHashMap.newKeySet();
        ExplorationBuilder<State> b = Frontrun.explore(() -> new State(program.size()))
                .worker(s -> main(s, program))
                .invariant(s -> seen.add(s.outcome()) || true)
                .strategy(strategy).maxAttempts(attempts).earlyExpiry(early);
        ExplorationResult r = (strategy.uses(Strategy.SEED) ? b.seed(11) : b).run();
        if (strict || r.verdict() != Verdict.INCONCLUSIVE) {
            assertEquals(Verdict.HOLDS, r.verdict(), () -> program + "\n" + r.report());
        }
        exhaustive[0] = r.verdict() == Verdict.HOLDS && r.exhaustive();
        return new TreeSet<>(seen);
    }

    @ParameterizedTest(name = "program {0}")
    @MethodSource("seeds")
    void randomOutcomesAreDporOutcomes(long seed) {
        List<List<Step>> program = generate(seed);
        boolean[] exhaustive = new boolean[1];
        Set<String> dpor = outcomes(program, Strategy.dpor(), 20_000, exhaustive);
        assertTrue(exhaustive[0], () -> "DPOR did not finish " + program);
        Set<String> sampled = new TreeSet<>(outcomes(program, Strategy.random(), RANDOM_RUNS, new boolean[1]));
        sampled.addAll(outcomes(program, Strategy.pos(), RANDOM_RUNS / 2, new boolean[1]));
        System.out.println("program " + seed + ": DPOR " + dpor.size() + " outcomes, sampling " + sampled.size());
        sampled.removeAll(dpor);
        assertTrue(sampled.isEmpty(), () -> "outcomes DPOR missed: " + sampled + "\nprogram " + program
                + "\nDPOR's: " + dpor);
    }

    /**
     * With early expiry (a timed wait may time out while another thread is merely slow), on the same programs: when
     * DPOR says HOLDS exhaustively, every outcome random and POS reach with early expiry is among DPOR's; a DPOR
     * exploration that cannot give a proof must say so (not exhaustive), never miss an outcome silently.
     */
    @ParameterizedTest(name = "program {0} with early expiry")
    @MethodSource("earlySeeds")
    void earlyExpiryOutcomesAreDporOutcomes(long seed) {
        List<List<Step>> program = generate(seed);
        boolean[] exhaustive = new boolean[1];
        Set<String> dpor = outcomes(program, Strategy.dpor(), 20_000, exhaustive, true, false);
        Set<String> sampled = new TreeSet<>(outcomes(program, Strategy.random(), RANDOM_RUNS, new boolean[1], true,
                true));
        sampled.addAll(outcomes(program, Strategy.pos(), RANDOM_RUNS / 2, new boolean[1], true, true));
        boolean[] lateExhaustive = new boolean[1];
        Set<String> late = outcomes(program, Strategy.dpor(), 20_000, lateExhaustive, false, false);
        System.out.println("program " + seed + " with early expiry: DPOR " + dpor.size() + " outcomes"
                + (exhaustive[0] ? " (exhaustive)" : " (no proof)") + ", sampling " + sampled.size()
                + ", DPOR without early expiry " + late.size() + (lateExhaustive[0] ? "" : " (no proof)"));
        assertTrue(!exhaustive[0] || dpor.containsAll(late),
                () -> "early expiry lost outcomes: " + late + " vs " + dpor);
        if (exhaustive[0]) {
            sampled.removeAll(dpor);
            assertTrue(sampled.isEmpty(), () -> "outcomes DPOR missed with early expiry: " + sampled
                    + "\nprogram " + program + "\nDPOR's: " + dpor);
        }
    }
}
