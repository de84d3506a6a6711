package dev.frontrun.soundness.app;

import dev.frontrun.ExplorationBuilder;
import dev.frontrun.ExplorationResult;
import dev.frontrun.Frontrun;
import dev.frontrun.Strategy;
import dev.frontrun.soundness.domain.Counter;

/**
 * A lost update inside a class that the JVM loads from a library jar (the test puts a jar holding {@link Counter}
 * first on the class path), as when a domain class comes from another module's jar: the workers also take a lock
 * of their own, so a worker that showed nothing shared cannot be what keeps a verdict from being a certificate.
 */
final class LibraryJarPrograms {

    private static final Object LOCK = new Object();
    private static int entered;

    private LibraryJarPrograms() {
    }

    private static void enterThenIncrement(Counter c) {
        synchronized (LOCK) {
            entered++;
        }
        c.increment();
    }

    private static ExplorationBuilder<Counter> lostUpdate() {
        String source = String.valueOf(Counter.class.getProtectionDomain().getCodeSource().getLocation());
        if (!source.endsWith(".jar")) {
            throw new IllegalStateException("the counter was loaded from " + source + ", not from the library jar");
        }
        return Frontrun.explore(Counter::new)
                .worker(LibraryJarPrograms::enterThenIncrement)
                .worker(LibraryJarPrograms::enterThenIncrement)
                .invariant(c -> c.value() == 2)
                .reproductions(3);
    }

    /** @return DPOR with the default includes */
    static ExplorationResult dpor() {
        return lostUpdate().strategy(Strategy.dpor()).maxAttempts(100_000).run();
    }

    /** @return random with the default includes */
    static ExplorationResult random() {
        return lostUpdate().strategy(Strategy.random()).maxAttempts(2000).seed(42).run();
    }
}
