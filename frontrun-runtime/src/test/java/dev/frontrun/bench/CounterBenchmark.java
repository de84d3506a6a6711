package dev.frontrun.bench;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import dev.frontrun.ExplorationBuilder;
import dev.frontrun.ExplorationResult;
import dev.frontrun.Frontrun;
import dev.frontrun.Strategy;

/**
 * Prints the time from JVM start to the first finished execution and executions per second for the two-thread
 * counter programs. Run with {@code mvn -B -pl frontrun-runtime -Pbench -DskipTests test}.
 */
public final class CounterBenchmark {

    static final class Plain {
        int count;

        void increment() {
            count = count + 1;
        }
    }

    static final class Locked {
        int count;

        synchronized void increment() {
            count = count + 1;
        }
    }

    private CounterBenchmark() {
    }

    public static void main(String[] args) {
        int executions = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        ExplorationResult first = Frontrun.explore(Plain::new)
                .worker(c -> c.increment())
                .maxAttempts(1)
                .run();
        long startup = ManagementFactory.getRuntimeMXBean().getUptime();
        System.out.printf("JVM start to first execution: %d ms (%s)%n", startup, first.verdict());
        measure("plain counter (lost update, invariant off)", executions, () -> Frontrun.explore(Plain::new)
                .worker(c -> c.increment()).worker(c -> c.increment()).invariant(c -> true));
        measure("synchronized counter", executions, () -> Frontrun.explore(Locked::new)
                .worker(c -> c.increment()).worker(c -> c.increment()).invariant(c -> c.count == 2));
        measure("AtomicInteger counter", executions, () -> Frontrun.explore(AtomicInteger::new)
                .worker(c -> c.incrementAndGet()).worker(c -> c.incrementAndGet()).invariant(c -> c.get() == 2));
        System.exit(0);
    }

    private static void measure(String name, int executions, Supplier<ExplorationBuilder<?>> program) {
        program.get().strategy(Strategy.random()).maxAttempts(Math.max(100, executions / 10)).run();
        long t = System.nanoTime();
        ExplorationResult r = program.get().strategy(Strategy.random()).maxAttempts(executions).run();
        double seconds = (System.nanoTime() - t) / 1e9;
        System.out.printf("%-45s %6d executions in %6.2f s = %8.0f executions/s (%s)%n", name, r.executions(),
                seconds, r.executions() / seconds, r.verdict());
    }
}
